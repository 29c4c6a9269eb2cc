/**
 * Turning an article file's bytes into the text every offset in the dataset refers to.
 *
 * The text is returned exactly as read (BOM removed): line endings are NOT normalised, because
 * excerpt offsets are into this string and the reader view must be able to reproduce them.
 * Everything here is a single linear pass over the bytes (the compiler reads ~1,000 articles/s).
 */

export type ArticleEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';

export interface DecodedArticle {
  /** The article text as read, BOM removed; '' for an empty or whitespace-only file. */
  text: string;
  encoding: ArticleEncoding;
  /** Human-readable, each naming the file; the caller logs them and keeps going. */
  warnings: string[];
}

/** A file that is not an article text we can read; the message names the file and says what to do. */
export class DecodeError extends Error {
  readonly file: string;
  constructor(file: string, message: string) {
    super(message);
    this.name = 'DecodeError';
    this.file = file;
  }
}

const SAVE_AS_UTF8 = 'save the article as plain text in UTF-8 and compile again';

/** Magic numbers of the binary files most likely to be dropped into a seeds folder by mistake. */
const SIGNATURES: ReadonlyArray<{ what: string; bytes: ReadonlyArray<number | null> }> = [
  { what: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { what: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { what: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { what: 'a WebP image', bytes: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50] },
  { what: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { what: 'a ZIP archive (or a .docx/.odt document)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { what: 'an empty ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { what: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { what: 'a 7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { what: 'a RAR archive', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { what: 'an old Word/Office document', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { what: 'a RTF document', bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66] },
  { what: 'an executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { what: 'a UTF-32 text (little-endian BOM)', bytes: [0xff, 0xfe, 0x00, 0x00] },
  { what: 'a UTF-32 text (big-endian BOM)', bytes: [0x00, 0x00, 0xfe, 0xff] },
];

function startsWith(bytes: Uint8Array, sig: ReadonlyArray<number | null>): boolean {
  if (bytes.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (sig[i] !== null && bytes[i] !== sig[i]) return false;
  return true;
}

/**
 * C0 controls other than tab, LF, VT, FF, CR; DEL; and C1 controls. Text never contains them, so
 * one is a strong sign of a binary file or a wrong encoding.
 */
function isControl(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) || (c >= 0x7f && c <= 0x9f);
}

function firstControl(text: string): number {
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) return i;
  return -1;
}

/** Counts of a manual UTF-8 scan: how many multi-byte sequences were well-formed and how many not. */
function scanUtf8(bytes: Uint8Array, from: number): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      invalid++;
      i++;
      continue;
    }
    let cp = b & (0x3f >> need);
    let ok = i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (c & 0x3f);
    }
    if (ok && (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))) ok = false;
    if (ok) {
      valid++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/** Arabic-script characters plus the punctuation Windows-1256 carries for Arabic text. */
function isArabicish(c: number): boolean {
  return (
    (c >= 0x0600 && c <= 0x06ff) ||
    c === 0x00ab ||
    c === 0x00bb ||
    (c >= 0x2013 && c <= 0x2026) ||
    c === 0x200c ||
    c === 0x200d ||
    c === 0x200e ||
    c === 0x200f
  );
}

function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3);
}

/**
 * Does this Windows-1256 decoding read as Arabic text? The same bytes decoded from a Latin-1/1252
 * file give mostly ASCII letters plus accented Latin; from a random binary, many odd symbols.
 */
function looksLikeArabic(text: string): boolean {
  let arabicLetters = 0;
  let latinLetters = 0;
  let good = 0;
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20) continue;
    if (c < 0x7f) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latinLetters++;
      good++;
    } else if (isArabicish(c)) {
      if (isArabicLetter(c)) arabicLetters++;
      good++;
    } else if (c !== 0xa0) odd++;
  }
  return arabicLetters >= 3 && arabicLetters >= latinLetters && odd * 10 <= good;
}

function isBlank(text: string): boolean {
  return /^[\s\u200b-\u200f\u2060\u2066-\u2069\u202a-\u202e\ufeff]*$/u.test(text);
}

/**
 * Decode one article file. Throws `DecodeError` for binary or undecodable input; returns text ''
 * with a warning for an empty/whitespace-only file (the caller skips it).
 */
export function decodeArticle(bytes: Uint8Array, file: string): DecodedArticle {
  const warnings: string[] = [];
  const finish = (text: string, encoding: ArticleEncoding): DecodedArticle => {
    if (isBlank(text)) {
      warnings.push(`${file}: the file is empty (or only whitespace); skipped`);
      return { text: '', encoding, warnings };
    }
    const at = firstControl(text);
    if (at >= 0)
      throw new DecodeError(
        file,
        `${file}: contains a control character (U+${text.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0')}) at character ${at}, so it is binary or not ${encoding}; ${SAVE_AS_UTF8}`,
      );
    return { text, encoding, warnings };
  };

  if (bytes.length === 0) return finish('', 'utf-8');

  for (const sig of SIGNATURES)
    if (startsWith(bytes, sig.bytes))
      throw new DecodeError(file, `${file}: this is ${sig.what}, not an article text file; ${SAVE_AS_UTF8}`);

  // UTF-16 must carry a BOM: without one we cannot tell its byte order (or it from binary) reliably.
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return finish(decodeStrict(bytes.subarray(2), 'utf-16le', file), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return finish(decodeStrict(bytes.subarray(2), 'utf-16be', file), 'utf-16be');

  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;

  if (body.indexOf(0) >= 0)
    throw new DecodeError(
      file,
      `${file}: contains NUL bytes, so it is a binary file or UTF-16 without a byte-order mark; ${SAVE_AS_UTF8}`,
    );

  try {
    // fatal: a wrong byte must not silently become U+FFFD in a dataset people are asked to trust.
    return finish(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), 'utf-8');
  } catch {
    // not valid UTF-8: decide below whether it is damaged UTF-8 or another encoding
  }

  const { valid, invalid } = scanUtf8(body, 0);
  if (hasBom || valid >= invalid * 20) {
    // Overwhelmingly UTF-8 with a few damaged bytes (a truncated copy, a stray byte): keep the
    // article, mark the damage visibly, and say so; re-decoding it as 1256 would give mojibake.
    const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(body);
    warnings.push(
      `${file}: ${invalid} invalid UTF-8 byte sequence(s) replaced with U+FFFD; check the file and re-save it as UTF-8`,
    );
    return finish(text, 'utf-8');
  }

  const arabic = new TextDecoder('windows-1256').decode(body);
  if (firstControl(arabic) < 0 && looksLikeArabic(arabic)) {
    warnings.push(`${file}: decoded as Windows-1256 (Arabic); re-save it as UTF-8`);
    return finish(arabic, 'windows-1256');
  }
  throw new DecodeError(
    file,
    `${file}: is neither UTF-8, UTF-16 with a byte-order mark, nor Windows-1256 Arabic text; ${SAVE_AS_UTF8}`,
  );
}

function decodeStrict(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', file: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new DecodeError(
      file,
      `${file}: starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()} (odd length or broken surrogates); ${SAVE_AS_UTF8}`,
    );
  }
}
