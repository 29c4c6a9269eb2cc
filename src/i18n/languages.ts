/** The interface languages, the default first. No imports: the build config reads it too (vite.config.ts). */
export const LANGUAGES = ['ar', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
