/**
 * The interface font faces the timeline measures its labels in. The browser fetches a web font
 * only once some text needs it, so left alone the 600 weight was requested after the dataset had
 * been parsed and rendered, and the timeline waited for it (~0.3 s at 10,000 events, issue 4).
 * main.tsx starts these loads at once; the timeline awaits the same promise.
 */
const FACES = ['400 13px "Noto Sans Arabic"', '600 13px "Noto Sans Arabic"'];
/** Arabic, Latin and digits: each script is a separate file (unicode-range). */
const SAMPLE = 'عa1';
/** Draw with the fallback font rather than wait longer than this for a slow font. */
const MAX_WAIT_MS = 1500;

let loading: Promise<unknown> | null = null;

/** Starts loading the faces (once) and resolves when they are ready, or after MAX_WAIT_MS. */
export function interfaceFontsReady(): Promise<unknown> {
  if (typeof document === 'undefined' || !('fonts' in document)) return Promise.resolve();
  loading ??= Promise.race([
    Promise.all(FACES.map((face) => document.fonts.load(face, SAMPLE))).catch(() => undefined),
    new Promise((resolve) => setTimeout(resolve, MAX_WAIT_MS)),
  ]);
  return loading;
}
