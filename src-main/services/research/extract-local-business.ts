import type { ParsedPage } from './parse-page';
import { localBusinessTypes, localBusinessTypeSuffix } from './rules';
import type { LocalBusiness } from './site-analysis';
import { schemaWeekendHours } from './detect-weekend-hours';

export interface LocalBusinessFinding extends LocalBusiness {
  /** ISO country code from address.addressCountry when it is one. */
  country: string | null;
  weekendHours: string | null;
}

export interface StructuredData {
  businesses: LocalBusinessFinding[];
  /** Any JSON-LD node carried an aggregateRating (a LocalBusiness, a Product, …). */
  hasAggregateRating: boolean;
}

/**
 * schema.org LocalBusiness entities (and subtypes) from JSON-LD, wherever they sit: top level,
 * arrays, @graph, or nested under another node (WebPage.about, Organization.department…).
 * Hand-written JSON-LD is often broken, so parsing is forgiving.
 */
export function extractStructuredData(page: ParsedPage): StructuredData {
  const { $ } = page;
  const businesses: LocalBusinessFinding[] = [];
  let hasAggregateRating = false;
  const visit = (node: unknown, depth: number): void => {
    if (depth > 8 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    const entity = node as Record<string, unknown>;
    if (entity.aggregateRating && typeof entity.aggregateRating === 'object') hasAggregateRating = true;
    const type = businessType(entity['@type']);
    if (type) businesses.push(toFinding(type, entity));
    for (const [key, value] of Object.entries(entity)) {
      if (key !== 'address' && key !== 'aggregateRating' && key !== 'openingHoursSpecification') visit(value, depth + 1);
    }
  };
  $('script[type="application/ld+json" i]').each((_, el) => visit(parseLenient($(el).text()), 0));
  return { businesses, hasAggregateRating };
}

/** JSON.parse, then again after the usual hand-editing damage: comments, trailing commas, raw newlines, concatenated objects. */
export function parseLenient(raw: string): unknown {
  const attempts = [
    raw,
    raw
      .replace(/^\s*<!--|-->\s*$|<!\[CDATA\[|\]\]>/g, '')
      // Raw line breaks and tabs inside strings are invalid JSON; as spaces they are harmless everywhere.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f]+/g, ' ')
      .replace(/,\s*([}\]])/g, '$1'),
  ];
  attempts.push(`[${attempts[1]!.replace(/}\s*{/g, '},{')}]`);
  for (const attempt of attempts) {
    try {
      return JSON.parse(attempt);
    } catch {
      // try the next repair
    }
  }
  return null;
}

function businessType(value: unknown): string | null {
  for (const t of Array.isArray(value) ? value : [value]) {
    if (typeof t !== 'string') continue;
    const name = t.replace(/^(https?:\/\/schema\.org\/|schema:)/i, '');
    if (localBusinessTypes.has(name) || localBusinessTypeSuffix.test(name)) return name;
  }
  return null;
}

function toFinding(type: string, entity: Record<string, unknown>): LocalBusinessFinding {
  const rating = first(entity.aggregateRating) as Record<string, unknown> | undefined;
  const address = first(entity.address);
  return {
    type,
    name: text(entity.name),
    address: addressText(address),
    telephone: text(entity.telephone),
    priceRange: text(entity.priceRange),
    aggregateRating:
      rating && typeof rating === 'object'
        ? { ratingValue: number(rating.ratingValue), reviewCount: integer(rating.reviewCount ?? rating.ratingCount) }
        : null,
    country: countryOf(address),
    weekendHours: schemaWeekendHours(entity),
  };
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function text(value: unknown): string | null {
  const v = first(value);
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  return null;
}

function number(value: unknown): number | null {
  const n = typeof value === 'number' ? value : parseFloat(String(value ?? '').replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

function integer(value: unknown): number | null {
  const n = number(typeof value === 'string' ? value.replace(/[.,\s](?=\d{3}\b)/g, '') : value);
  return n === null ? null : Math.round(n);
}

function addressText(address: unknown): string | null {
  if (typeof address === 'string') return address.trim() || null;
  if (!address || typeof address !== 'object') return null;
  const a = address as Record<string, unknown>;
  const locality = [text(a.postalCode), text(a.addressLocality)].filter(Boolean).join(' ');
  const country = typeof a.addressCountry === 'object' ? text((a.addressCountry as Record<string, unknown>)?.name) : text(a.addressCountry);
  const parts = [text(a.streetAddress), locality, text(a.addressRegion), country].filter((p): p is string => !!p);
  return parts.length ? parts.join(', ') : null;
}

function countryOf(address: unknown): string | null {
  if (!address || typeof address !== 'object') return null;
  const raw = (address as Record<string, unknown>).addressCountry;
  const code = typeof raw === 'object' && raw ? text((raw as Record<string, unknown>).name) : text(raw);
  return code && /^[A-Za-z]{2}$/.test(code) ? code.toUpperCase() : null;
}
