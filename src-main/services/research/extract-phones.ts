import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { ParsedPage } from './parse-page';
import { phoneLabels } from './rules';

// Digits with the separators people type; no newlines, so two lines never fuse into one number.
const candidatePattern = /(?<![\p{L}\p{N}+])(?:\+|00)?\(?\d[\d \u00a0()./-]{5,20}\d(?![\p{N}])/gu;
const money = /[€$£]\s*$|^\s*(?:€|eur|\$|£|chf|,-)/i;
const fax = /fax\W{0,12}$/i;
// "(208) 555-0193", "208-555-0193", "208.555.0193": written this way only in North America.
const nanpFormat = /^(?:\+?1[ .-]?)?(?:\(\d{3}\)\s?|\d{3}[.-])\d{3}[.-]\d{4}$/;

/**
 * Phone numbers in E.164 from tel: links and from text. Text candidates must look like a phone
 * number to a person: international form, or a label before them ("Tel.", "Téléphone"), or a
 * national number with its trunk 0 or area-code brackets. Dates, prices, tax and bank numbers
 * fail those tests or the validity check of libphonenumber's full metadata.
 */
export function extractPhones(page: ParsedPage, country: string | null): string[] {
  const { $ } = page;
  const found = new Set<string>();
  const defaultCountry = (country ?? undefined) as CountryCode | undefined;
  const add = (raw: string): void => {
    const country = defaultCountry ?? (nanpFormat.test(raw.trim()) ? 'US' : undefined);
    const phone = parsePhoneNumberFromString(raw, country ? { defaultCountry: country } : {});
    if (phone?.isValid()) found.add(phone.number);
  };

  $('a[href^="tel:" i]').each((_, el) => {
    let raw = ($(el).attr('href') ?? '').slice(4);
    try {
      raw = decodeURIComponent(raw);
    } catch {
      // keep the raw value
    }
    add(raw);
  });

  for (const match of page.text.matchAll(candidatePattern)) {
    const raw = match[0];
    const digits = raw.replace(/\D/g, '').length;
    if (digits < 7 || digits > 15) continue;
    const before = page.text.slice(Math.max(0, match.index - 30), match.index);
    const after = page.text.slice(match.index + raw.length, match.index + raw.length + 6);
    if (money.test(before) || money.test(after) || fax.test(before)) continue;
    // Dates ("01.02.2024") and opening hours ("09.00 - 18.00") are digit runs too.
    if (/^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/.test(raw.trim())) continue;
    if (/^\(?\d{1,2}[.:h]\d{2}\s*[-–—]\s*\d{1,2}[.:h]\d{2}/.test(raw.trim())) continue;
    const international = /^(\+|00)/.test(raw);
    const labelled = phoneLabels.test(before);
    const national = (/^[0(]/.test(raw) && defaultCountry !== undefined) || nanpFormat.test(raw.trim());
    if (international || labelled || national) add(raw);
  }
  return [...found];
}
