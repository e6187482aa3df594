// The value lists of lead fields, for code on both sides that validates or renders them.
// They mirror the Postgres enums in src-main/db/schema/enums.ts; a test keeps the two equal.

export const leadStatusValues = [
  'new',
  'contacted',
  'follow_up_1',
  'follow_up_2',
  'responded',
  'interested',
  'not_interested',
  'invalid',
  'converted',
] as const;
export type LeadStatusValue = (typeof leadStatusValues)[number];

export const verificationStatusValues = ['unverified', 'email_verified', 'phone_verified', 'fully_verified'] as const;
export type VerificationStatusValue = (typeof verificationStatusValues)[number];

/** Stored as varchar(20) in `leads.booking_potential`. */
export const bookingPotentialValues = ['low', 'medium', 'high'] as const;
export type BookingPotential = (typeof bookingPotentialValues)[number];

export const leadTierValues = ['hot', 'warm', 'cold'] as const;
export type LeadTier = (typeof leadTierValues)[number];

export const leadStatusLabels: Record<LeadStatusValue, string> = {
  new: 'New',
  contacted: 'Contacted',
  follow_up_1: 'Follow-up 1',
  follow_up_2: 'Follow-up 2',
  responded: 'Responded',
  interested: 'Interested',
  not_interested: 'Not interested',
  invalid: 'Invalid',
  converted: 'Converted',
};

/** Mantine colour names, so every page shows a status in the same colour. */
export const leadStatusColors: Record<LeadStatusValue, string> = {
  new: 'blue',
  contacted: 'cyan',
  follow_up_1: 'indigo',
  follow_up_2: 'violet',
  responded: 'teal',
  interested: 'green',
  not_interested: 'gray',
  invalid: 'red',
  converted: 'lime',
};

export const verificationStatusLabels: Record<VerificationStatusValue, string> = {
  unverified: 'Unverified',
  email_verified: 'Email verified',
  phone_verified: 'Phone verified',
  fully_verified: 'Fully verified',
};

export const leadSourceLabels: Record<string, string> = {
  apollo: 'Apollo',
  hunter: 'Hunter',
  google_places: 'Google Places',
  linkedin: 'LinkedIn',
  manual: 'Manual',
  csv: 'CSV import',
};
