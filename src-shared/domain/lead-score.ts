import type { BookingPotential, LeadTier } from './lead-values';

/**
 * Lead quality scoring: one pure function, the same in main (which stores `quality_score`) and in
 * the page (which explains it when you hover a score).
 *
 * The score is the sum of seven factors, 100 points in all:
 *
 * | factor                | max | what earns points                                                           |
 * | --------------------- | --- | --------------------------------------------------------------------------- |
 * | Completeness          |  25 | email 5, phone 4, website 4, contact name 4, job title 2, LinkedIn 2,       |
 * |                       |     | city 1, country 1, address 1, company size 1                                |
 * | Verification          |  15 | fully verified 15, email verified 10, phone verified 6, unverified 0        |
 * | Decision maker        |  10 | marked as decision maker 10; unknown but the job title names an owner,      |
 * |                       |     | founder, director, partner, head, CEO… 7; marked "no" 0                     |
 * | Website signals       |  15 | booking keywords 3, keyword score 0–10 → 0–4, appointment form 3,           |
 * |                       |     | several locations 3, services listed: 5+ → 2, 1–4 → 1                       |
 * | Booking potential     |  10 | high 10, medium 6, low 2, unknown 0                                         |
 * | Google reputation     |  15 | rating ≥4.5 → 8, ≥4.0 → 6, ≥3.5 → 4, lower → 2 (listing without rating 2); |
 * |                       |     | reviews ≥100 → 7, ≥50 → 5, ≥10 → 3, ≥1 → 1                                  |
 * | Digital maturity      |  10 | digital maturity score ÷ 10, rounded                                        |
 *
 * Tiers: hot ≥ 70, warm 40–69, cold < 40.
 *
 * `bookingPotential` and `digitalMaturityScore` are read from the lead as stored: website research
 * derives and writes them. When a lead has not been researched (the field is null), the scoring
 * falls back to `estimateBookingPotential` / `estimateDigitalMaturityScore` below, built from the
 * signals the lead already has, and the factor's label says it is an estimate.
 */

/** The fields scoring reads; a database row, a wire record and an import row all fit. */
export interface ScoringInput {
  email?: string | null;
  phone?: string | null;
  website?: string | null;
  contactName?: string | null;
  jobTitle?: string | null;
  linkedinUrl?: string | null;
  city?: string | null;
  country?: string | null;
  address?: string | null;
  companySize?: string | null;
  verificationStatus?: string | null;
  isDecisionMaker?: boolean | null;
  hasBookingKeywords?: boolean | null;
  bookingKeywordScore?: number | null;
  hasAppointmentForm?: boolean | null;
  hasOnlineBooking?: boolean | null;
  currentBookingTool?: string | null;
  hasMultiLocation?: boolean | null;
  servicesCount?: number | null;
  hasGoogleMapsListing?: boolean | null;
  googleRating?: number | string | null;
  googleReviewCount?: number | null;
  bookingPotential?: string | null;
  digitalMaturityScore?: number | null;
}

/** The columns scoring reads, snake_case: recomputation selects exactly these. */
export const scoringColumns = [
  'email', 'phone', 'website', 'contact_name', 'job_title', 'linkedin_url', 'city', 'country', 'address', 'company_size',
  'verification_status', 'is_decision_maker', 'has_booking_keywords', 'booking_keyword_score', 'has_appointment_form',
  'has_online_booking', 'current_booking_tool', 'has_multi_location', 'services_count', 'has_google_maps_listing',
  'google_rating', 'google_review_count', 'booking_potential', 'digital_maturity_score',
] as const;

export interface ScoreFactor {
  label: string;
  points: number;
  max: number;
  /** What earned (or missed) the points, in a few words. */
  detail: string;
}

export interface LeadScore {
  score: number;
  tier: LeadTier;
  factors: ScoreFactor[];
}

export const tierThresholds = { hot: 70, warm: 40 } as const;

export function tierOf(score: number | null | undefined): LeadTier | null {
  if (score === null || score === undefined) return null;
  return score >= tierThresholds.hot ? 'hot' : score >= tierThresholds.warm ? 'warm' : 'cold';
}

const filled = (value: string | null | undefined) => typeof value === 'string' && value.trim() !== '';

const decisionMakerTitle =
  /\b(owner|co-?owner|founder|co-?founder|ceo|c\.e\.o|chief|president|director|directeur|directrice|g[ée]rant|g[ée]rante|partner|associ[ée]|principal|head|managing|proprietor|inhaber|gesch[äa]ftsf[üu]hrer|propri[ée]taire|dr\.?)\b/i;

/** True when a job title names someone who can buy. */
export function titleSuggestsDecisionMaker(jobTitle: string | null | undefined): boolean {
  return filled(jobTitle) && decisionMakerTitle.test(jobTitle!);
}

/**
 * A fallback for leads that website research has not scored: 0–100 from what is known.
 * Website 30, Google Maps listing 15, 10+ Google reviews 10, LinkedIn page 10, online booking 25,
 * a named booking tool 10. Null when nothing at all is known (no website, no listing, no LinkedIn).
 */
export function estimateDigitalMaturityScore(lead: ScoringInput): number | null {
  const known = filled(lead.website) || lead.hasGoogleMapsListing != null || filled(lead.linkedinUrl) || lead.hasOnlineBooking != null;
  if (!known) return null;
  let score = 0;
  if (filled(lead.website)) score += 30;
  if (lead.hasGoogleMapsListing) score += 15;
  if ((lead.googleReviewCount ?? 0) >= 10) score += 10;
  if (filled(lead.linkedinUrl)) score += 10;
  if (lead.hasOnlineBooking) score += 25;
  if (filled(lead.currentBookingTool)) score += 10;
  return Math.min(100, score);
}

/**
 * A fallback for leads that website research has not assessed. A business that takes appointments
 * but has no online booking is the best prospect (high); booking words without a form, medium; one
 * that already books online, low. Null when the website was never analysed.
 */
export function estimateBookingPotential(lead: ScoringInput): BookingPotential | null {
  const analysed = lead.hasBookingKeywords != null || lead.hasAppointmentForm != null || lead.hasOnlineBooking != null || lead.bookingKeywordScore != null;
  if (!analysed) return null;
  if (lead.hasOnlineBooking || filled(lead.currentBookingTool)) return 'low';
  const keywordScore = lead.bookingKeywordScore ?? 0;
  if (lead.hasAppointmentForm || keywordScore >= 6 || (lead.hasBookingKeywords && lead.hasMultiLocation)) return 'high';
  if (lead.hasBookingKeywords || keywordScore >= 3) return 'medium';
  return 'low';
}

function completeness(lead: ScoringInput): ScoreFactor {
  const parts: Array<[string, boolean, number]> = [
    ['email', filled(lead.email), 5],
    ['phone', filled(lead.phone), 4],
    ['website', filled(lead.website), 4],
    ['contact name', filled(lead.contactName), 4],
    ['job title', filled(lead.jobTitle), 2],
    ['LinkedIn', filled(lead.linkedinUrl), 2],
    ['city', filled(lead.city), 1],
    ['country', filled(lead.country), 1],
    ['address', filled(lead.address), 1],
    ['company size', filled(lead.companySize), 1],
  ];
  const points = parts.reduce((sum, [, has, p]) => sum + (has ? p : 0), 0);
  const missing = parts.filter(([, has]) => !has).map(([name]) => name);
  return { label: 'Completeness', points, max: 25, detail: missing.length ? `missing ${missing.join(', ')}` : 'every contact field filled' };
}

function verification(lead: ScoringInput): ScoreFactor {
  const table: Record<string, [number, string]> = {
    fully_verified: [15, 'email and phone verified'],
    email_verified: [10, 'email verified'],
    phone_verified: [6, 'phone verified'],
  };
  const [points, detail] = table[lead.verificationStatus ?? ''] ?? [0, 'not verified'];
  return { label: 'Verification', points, max: 15, detail };
}

function decisionMaker(lead: ScoringInput): ScoreFactor {
  if (lead.isDecisionMaker === true) return { label: 'Decision maker', points: 10, max: 10, detail: 'marked as decision maker' };
  if (lead.isDecisionMaker === false) return { label: 'Decision maker', points: 0, max: 10, detail: 'marked as not the decision maker' };
  if (titleSuggestsDecisionMaker(lead.jobTitle)) return { label: 'Decision maker', points: 7, max: 10, detail: `likely, from the title “${lead.jobTitle}”` };
  return { label: 'Decision maker', points: 0, max: 10, detail: 'unknown' };
}

function websiteSignals(lead: ScoringInput): ScoreFactor {
  let points = 0;
  const seen: string[] = [];
  const add = (value: number, what: string) => {
    points += value;
    seen.push(what);
  };
  if (lead.hasBookingKeywords) add(3, 'booking keywords');
  const keywordScore = Math.max(0, Math.min(10, lead.bookingKeywordScore ?? 0));
  if (keywordScore > 0) add(Math.round(keywordScore * 0.4), `keyword score ${keywordScore}/10`);
  if (lead.hasAppointmentForm) add(3, 'appointment form');
  if (lead.hasMultiLocation) add(3, 'several locations');
  const services = lead.servicesCount ?? 0;
  if (services >= 5) add(2, `${services} services`);
  else if (services >= 1) add(1, `${services} service${services === 1 ? '' : 's'}`);
  const analysed = lead.hasBookingKeywords != null || lead.hasAppointmentForm != null || lead.bookingKeywordScore != null;
  const detail = seen.length ? seen.join(', ') : analysed ? 'no booking signals found' : 'website not analysed yet';
  return { label: 'Website signals', points: Math.min(15, points), max: 15, detail };
}

function bookingPotentialFactor(lead: ScoringInput): ScoreFactor {
  const stored = (['low', 'medium', 'high'] as const).find((v) => v === lead.bookingPotential) ?? null;
  const value = stored ?? estimateBookingPotential(lead);
  const points = value === 'high' ? 10 : value === 'medium' ? 6 : value === 'low' ? 2 : 0;
  const detail = value === null ? 'unknown' : stored ? value : `${value} (estimated)`;
  return { label: 'Booking potential', points, max: 10, detail };
}

function googleReputation(lead: ScoringInput): ScoreFactor {
  const rating = lead.googleRating === null || lead.googleRating === undefined || lead.googleRating === '' ? null : Number(lead.googleRating);
  const reviews = lead.googleReviewCount ?? 0;
  let ratingPoints = 0;
  if (rating !== null && Number.isFinite(rating) && rating > 0) ratingPoints = rating >= 4.5 ? 8 : rating >= 4.0 ? 6 : rating >= 3.5 ? 4 : 2;
  else if (lead.hasGoogleMapsListing) ratingPoints = 2;
  const reviewPoints = reviews >= 100 ? 7 : reviews >= 50 ? 5 : reviews >= 10 ? 3 : reviews >= 1 ? 1 : 0;
  const parts = [];
  if (rating !== null && Number.isFinite(rating) && rating > 0) parts.push(`rated ${rating.toFixed(1)}`);
  else if (lead.hasGoogleMapsListing) parts.push('listed, no rating');
  if (reviews > 0) parts.push(`${reviews} review${reviews === 1 ? '' : 's'}`);
  return { label: 'Google reputation', points: ratingPoints + reviewPoints, max: 15, detail: parts.length ? parts.join(', ') : 'no Google listing known' };
}

function digitalMaturity(lead: ScoringInput): ScoreFactor {
  const stored = lead.digitalMaturityScore ?? null;
  const value = stored ?? estimateDigitalMaturityScore(lead);
  const clamped = value === null ? null : Math.max(0, Math.min(100, value));
  const points = clamped === null ? 0 : Math.round(clamped / 10);
  const detail = clamped === null ? 'unknown' : stored !== null ? `${clamped}/100` : `${clamped}/100 (estimated)`;
  return { label: 'Digital maturity', points, max: 10, detail };
}

/** The quality score of a lead, 0–100, with its tier and the factors that made it. */
export function scoreLead(lead: ScoringInput): LeadScore {
  const factors = [
    completeness(lead),
    verification(lead),
    decisionMaker(lead),
    websiteSignals(lead),
    bookingPotentialFactor(lead),
    googleReputation(lead),
    digitalMaturity(lead),
  ];
  const score = Math.max(0, Math.min(100, factors.reduce((sum, f) => sum + f.points, 0)));
  return { score, tier: tierOf(score)!, factors };
}
