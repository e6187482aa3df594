import { getCountries, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { AppError } from '../../rpc/app-error';

let countryCodes: Map<string, CountryCode> | null = null;

/** "France", "france", "FR", "Allemagne", "Deutschland" → ISO code, from the names ICU knows. */
export function countryCodeOf(country: string | null | undefined): CountryCode | undefined {
  if (!country) return undefined;
  if (!countryCodes) {
    countryCodes = new Map();
    const namers = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pt'].map((locale) => new Intl.DisplayNames([locale], { type: 'region' }));
    for (const code of getCountries()) {
      countryCodes.set(code.toLowerCase(), code);
      for (const namer of namers) {
        const name = namer.of(code);
        if (name) countryCodes.set(name.toLowerCase(), code);
      }
    }
    for (const [alias, code] of [['uk', 'GB'], ['usa', 'US'], ['united states of america', 'US'], ['england', 'GB']] as const) countryCodes.set(alias, code);
  }
  return countryCodes.get(country.trim().toLowerCase());
}

/**
 * A phone number in E.164 (+33612345678). A number without a country prefix is read in the lead's
 * country. Throws INVALID_INPUT when it cannot be a phone number.
 */
export function normalisePhone(phone: string | null | undefined, country: string | null | undefined): string | null {
  const text = phone?.trim();
  if (!text) return null;
  const parsed = parsePhoneNumberFromString(text, countryCodeOf(country));
  if (!parsed || !parsed.isValid()) {
    throw new AppError('INVALID_INPUT', `“${text}” is not a valid phone number${country ? ` for ${country}` : ''}. Include the country code, e.g. +33 6 12 34 56 78.`, {
      fieldErrors: { phone: ['is not a valid phone number'] },
    });
  }
  return parsed.number;
}

/** Trimmed text, or null for an empty value. */
export function cleanText(value: string | null | undefined): string | null {
  const text = value?.trim();
  return text ? text : null;
}

/** Tags trimmed, without duplicates (case-insensitive), in the order given. */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of tags) {
    const t = tag.trim();
    if (!t || seen.has(t.toLowerCase())) continue;
    seen.add(t.toLowerCase());
    out.push(t);
  }
  return out;
}
