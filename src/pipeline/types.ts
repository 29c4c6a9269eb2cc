/**
 * Internal types shared by the compiler's stages (Node only; the dataset contract is in
 * src/schema/dataset.ts). Offsets are always into the article text as read: UTF-8 (or the
 * detected encoding) decoded to a JS string, BOM removed.
 */
import type { ActorKind, Precision, SegmentKind } from '../schema/dataset';

/** A half-open span [start, end) of the original article text. */
export interface Span {
  start: number;
  end: number;
}

/** A resolved calendar value: ISO cut to `precision`, `end` inclusive and only for spans. */
export interface DateValue {
  start: string;
  end?: string;
  precision: Precision;
  /** Some part (year, month, day) was not in the text but taken from the reference date. */
  inferred: boolean;
  /** "early/mid/late …", "about …", "nearly a quarter century ago": a coarser, honest value. */
  approximate?: boolean;
}

/** The article's reference date ("now" for relative expressions), when known. */
export interface ReferenceDate {
  date: string;
  precision: Precision;
}

/** What a date expression says, before it is anchored to a reference date. */
export type DateExpr =
  /** Fully stated: "18 و19 حزيران/يونيو 2024", "أيلول/سبتمبر 2023", "عام 2019", "1950-1953". */
  | { kind: 'absolute'; value: DateValue }
  /** Month (and maybe day) without a year: "في آذار/مارس", "19 يونيو", "تموز/يوليو الماضي". */
  | {
      kind: 'month-day';
      month: number;
      days?: [number, number?];
      /** "الماضي" → the latest such month strictly before the reference month; "المقبل" → the next one. */
      direction: 'past' | 'future' | 'nearest';
      approximate?: boolean;
    }
  /** Days of the current month: "19 و20 من الجاري", "في 12 من الشهر الجاري". */
  | { kind: 'current-month-days'; days: [number, number?] }
  /** "بين أغسطس وفبراير": the run of months ending at the latest `to` not after the reference. */
  | { kind: 'month-range'; from: number; to: number }
  /** A weekday: "يوم الأربعاء", "الثلاثاء" — the nearest such day on/before (past) or after (future) the reference. */
  | {
      kind: 'weekday';
      weekday: number;
      direction: 'past' | 'future' | 'nearest';
      /** "يومي الثلاثاء والأربعاء": a run of days ending on this weekday. */
      toWeekday?: number;
    }
  /**
   * Relative to the reference date: "اليوم" (0 day), "أمس" (-1 day), "غدا" (+1 day), "الأسبوع الماضي"
   * (-1 week), "الشهر الماضي" (-1 month), "العام الماضي" (-1 year), "قبل تسعة أشهر" (-9 month),
   * "منذ 24 عاما" (-24 year), "منذ نحو ربع قرن" (-25 year, approximate), "بعد أيام" (+ a few days, approximate).
   */
  | { kind: 'relative'; unit: 'day' | 'week' | 'month' | 'year'; amount: number; approximate?: boolean };

export interface DateMention extends Span {
  /** The original text of the expression (`text.slice(start, end)`). */
  text: string;
  expr: DateExpr;
}

/** A labelled block of the article (a line or paragraph), in text order. */
export interface TextSegment extends Span {
  kind: SegmentKind;
  reason?: string;
}

export interface EntityMention extends Span {
  id: string;
  /** 'place' for a city/region/site that is not itself an actor. */
  type: 'actor' | 'place';
  /** For actors: their kind. */
  kind?: ActorKind;
  /**
   * How it was found: by name/alias, by a demonym or role ("الرئيس الروسي" → Putin in 2024), or as
   * an unknown person introduced by a title (id is then a slug of the name, `inGazetteer` false).
   */
  via: 'name' | 'role' | 'demonym' | 'titled';
}
