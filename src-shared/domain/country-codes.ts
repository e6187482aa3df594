import { getCountries, type CountryCode } from 'libphonenumber-js';

let countryIndex: Map<string, CountryCode> | null = null;
const countryKey = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, '');

const countryAliases: Record<string, CountryCode> = {
  usa: 'US',
  unitedstatesofamerica: 'US',
  america: 'US',
  uk: 'GB',
  greatbritain: 'GB',
  britain: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  northernireland: 'GB',
  gbr: 'GB',
  holland: 'NL',
  uae: 'AE',
  southkorea: 'KR',
  korea: 'KR',
  russia: 'RU',
  czechrepublic: 'CZ',
  vietnam: 'VN',
  turkey: 'TR',
  turkiye: 'TR',
  ivorycoast: 'CI',
  deu: 'DE',
  fra: 'FR',
  esp: 'ES',
  ita: 'IT',
  nld: 'NL',
  bel: 'BE',
  che: 'CH',
  aut: 'AT',
  can: 'CA',
  aus: 'AU',
  irl: 'IE',
  prt: 'PT',
  swe: 'SE',
  nor: 'NO',
  dnk: 'DK',
  fin: 'FI',
  pol: 'PL',
  bra: 'BR',
  mex: 'MX',
  ind: 'IN',
};

/** ISO code of a country written as a code or a name in English, French, German, Spanish, Italian, Dutch or Portuguese. */
const countryCodeCache = new Map<string, CountryCode | null>();

export function countryCode(country: string | null): CountryCode | null {
  if (!country) return null;
  let code = countryCodeCache.get(country);
  if (code === undefined) {
    countryIndex ??= buildCountryIndex();
    code = countryIndex.get(countryKey(country)) ?? null;
    if (countryCodeCache.size > 1000) countryCodeCache.clear();
    countryCodeCache.set(country, code);
  }
  return code;
}

function buildCountryIndex(): Map<string, CountryCode> {
  const index = new Map<string, CountryCode>();
  const codes = getCountries();
  for (const code of codes) index.set(code.toLowerCase(), code);
  for (const locale of ['en', 'fr', 'de', 'es', 'it', 'nl', 'pt']) {
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    for (const code of codes) {
      const name = names.of(code);
      if (name && !index.has(countryKey(name))) index.set(countryKey(name), code);
    }
  }
  for (const [alias, code] of Object.entries(countryAliases)) index.set(alias, code);
  return index;
}
