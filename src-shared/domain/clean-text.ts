// Cleaning of cell text shared by the lead normaliser's field readers.

// Control characters are exactly what this removes.
// eslint-disable-next-line no-control-regex
const invisible = /[\u0000-\u0008\u000e-\u001f\u007f\u200b-\u200d\u2060\ufeff]/g;

const maybeUnclean = /[^\x20-\x7e]| {2}/;

/**
 * True when the value has nothing to clean: no space at either end, no two spaces in a row,
 * nothing but plain spaces and printable characters. Most values pass, so this is the hot path
 * of normalising (30 cells × a million rows): a regular expression rules out plain ASCII first,
 * and only text with other characters is looked at one character at a time.
 */
export function isClean(value: string): boolean {
  const n = value.length;
  if (n === 0) return true;
  if (value.charCodeAt(0) === 32 || value.charCodeAt(n - 1) === 32) return false;
  if (!maybeUnclean.test(value)) return true;
  let previous = 0;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c < 32 || c === 127 || (c === 32 && previous === 32)) return false;
    // No-break and other Unicode spaces, zero-width characters, BOM.
    if (
      c >= 0x80 &&
      (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200d) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x2060 ||
        c === 0x3000 ||
        c === 0xfeff)
    ) {
      return false;
    }
    previous = c;
  }
  return true;
}

/** One line: trimmed, whitespace runs (tabs, line breaks, no-break spaces) as one space. */
export function cleanLine(value: string): string {
  if (isClean(value)) return value;
  return value.replace(invisible, '').replace(/\s+/g, ' ').trim();
}

/**
 * Custom fields keep their text as written, trimmed, minus NUL characters (Postgres cannot
 * store them): they are the user's own columns, shown back as they were.
 */
export function cleanCustom(value: string): string {
  const n = value.length;
  const v = value.charCodeAt(0) <= 32 || value.charCodeAt(n - 1) <= 32 ? value.trim() : value;
  return v.includes('\u0000') ? v.replaceAll('\u0000', '') : v;
}

/** Like cleanLine, but line breaks survive (as \n, at most one blank line in a row). */
export function cleanKeepingLines(value: string): string {
  if (isClean(value)) return value;
  return value
    .replace(invisible, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const placeholders = new Set([
  '-',
  '--',
  '---',
  '—',
  '–',
  '.',
  '?',
  'n/a',
  'n.a.',
  'n.a',
  'na',
  '#n/a',
  'none',
  'null',
  'nil',
  'undefined',
  'unknown',
  'not available',
  'not found',
  'not provided',
  '(blank)',
  '(empty)',
  'empty',
  '#value!',
  '#ref!',
]);

const placeholderStarts = new Set([...placeholders].flatMap((p) => [p.charCodeAt(0), p.toUpperCase().charCodeAt(0)]));

export function isPlaceholder(value: string): boolean {
  if (value.length > 13 || !placeholderStarts.has(value.charCodeAt(0))) return false;
  return placeholders.has(value.toLowerCase());
}

/** Cuts to `max` characters (Postgres counts code points), never inside a surrogate pair. */
export function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  const points = Array.from(value);
  return points.length <= max ? value : points.slice(0, max).join('').trimEnd();
}
