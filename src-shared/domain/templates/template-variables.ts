import type { TemplateCustomVariable } from './types';

// The names templates can use. Lead fields keep the spec's camelCase; internal columns (status,
// notes, source, counters, timestamps) are deliberately not exposed to recipients' emails.

export const LEAD_TEXT_FIELDS = [
  'companyName',
  'contactName',
  'email',
  'website',
  'phone',
  'jobTitle',
  'country',
  'city',
  'address',
  'industry',
  'businessType',
  'companySize',
  'linkedinUrl',
  'currentBookingTool',
  'bookingPotential',
] as const;
export const LEAD_NUMBER_FIELDS = [
  'qualityScore',
  'googleRating',
  'googleReviewCount',
  'servicesCount',
  'digitalMaturityScore',
  'priceLevel',
] as const;
export const LEAD_BOOLEAN_FIELDS = [
  'hasGoogleMapsListing',
  'hasOnlineBooking',
  'hasAppointmentForm',
  'hasMultiLocation',
  'hasWeekendHours',
  'isDecisionMaker',
] as const;
/** Computed from the lead: firstName/lastName from contactName, companyDomain from website or email. */
export const DERIVED_FIELDS = ['firstName', 'lastName', 'companyDomain'] as const;
export const SENDER_FIELDS = ['sender.name', 'sender.email', 'sender.signature'] as const;

export const BUILT_IN_VARIABLES: readonly string[] = [
  ...LEAD_TEXT_FIELDS,
  ...DERIVED_FIELDS,
  'tags',
  ...LEAD_NUMBER_FIELDS,
  ...LEAD_BOOLEAN_FIELDS,
  ...SENDER_FIELDS,
];

/** Root names a custom variable cannot take over: built-ins win, so {{email}} is always the lead's. */
export const RESERVED_ROOTS: ReadonlySet<string> = new Set([...BUILT_IN_VARIABLES.map((v) => v.split('.')[0]!), 'custom']);

/**
 * Everything the editor may treat as known: built-ins, active custom variables, and lead custom
 * fields as `custom.<key>` (or any `custom.*` when the keys are not known).
 */
export function knownTemplateVariables(
  customVariables: readonly Pick<TemplateCustomVariable, 'key' | 'isActive'>[] = [],
  customFieldKeys?: readonly string[],
): string[] {
  const known = [...BUILT_IN_VARIABLES];
  for (const variable of customVariables) {
    if (variable.isActive !== false && !RESERVED_ROOTS.has(variable.key)) known.push(variable.key);
  }
  if (customFieldKeys) known.push(...customFieldKeys.map((key) => `custom.${key}`));
  else known.push('custom.*');
  return known;
}

/** `known` may hold exact paths ("sender.name"), roots ("tags" covers "tags.first") and "root.*". */
export function isKnownVariable(variable: string, known: ReadonlySet<string>): boolean {
  if (known.has(variable)) return true;
  const root = variable.split(/[.[]/)[0]!;
  if (root !== variable && (known.has(`${root}.*`) || (known.has(root) && root !== 'sender' && root !== 'custom'))) return true;
  return false;
}
