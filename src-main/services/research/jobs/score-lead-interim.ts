import type { Lead } from '../../../db/schema';

/**
 * Stand-in for `scoreLead` (src-shared/domain/lead-score.ts, on the leads branch) until that
 * lands: the same factor table, reduced to what research changes, so a researched lead gets a
 * plausible score now and the exact one once the switch is made. Returns 0–100.
 */
export function scoreLeadInterim(lead: Lead): number {
  const filled = (v: string | null | undefined) => typeof v === 'string' && v.trim() !== '';
  let score = 0;
  // Completeness (25)
  score += (filled(lead.email) ? 5 : 0) + (filled(lead.phone) ? 4 : 0) + (filled(lead.website) ? 4 : 0);
  score += (filled(lead.contactName) ? 4 : 0) + (filled(lead.jobTitle) ? 2 : 0) + (filled(lead.linkedinUrl) ? 2 : 0);
  score += (filled(lead.city) ? 1 : 0) + (filled(lead.country) ? 1 : 0) + (filled(lead.address) ? 1 : 0) + (filled(lead.companySize) ? 1 : 0);
  // Verification (15)
  score += ({ fully_verified: 15, email_verified: 10, phone_verified: 6 } as Record<string, number>)[lead.verificationStatus] ?? 0;
  // Decision maker (10)
  if (lead.isDecisionMaker) score += 10;
  // Website signals (15)
  if (lead.hasBookingKeywords) score += 3;
  score += Math.round(((lead.bookingKeywordScore ?? 0) / 10) * 4);
  if (lead.hasAppointmentForm) score += 3;
  if (lead.hasMultiLocation) score += 3;
  const services = lead.servicesCount ?? 0;
  score += services >= 5 ? 2 : services >= 1 ? 1 : 0;
  // Booking potential (10)
  score += ({ high: 10, medium: 6, low: 2 } as Record<string, number>)[lead.bookingPotential ?? ''] ?? 0;
  // Google reputation (15)
  const rating = lead.googleRating ?? null;
  if (rating !== null) score += rating >= 4.5 ? 8 : rating >= 4 ? 6 : rating >= 3.5 ? 4 : 2;
  else if (lead.hasGoogleMapsListing) score += 2;
  const reviews = lead.googleReviewCount ?? 0;
  score += reviews >= 100 ? 7 : reviews >= 50 ? 5 : reviews >= 10 ? 3 : reviews >= 1 ? 1 : 0;
  // Digital maturity (10)
  score += Math.round((lead.digitalMaturityScore ?? 0) / 10);
  return Math.max(0, Math.min(100, score));
}
