import { resolveLink } from './match-host';
import { visibleText, type ParsedPage } from './parse-page';
import { locationsWords } from './rules';

export interface LocationFindings {
  /** One key per distinct postal address shown in <address> elements (postcode when present). */
  addressKeys: string[];
  /** A page or link listing several branches ("Standorte", "nos salons"), as evidence detail. */
  locationsPage: string | null;
}

// Dutch "3061 AP" before plain digits, or it would read as "3061"; UK "BS1 4QA"; then 4–5 digits.
const postcode = /\b(\d{4}\s?[a-z]{2}|[a-z]{1,2}\d[a-z\d]?\s?\d[a-z]{2}|\d{4,5})\b/i;

export function detectLocations(page: ParsedPage): LocationFindings {
  const { $ } = page;
  const addressKeys = new Set<string>();
  $('address').each((_, el) => {
    const text = visibleText($(el).contents().toArray()).replace(/\s+/g, ' ').trim();
    if (text.length < 8) return;
    addressKeys.add(addressKey(text));
  });

  let locationsPage: string | null = null;
  const path = decodeURIComponent(page.url.pathname).toLowerCase();
  const heading = $('h1').first().text().replace(/\s+/g, ' ').trim().toLowerCase();
  const word = locationsWords.find((w) => path.includes(`/${w.replace(/\s+/g, '-')}`) || heading === w);
  if (word) locationsPage = `"${word}" page`;
  $('a[href]').each((_, el) => {
    if (locationsPage) return false;
    const url = resolveLink($(el).attr('href'), page.url);
    if (!url || url.hostname !== page.url.hostname) return undefined;
    const text = $(el).text().replace(/\s+/g, ' ').trim().toLowerCase();
    const linkPath = decodeURIComponent(url.pathname).toLowerCase().replace(/\/+$/, '');
    const hit = locationsWords.find((w) => text === w || linkPath.endsWith(`/${w.replace(/\s+/g, '-')}`));
    if (hit) locationsPage = `link to "${hit}"`;
    return undefined;
  });
  return { addressKeys: [...addressKeys], locationsPage };
}

/** Two spellings of one address share a postcode; without one, the letters decide. */
export function addressKey(address: string): string {
  const code = postcode.exec(address);
  return code ? code[1]!.replace(/\s/g, '').toLowerCase() : address.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
