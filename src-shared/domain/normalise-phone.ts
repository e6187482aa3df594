import { getCountries, getCountryCallingCode, Metadata, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

export interface PhoneReading {
  value: string;
  warning?: string;
  /** The original says more than the stored value (an extension, a second number). */
  keepOriginal?: boolean;
}

const phoneCache = new Map<string, PhoneReading>();

/**
 * E.164 for numbers libphonenumber-js can read, given the row's or the import's country for
 * national numbers; otherwise the text as written, with a warning.
 *
 * International numbers written plainly ("+1 415-555-0100", "+33 1 23 45 67 89") take a fast
 * path: the digits are already E.164 once the calling code is known and the national part has a
 * possible length for it. libphonenumber-js spends ~7 µs on each number (it builds its regular
 * expressions on every call), which alone would be most of the import's CPU time; numbers the
 * fast path is unsure of (a leading 0 after the code, "(0)", extensions, letters) still go to it.
 */
export function readPhone(value: string, country: CountryCode | null): PhoneReading {
  const fast = plainInternational(value);
  if (fast) return fast;
  const key = `${country ?? ''}|${value}`;
  const cached = phoneCache.get(key);
  if (cached) return cached;
  const reading = readPhoneUncached(value, country);
  // Bounded: a people export repeats its company phones, a million unique numbers must not pile up.
  if (phoneCache.size >= 20_000) phoneCache.clear();
  phoneCache.set(key, reading);
  return reading;
}

function readPhoneUncached(value: string, country: CountryCode | null): PhoneReading {
  // Excel users protect numbers from being turned into 4.15E+09 with a ' or ="…".
  let s = value.replace(/^'+|^="?|"$/g, '').trim();
  let several = false;
  const parts = s.split(/\s*(?:[,;|/]|\bor\b|\bou\b|\boder\b)\s*/i);
  if (parts.length > 1 && parts.filter((p) => p.replace(/\D/g, '').length >= 7).length > 1) {
    s = parts[0]!;
    several = true;
  }
  const number = plainInternational(s) ?? validNumber(s, country);
  if (number && several) {
    return { value: number.value, keepOriginal: true, warning: 'Several phone numbers: the first is used, all are kept in custom fields.' };
  }
  if (number) return number;
  const cleaned = s.replace(/\s+/g, ' ');
  if (!country && !/^(\+|00)/.test(cleaned)) {
    return { value: cleaned, warning: 'No country to read this national number by: kept as written.' };
  }
  return { value: cleaned, warning: `"${cleaned}" is not a valid phone number${country ? ` for ${country}` : ''}: kept as written.` };
}

function validNumber(s: string, country: CountryCode | null): PhoneReading | null {
  const parsed = parsePhoneNumberFromString(s, country ?? undefined);
  if (!parsed?.isValid()) return null;
  if (!parsed.ext) return { value: parsed.number };
  return { value: parsed.number, keepOriginal: true, warning: `The extension (${parsed.ext}) is kept in custom fields.` };
}

let possibleLengths: Map<string, Set<number>> | null = null;

function plainInternational(value: string): PhoneReading | null {
  // Excel users protect numbers from turning into 4.15E+09 with a leading apostrophe.
  const s = value.charCodeAt(0) === 39 ? value.slice(1) : value;
  if (s[0] !== '+' || !/^\+[1-9][\d \-.()/\u00a0]{5,24}$/.test(s) || s.includes('(0')) return null;
  possibleLengths ??= buildPossibleLengths();
  const digits = s.replace(/\D/g, '');
  if (digits.length > 15) return null;
  for (let codeLength = 1; codeLength <= 3; codeLength++) {
    const lengths = possibleLengths.get(digits.slice(0, codeLength));
    if (!lengths) continue;
    const national = digits.slice(codeLength);
    // A trunk 0 after the code is dropped by libphonenumber ("+44 (0)20…", "+49 030…"): let it decide.
    if (national[0] === '0' || !lengths.has(national.length)) return null;
    // North American numbers: area code and exchange never start with 0 or 1.
    if (codeLength === 1 && digits[0] === '1' && (national[0]! < '2' || national[3]! < '2')) return null;
    return { value: `+${digits}` };
  }
  return null;
}

function buildPossibleLengths(): Map<string, Set<number>> {
  const byCode = new Map<string, Set<number>>();
  const metadata = new Metadata();
  for (const country of getCountries()) {
    metadata.selectNumberingPlan(country);
    const code = getCountryCallingCode(country);
    const lengths = byCode.get(code) ?? new Set<number>();
    for (const n of metadata.numberingPlan?.possibleLengths() ?? []) lengths.add(n);
    byCode.set(code, lengths);
  }
  return byCode;
}
