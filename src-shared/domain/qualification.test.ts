import { describe, expect, it } from 'vitest';
import { deriveBookingPotential, deriveDigitalMaturityScore, type QualificationSignals } from './qualification';

/** A reachable http site that shows nothing at all: every factor starts at zero from here. */
const bare: QualificationSignals = {
  currentBookingTool: null,
  hasOnlineBooking: false,
  bookingKeywordScore: 0,
  hasAppointmentForm: false,
  hasContactForm: false,
  hasPhoneOnly: false,
  hasPricing: false,
  hasGallery: false,
  hasReviews: false,
  multiLocation: false,
  servicesCount: 0,
  hasWeekendHours: false,
  languageSupport: ['en'],
  emails: [],
  socialProfiles: [],
  localBusiness: null,
  finalUrl: 'http://salon.example/',
  ok: true,
};
const potential = (overrides: Partial<QualificationSignals>) => deriveBookingPotential({ ...bare, ...overrides });
const maturity = (overrides: Partial<QualificationSignals>) => deriveDigitalMaturityScore({ ...bare, ...overrides });

describe('deriveBookingPotential', () => {
  it('starts at zero and low', () => {
    expect(potential({})).toEqual({ potential: 'low', score: 0, factors: [] });
  });

  it.each([
    [{ currentBookingTool: 'calendly', hasOnlineBooking: true }, -10],
    [{ bookingKeywordScore: 1 }, 0],
    [{ bookingKeywordScore: 5 }, 2],
    [{ bookingKeywordScore: 10 }, 5],
    [{ hasPhoneOnly: true }, 3],
    [{ hasAppointmentForm: true }, 2],
    [{ servicesCount: 4 }, 0],
    [{ servicesCount: 5 }, 1],
    [{ servicesCount: 15 }, 2],
    [{ multiLocation: true }, 1],
    [{ hasWeekendHours: true }, 1],
  ] as Array<[Partial<QualificationSignals>, number]>)('%o is worth %i points', (signals, points) => {
    expect(potential(signals).score).toBe(points);
  });

  it('explains itself with labelled factors', () => {
    expect(potential({ hasPhoneOnly: true, bookingKeywordScore: 6 }).factors).toEqual([
      { label: 'Talks about bookings (keyword score 6/10)', points: 3 },
      { label: 'Phone is the only way to book', points: 3 },
    ]);
  });

  it('rates a phone-only business that talks about appointments high', () => {
    expect(potential({ hasPhoneOnly: true, bookingKeywordScore: 6 }).potential).toBe('high');
  });

  it('rates a business that already uses a booking tool low, whatever else it shows', () => {
    const result = potential({
      currentBookingTool: 'fresha',
      hasOnlineBooking: true,
      bookingKeywordScore: 10,
      servicesCount: 20,
      multiLocation: true,
      hasWeekendHours: true,
    });
    expect(result.potential).toBe('low');
    expect(result.factors[0]).toEqual({ label: 'Already books online (fresha)', points: -10 });
  });

  it('bands the score: 3 is medium, 6 is high', () => {
    expect(potential({ hasPhoneOnly: true }).potential).toBe('medium');
    expect(potential({ hasAppointmentForm: true }).potential).toBe('low');
    expect(potential({ hasAppointmentForm: true, bookingKeywordScore: 2 }).potential).toBe('medium');
    expect(potential({ hasAppointmentForm: true, bookingKeywordScore: 8 }).potential).toBe('high');
  });

  it('says low, and why, when the site could not be analysed', () => {
    expect(potential({ ok: false, hasPhoneOnly: true })).toEqual({
      potential: 'low',
      score: 0,
      factors: [{ label: 'Website could not be analysed', points: 0 }],
    });
  });
});

describe('deriveDigitalMaturityScore', () => {
  it('gives 10 for a reachable site with nothing on it', () => {
    expect(maturity({})).toEqual({ score: 10, factors: [{ label: 'Website reachable', points: 10 }] });
  });

  it.each([
    [{ finalUrl: 'https://salon.example/' }, 5],
    [{ currentBookingTool: 'setmore', hasOnlineBooking: true }, 25],
    [{ hasAppointmentForm: true }, 10],
    [{ hasAppointmentForm: true, currentBookingTool: 'setmore', hasOnlineBooking: true }, 25],
    [{ hasContactForm: true }, 10],
    [{ emails: ['a@b.de'] }, 5],
    [{ localBusiness: { name: 'Salon' } }, 10],
    [{ hasReviews: true }, 10],
    [{ socialProfiles: [1] }, 5],
    [{ socialProfiles: [1, 2] }, 5],
    [{ socialProfiles: [1, 2, 3] }, 10],
    [{ hasPricing: true }, 5],
    [{ hasGallery: true }, 5],
    [{ languageSupport: ['de', 'en'] }, 5],
    [{ hasPhoneOnly: true }, -10],
  ] as Array<[Partial<QualificationSignals>, number]>)('%o adds %i', (signals, points) => {
    expect(maturity(signals).score - 10).toBe(points);
  });

  it('reaches exactly 100 with everything and never goes below 0', () => {
    const all = maturity({
      finalUrl: 'https://salon.example/',
      currentBookingTool: 'calendly',
      hasOnlineBooking: true,
      hasContactForm: true,
      emails: ['a@b.de'],
      localBusiness: {},
      hasReviews: true,
      socialProfiles: [1, 2, 3],
      hasPricing: true,
      hasGallery: true,
      languageSupport: ['de', 'en'],
    });
    expect(all.score).toBe(100);
    expect(all.factors.reduce((s, f) => s + f.points, 0)).toBe(100);
    expect(maturity({ hasPhoneOnly: true, ok: true }).score).toBe(0);
    expect(maturity({ ok: false }).score).toBe(0);
  });
});
