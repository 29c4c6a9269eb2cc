import ar from './ar';
import { LANGUAGES, type Language } from './languages';

/** Plural forms English does not have: optional in other locales, required in Arabic. */
type ExtraPlural = `${string}_${'zero' | 'two' | 'few' | 'many'}`;

/** The shape every locale must have: Arabic's keys with string values. */
export type Translation<T = typeof ar> = {
  [K in keyof T as K extends ExtraPlural ? never : K]: T[K] extends string ? string : Translation<T[K]>;
} & {
  [K in keyof T as K extends ExtraPlural ? K : never]?: string;
};

export { LANGUAGES, type Language };

export const DIRECTION: Record<Language, 'rtl' | 'ltr'> = { ar: 'rtl', en: 'ltr' };
