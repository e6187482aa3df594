// Numbers and yes/no values as exports write them.

const commaGroups = /^[-+]?\d{1,3}(,\d{3})+$/;
const dotGroups = /^[-+]?\d{1,3}(\.\d{3})+$/;

/** "4.7", "4,7" (European decimal comma), "1,234", "1.234" (European thousands), "1.2K". */
export function readNumber(value: string, integer: boolean): number | null {
  let s = value.replace(/[\s\u00a0\u202f'()]/g, '');
  let scale = 1;
  const suffix = /^(.*\d)([kKmM])$/.exec(s);
  if (suffix) {
    s = suffix[1]!;
    scale = suffix[2]!.toLowerCase() === 'k' ? 1_000 : 1_000_000;
  }
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  if (comma !== -1 && dot !== -1) s = comma > dot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  else if (comma !== -1) s = commaGroups.test(s) && (integer || s.split(',').length > 2) ? s.replace(/,/g, '') : s.replace(',', '.');
  else if (dot !== -1 && integer && dotGroups.test(s) && scale === 1) s = s.replace(/\./g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
  const n = Number(s) * scale;
  if (!Number.isFinite(n)) return null;
  return integer ? (Number.isInteger(Math.round(n * 1e6) / 1e6) ? Math.round(n) : null) : n;
}

export function readRating(value: string): number | null {
  const n = readNumber(value.replace(/\s*(\/\s*5|stars?|★)$/i, ''), false);
  return n !== null && n >= 0 && n <= 5 ? Math.round(n * 100) / 100 : null;
}

export function readCount(value: string): number | null {
  const n = readNumber(value, true);
  return n !== null && n >= 0 && n <= 2_147_483_647 ? n : null;
}

const placesPriceLevels: Record<string, number> = {
  price_level_free: 0,
  price_level_inexpensive: 1,
  price_level_moderate: 2,
  price_level_expensive: 3,
  price_level_very_expensive: 4,
};

/** 0–4 as Google Places has it: a number, "$$" (any one currency sign, repeated), or the Places API name. */
export function readPriceLevel(value: string): number | null {
  if (/^([$€£¥₹])\1{0,3}$/u.test(value)) return Array.from(value).length;
  const named = placesPriceLevels[value.toLowerCase()];
  if (named !== undefined) return named;
  const n = readNumber(value, true);
  return n !== null && n >= 0 && n <= 4 ? n : null;
}

const yes = new Set(['yes', 'y', 'true', 't', '1', 'x', '✓', '✔', 'oui', 'ja', 'si', 'sí', 'sim', 'open']);
const no = new Set(['no', 'n', 'false', 'f', '0', 'non', 'nein', 'nee', 'não', 'nao', 'closed']);

export function readBoolean(value: string): boolean | null {
  const v = value.toLowerCase();
  return yes.has(v) ? true : no.has(v) ? false : null;
}
