/**
 * The lead fields a CSV column can be imported into, with the limits of their database
 * columns (`leads` table). Scores, statuses, counters and website-analysis results are the
 * app's own work and are not importable.
 */

export type LeadFieldType = 'string' | 'text' | 'number' | 'integer' | 'boolean' | 'tags' | 'url' | 'email' | 'phone';

export interface LeadFieldDefinition {
  name: LeadFieldName;
  label: string;
  type: LeadFieldType;
  /** Characters the column holds (varchar size); null for unbounded text. For tags: per tag. */
  maxLength: number | null;
  /** Every lead has one; `companyName` can be derived and `industry` defaulted, see normalise-lead. */
  required: boolean;
}

export const leadFieldNames = [
  'companyName',
  'website',
  'email',
  'phone',
  'contactName',
  'jobTitle',
  'country',
  'city',
  'address',
  'industry',
  'businessType',
  'companySize',
  'source',
  'notes',
  'tags',
  'linkedinUrl',
  'googleRating',
  'googleReviewCount',
  'priceLevel',
  'hasWeekendHours',
  'hasGoogleMapsListing',
] as const;

export type LeadFieldName = (typeof leadFieldNames)[number];

const field = (
  name: LeadFieldName,
  label: string,
  type: LeadFieldType,
  maxLength: number | null,
  required = false,
): LeadFieldDefinition => ({ name, label, type, maxLength, required });

export const leadFields: readonly LeadFieldDefinition[] = [
  field('companyName', 'Company name', 'string', 255, true),
  field('website', 'Website', 'url', 255),
  field('email', 'Email', 'email', 255),
  field('phone', 'Phone', 'phone', 50),
  field('contactName', 'Contact name', 'string', 255),
  field('jobTitle', 'Job title', 'string', 255),
  field('country', 'Country', 'string', 100),
  field('city', 'City', 'string', 100),
  field('address', 'Address', 'string', null),
  field('industry', 'Industry', 'string', 100, true),
  field('businessType', 'Business type', 'string', 100),
  field('companySize', 'Company size', 'string', 50),
  field('source', 'Source', 'string', 50),
  field('notes', 'Notes', 'text', null),
  field('tags', 'Tags', 'tags', 100),
  field('linkedinUrl', 'LinkedIn URL', 'url', 500),
  field('googleRating', 'Google rating', 'number', null),
  field('googleReviewCount', 'Google review count', 'integer', null),
  field('priceLevel', 'Price level', 'integer', null),
  field('hasWeekendHours', 'Open at weekends', 'boolean', null),
  field('hasGoogleMapsListing', 'Has a Google Maps listing', 'boolean', null),
];

export const leadFieldsByName: Readonly<Record<LeadFieldName, LeadFieldDefinition>> = Object.fromEntries(
  leadFields.map((f) => [f.name, f]),
) as Record<LeadFieldName, LeadFieldDefinition>;

/**
 * Where a column goes: a lead field; `firstName` / `lastName`, which join into contactName
 * (and are kept in customFields for templates); `custom` (customFields under the column's name);
 * or `ignore`.
 */
export type ColumnTarget = LeadFieldName | 'firstName' | 'lastName' | 'custom' | 'ignore';

export const nameParts = ['firstName', 'lastName'] as const;

export function isLeadFieldName(value: string): value is LeadFieldName {
  return (leadFieldNames as readonly string[]).includes(value);
}

export function isColumnTarget(value: string): value is ColumnTarget {
  return isLeadFieldName(value) || value === 'firstName' || value === 'lastName' || value === 'custom' || value === 'ignore';
}
