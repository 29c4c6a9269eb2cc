/**
 * An article's entity mentions, packed: four numbers a mention (start, end, which id, what kind)
 * in one Int32Array, and each distinct id once. A large compile keeps every article's mentions to
 * the end (the index lists the spellings each actor and place was met under) and a worker sends
 * most of them to the main thread: as objects they were some 56 objects and over 200 strings an
 * article to copy across threads, and for the young-generation collector to copy again as they
 * survived; packed, they are one array a thread copies in one go, with nothing in it to trace.
 */
import { ACTOR_KINDS } from '../../schema/vocabulary';
import type { EntityMention } from '../types';

export interface PackedMentions {
  /** Per mention: start, end, index into `ids`, and `flags` (see `flagsOf`). */
  data: Int32Array;
  ids: string[];
}

const VIAS = ['name', 'role', 'demonym', 'titled'] as const satisfies readonly EntityMention['via'][];
const FIELDS = 4;
const TITLED = VIAS.indexOf('titled');

const typeOf = (flags: number): EntityMention['type'] => (flags & 1 ? 'place' : 'actor');
const viaIndexOf = (flags: number) => (flags >> 1) & 7;

/** Bit 0: a place; bits 1–3: the via's index; bits 4+: the kind's index + 1 (0: none). */
function flagsOf(m: EntityMention): number {
  const via = VIAS.indexOf(m.via);
  const kind = m.kind === undefined ? -1 : ACTOR_KINDS.indexOf(m.kind);
  if (via < 0 || (m.kind !== undefined && kind < 0) || (m.type !== 'actor' && m.type !== 'place'))
    throw new Error(`cannot pack the mention ${JSON.stringify(m)}`);
  return (m.type === 'place' ? 1 : 0) | (via << 1) | ((kind + 1) << 4);
}

export function packMentions(mentions: readonly EntityMention[]): PackedMentions {
  const data = new Int32Array(mentions.length * FIELDS);
  const ids: string[] = [];
  const idIndex = new Map<string, number>();
  mentions.forEach((m, i) => {
    let k = idIndex.get(m.id);
    if (k === undefined) idIndex.set(m.id, (k = ids.push(m.id) - 1));
    const o = i * FIELDS;
    data[o] = m.start;
    data[o + 1] = m.end;
    data[o + 2] = k;
    data[o + 3] = flagsOf(m);
  });
  return { data, ids };
}

/** Mention `i` as the object analyzeArticle made. */
function mentionAt(p: PackedMentions, i: number): EntityMention {
  const o = i * FIELDS;
  const flags = p.data[o + 3]!;
  const kind = flags >> 4;
  const m: EntityMention = {
    start: p.data[o]!,
    end: p.data[o + 1]!,
    id: p.ids[p.data[o + 2]!]!,
    type: typeOf(flags),
    via: VIAS[viaIndexOf(flags)]!,
  };
  if (kind > 0) m.kind = ACTOR_KINDS[kind - 1]!;
  return m;
}

/** Every mention as analyzeArticle made it (the inverse of packMentions; the tests check it is). */
export function unpackMentions(p: PackedMentions): EntityMention[] {
  return Array.from({ length: p.data.length / FIELDS }, (_, i) => mentionAt(p, i));
}

/** The mentions of people introduced by a title: the few the main thread needs as they come. */
export function titledMentions(p: PackedMentions): EntityMention[] {
  const out: EntityMention[] = [];
  for (let o = 0; o < p.data.length; o += FIELDS)
    if (viaIndexOf(p.data[o + 3]!) === TITLED) out.push(mentionAt(p, o / FIELDS));
  return out;
}

/** Each mention's id, type and span, without making an object of it. */
export function forEachMention(
  p: PackedMentions,
  fn: (id: string, type: EntityMention['type'], start: number, end: number) => void,
): void {
  for (let o = 0; o < p.data.length; o += FIELDS)
    fn(p.ids[p.data[o + 2]!]!, typeOf(p.data[o + 3]!), p.data[o]!, p.data[o + 1]!);
}
