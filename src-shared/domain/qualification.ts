/**
 * Lead qualification from a website analysis: how promising a lead is for a booking-tool pitch
 * (`bookingPotential`) and how digitally mature the business looks (`digitalMaturityScore`).
 * Pure functions over plain data, shared by the main process (which stores the results on the
 * lead) and the renderer (which explains them): every result carries the factors behind it.
 *
 * The signals are a subset of the analyser's SiteAnalysis, so an analysis can be passed as is.
 */

export type BookingPotential = 'low' | 'medium' | 'high';

export interface QualificationSignals {
  /** Rule id of the booking tool in use ("calendly"), or null. */
  currentBookingTool: string | null;
  hasOnlineBooking: boolean;
  /** 0–10, how much the site talks about appointments and bookings. */
  bookingKeywordScore: number;
  hasAppointmentForm: boolean;
  hasContactForm: boolean;
  hasPhoneOnly: boolean;
  hasPricing: boolean;
  hasGallery: boolean;
  hasReviews: boolean;
  multiLocation: boolean;
  servicesCount: number;
  hasWeekendHours: boolean;
  languageSupport: readonly string[];
  emails: readonly string[];
  socialProfiles: readonly unknown[];
  /** schema.org LocalBusiness markup, or null when the site has none. */
  localBusiness: unknown | null;
  /** Where the home page ended up; https or not. */
  finalUrl: string;
  /** False when the site could not be fetched: nothing else is known then. */
  ok: boolean;
}

export interface Factor {
  label: string;
  points: number;
}

export interface BookingPotentialResult {
  potential: BookingPotential;
  /** Sum of the factors' points, before banding. */
  score: number;
  factors: Factor[];
}

export interface DigitalMaturityResult {
  /** 0–100: the factors' points, clamped. */
  score: number;
  factors: Factor[];
}

/**
 * Booking potential: would this business gain from (and buy) online booking?
 *
 * | factor                                                  | points          |
 * | ------------------------------------------------------- | --------------- |
 * | already uses a booking tool                              | −10 (→ low)     |
 * | talks about bookings: bookingKeywordScore k              | ⌊k / 2⌋ (0–5)   |
 * | phone is the only way in (no form, e-mail or tool)       | +3              |
 * | takes appointment requests by form, by hand              | +2              |
 * | many services to book: ≥ 5 / ≥ 15                        | +1 / +2         |
 * | several locations to schedule                            | +1              |
 * | open at weekends (busy appointment days)                 | +1              |
 *
 * Bands: score ≥ 6 high, ≥ 3 medium, otherwise low. A business with no online booking that
 * talks about appointments or can only be phoned is the best pitch; one already on a tool is not.
 * An unreachable site gives low, with the reason as its one factor.
 */
export function deriveBookingPotential(signals: QualificationSignals): BookingPotentialResult {
  if (!signals.ok) return { potential: 'low', score: 0, factors: [{ label: 'Website could not be analysed', points: 0 }] };
  const factors: Factor[] = [];
  const add = (label: string, points: number): void => {
    if (points !== 0) factors.push({ label, points });
  };
  if (signals.hasOnlineBooking || signals.currentBookingTool) {
    add(`Already books online${signals.currentBookingTool ? ` (${signals.currentBookingTool})` : ''}`, -10);
  }
  add(`Talks about bookings (keyword score ${signals.bookingKeywordScore}/10)`, Math.floor(clamp(signals.bookingKeywordScore, 0, 10) / 2));
  if (signals.hasPhoneOnly) add('Phone is the only way to book', 3);
  if (signals.hasAppointmentForm && !signals.hasOnlineBooking) add('Takes appointment requests by form', 2);
  if (signals.servicesCount >= 15) add(`${signals.servicesCount} services to book`, 2);
  else if (signals.servicesCount >= 5) add(`${signals.servicesCount} services to book`, 1);
  if (signals.multiLocation) add('Several locations', 1);
  if (signals.hasWeekendHours) add('Open at weekends', 1);
  const score = sum(factors);
  const potential: BookingPotential = score >= 6 ? 'high' : score >= 3 ? 'medium' : 'low';
  return { potential, score, factors };
}

/**
 * Digital maturity, 0–100: how much of the web's toolbox the business already uses.
 *
 * | factor                                         | points |
 * | ---------------------------------------------- | ------ |
 * | website reachable                              | 10     |
 * | served over https                              | 5      |
 * | online booking tool                            | 25     |
 * | … or else an appointment request form          | 10     |
 * | contact form                                   | 10     |
 * | e-mail address published                       | 5      |
 * | schema.org LocalBusiness markup                | 10     |
 * | reviews shown                                  | 10     |
 * | social profiles: 1–2 / 3 or more               | 5 / 10 |
 * | prices published                               | 5      |
 * | photo gallery                                  | 5      |
 * | more than one language                         | 5      |
 * | phone is the only way in                       | −10    |
 *
 * The positive factors add up to exactly 100; the result is clamped to 0–100.
 */
export function deriveDigitalMaturityScore(signals: QualificationSignals): DigitalMaturityResult {
  if (!signals.ok) return { score: 0, factors: [{ label: 'Website could not be analysed', points: 0 }] };
  const factors: Factor[] = [];
  const add = (when: boolean, label: string, points: number): void => {
    if (when) factors.push({ label, points });
  };
  add(true, 'Website reachable', 10);
  add(/^https:/i.test(signals.finalUrl), 'Served over https', 5);
  const books = signals.hasOnlineBooking || signals.currentBookingTool !== null;
  add(books, 'Online booking', 25);
  add(!books && signals.hasAppointmentForm, 'Appointment request form', 10);
  add(signals.hasContactForm, 'Contact form', 10);
  add(signals.emails.length > 0, 'E-mail address published', 5);
  add(signals.localBusiness !== null, 'Structured business data (schema.org)', 10);
  add(signals.hasReviews, 'Shows reviews', 10);
  const socials = signals.socialProfiles.length;
  add(socials >= 3, `${socials} social profiles`, 10);
  add(socials >= 1 && socials < 3, `${socials} social profile${socials === 1 ? '' : 's'}`, 5);
  add(signals.hasPricing, 'Prices published', 5);
  add(signals.hasGallery, 'Photo gallery', 5);
  add(signals.languageSupport.length > 1, `${signals.languageSupport.length} languages`, 5);
  add(signals.hasPhoneOnly, 'Phone is the only way in', -10);
  return { score: clamp(sum(factors), 0, 100), factors };
}

function sum(factors: Factor[]): number {
  return factors.reduce((total, f) => total + f.points, 0);
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}
