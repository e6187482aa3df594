import { scoreLead } from '../../../src-shared/domain/lead-score';
import { dedupeKeys, type NormalisedLead } from '../../../src-shared/domain/normalise-lead';

/**
 * Leads as lines of COPY's text format: tab-separated, \N for null, backslash escapes. This is
 * the import's hot path after parsing (a million rows × 24 columns), so it builds strings
 * directly rather than through a generic serialiser.
 */

/** The columns of `leads` an import writes, in COPY order (the staging table adds row_number first). */
export const leadCopyColumns = [
  'company_name',
  'website',
  'email',
  'phone',
  'contact_name',
  'job_title',
  'country',
  'city',
  'address',
  'industry',
  'business_type',
  'company_size',
  'source',
  'source_type',
  'notes',
  'tags',
  'linkedin_url',
  'google_rating',
  'google_review_count',
  'price_level',
  'has_weekend_hours',
  'has_google_maps_listing',
  'custom_fields',
  'dedupe_key',
  // Scored as the row is written, so an imported lead has its score from its first moment.
  'quality_score',
] as const;

export type LeadCopyColumn = (typeof leadCopyColumns)[number];

const needsEscape = /[\\\t\n\r]/;

/** A value for COPY text format. */
export function copyValue(value: string | null): string {
  if (value === null) return '\\N';
  if (!needsEscape.test(value)) return value;
  return value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

/** A text[] literal: '{"a","b \"c\""}' (then escaped for COPY by the caller). */
export function arrayLiteral(values: readonly string[]): string {
  if (values.length === 0) return '{}';
  return `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

/**
 * The key a lead without an email is matched on: 'd:<domain>|<company>', else 'p:<E.164>'.
 * Leads with an email are matched on lower(email), which has its own unique index.
 */
export function alternateDedupeKey(lead: NormalisedLead): string | null {
  if (lead.email) return null;
  const keys = dedupeKeys(lead);
  if (keys.domainCompany) return `d:${keys.domainCompany}`.slice(0, 400);
  if (keys.phone) return `p:${keys.phone}`;
  return null;
}

const t = (value: string | null) => copyValue(value);
const n = (value: number | boolean | null) => (value === null ? '\\N' : String(value));

/**
 * One COPY line (with its newline) for a lead in `leadCopyColumns` order; `prefix` goes first and
 * `suffix` (with its own leading tab) after the last column, for extra columns of the target.
 */
export function leadCopyLine(lead: NormalisedLead, altKey: string | null, prefix = '', suffix = ''): string {
  const custom = lead.customFields;
  let customJson = '{}';
  for (const _ in custom) {
    customJson = JSON.stringify(custom);
    break;
  }
  return (
    `${prefix}${t(lead.companyName)}\t${t(lead.website)}\t${t(lead.email)}\t${t(lead.phone)}\t${t(lead.contactName)}\t` +
    `${t(lead.jobTitle)}\t${t(lead.country)}\t${t(lead.city)}\t${t(lead.address)}\t${t(lead.industry)}\t` +
    `${t(lead.businessType)}\t${t(lead.companySize)}\t${t(lead.source)}\t${t(lead.sourceType)}\t${t(lead.notes)}\t` +
    `${t(arrayLiteral(lead.tags))}\t${t(lead.linkedinUrl)}\t${n(lead.googleRating)}\t${n(lead.googleReviewCount)}\t` +
    `${n(lead.priceLevel)}\t${n(lead.hasWeekendHours)}\t${n(lead.hasGoogleMapsListing)}\t${t(customJson)}\t` +
    `${t(altKey)}\t${scoreLead(lead).score}${suffix}\n`
  );
}
