import { z } from 'zod';

/**
 * What the analyser found on one prospect's website. The first block mirrors the columns of
 * `websiteAnalysisCache` one to one, the second the lead columns the wiring copies over, and the
 * rest is the raw material kept in `analysisData` (contacts, evidence, fetch log).
 */

export const evidenceSignals = [
  'bookingTool',
  'bookingKeywords',
  'appointmentForm',
  'calendar',
  'pricing',
  'gallery',
  'reviews',
  'contactForm',
  'multiLocation',
  'services',
  'weekendHours',
  'localBusiness',
  'robots',
] as const;
export type EvidenceSignal = (typeof evidenceSignals)[number];

export const evidenceSchema = z.object({
  signal: z.enum(evidenceSignals),
  /** Human words, e.g. "Calendly embed"; the UI appends "on /book". */
  detail: z.string(),
  /** The page the evidence was found on. */
  url: z.string(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const pageFetchSchema = z.object({
  url: z.string(),
  /** HTTP status of the last hop; 0 when no response arrived (refused, timed out, network error). */
  status: z.number().int(),
  /** Decoded (decompressed) body bytes read. */
  bytes: z.number().int().nonnegative(),
  ms: z.number().nonnegative(),
});
export type PageFetch = z.infer<typeof pageFetchSchema>;

export const socialNetworks = ['facebook', 'instagram', 'linkedin', 'x', 'tiktok', 'youtube', 'pinterest'] as const;
export const socialProfileSchema = z.object({ network: z.enum(socialNetworks), url: z.string() });
export type SocialProfile = z.infer<typeof socialProfileSchema>;

/** Where a contact detail was first seen, so the lead can say where it came from. */
export const contactSourceSchema = z.object({
  kind: z.enum(['email', 'phone', 'social']),
  value: z.string(),
  url: z.string(),
});
export type ContactSource = z.infer<typeof contactSourceSchema>;

export const localBusinessSchema = z.object({
  /** The schema.org type as written, e.g. "Dentist" or "HairSalon". */
  type: z.string(),
  name: z.string().nullable(),
  address: z.string().nullable(),
  telephone: z.string().nullable(),
  priceRange: z.string().nullable(),
  aggregateRating: z.object({ ratingValue: z.number().nullable(), reviewCount: z.number().int().nullable() }).nullable(),
});
export type LocalBusiness = z.infer<typeof localBusinessSchema>;

export const detectedBookingToolSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Embeds (script, iframe, widget) weigh more than links when several tools show up. */
  embeds: z.number().int().nonnegative(),
  links: z.number().int().nonnegative(),
});
export type DetectedBookingTool = z.infer<typeof detectedBookingToolSchema>;

export const siteAnalysisSchema = z.object({
  // websiteAnalysisCache columns
  hasBookingKeywords: z.boolean(),
  bookingKeywordScore: z.number().int().min(0).max(10),
  /** Rule id from rules.ts (e.g. "calendly"), or null when no booking tool was found. */
  currentBookingTool: z.string().max(100).nullable(),
  hasAppointmentForm: z.boolean(),
  hasCalendar: z.boolean(),
  hasPricing: z.boolean(),
  hasGallery: z.boolean(),
  hasReviews: z.boolean(),
  hasContactForm: z.boolean(),
  /** A phone number is the only way in: no form, no booking tool, no e-mail address. */
  hasPhoneOnly: z.boolean(),
  multiLocation: z.boolean(),
  servicesCount: z.number().int().nonnegative(),
  /** Primary language subtags, e.g. ["de", "en"]. */
  languageSupport: z.array(z.string().max(255)),

  // lead columns
  /** True when a booking tool lets visitors book by themselves; a request form does not count. */
  hasOnlineBooking: z.boolean(),
  hasWeekendHours: z.boolean(),

  // analysisData
  bookingTools: z.array(detectedBookingToolSchema),
  emails: z.array(z.string()),
  /** E.164, e.g. "+493012345678". */
  phones: z.array(z.string()),
  socialProfiles: z.array(socialProfileSchema),
  /** First page each email, phone and social profile was found on (absent in analyses cached before it existed). */
  contactSources: z.array(contactSourceSchema).default([]),
  localBusiness: localBusinessSchema.nullable(),
  evidence: z.array(evidenceSchema),
  pages: z.array(pageFetchSchema),
  errors: z.array(z.string()),

  /** The URL asked for, after adding a scheme if it had none. */
  url: z.string(),
  /** Where the home page ended up after redirects (the input URL when it could not be fetched). */
  finalUrl: z.string(),
  /** Cache key: host name without "www." (the `domain` column). */
  domain: z.string(),
  /** False when the home page could not be fetched or parsed; such results are not cached. */
  ok: z.boolean(),
  fetchedAt: z.iso.datetime(),
});
export type SiteAnalysis = z.infer<typeof siteAnalysisSchema>;
