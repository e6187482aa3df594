import { describe, expect, it } from 'vitest';
import { estimateBookingPotential, estimateDigitalMaturityScore, scoreLead, tierOf, type ScoringInput } from './lead-score';

const points = (lead: ScoringInput, label: string) => scoreLead(lead).factors.find((f) => f.label === label)!.points;

describe('scoreLead', () => {
  it('gives an empty lead 0, cold, with seven factors worth 100 in all', () => {
    const result = scoreLead({});
    expect(result.score).toBe(0);
    expect(result.tier).toBe('cold');
    expect(result.factors.map((f) => [f.label, f.max])).toEqual([
      ['Completeness', 25], ['Verification', 15], ['Decision maker', 10], ['Website signals', 15],
      ['Booking potential', 10], ['Google reputation', 15], ['Digital maturity', 10],
    ]);
  });

  it('pins completeness: email 5, phone 4, website 4, contact 4, title 2, LinkedIn 2, city, country, address, size 1', () => {
    expect(points({ email: 'a@b.co' }, 'Completeness')).toBe(5);
    expect(points({ phone: '+33600000000' }, 'Completeness')).toBe(4);
    expect(points({ website: 'x.fr' }, 'Completeness')).toBe(4);
    expect(points({ contactName: 'Ann' }, 'Completeness')).toBe(4);
    expect(points({ jobTitle: 'Nurse' }, 'Completeness')).toBe(2);
    expect(points({ linkedinUrl: 'https://linkedin.com/in/a' }, 'Completeness')).toBe(2);
    expect(points({ city: 'Lyon', country: 'France', address: '1 rue', companySize: '1-10' }, 'Completeness')).toBe(4);
    expect(points({ email: ' ', phone: '' }, 'Completeness')).toBe(0);
  });

  it('pins verification and decision maker', () => {
    expect(points({ verificationStatus: 'fully_verified' }, 'Verification')).toBe(15);
    expect(points({ verificationStatus: 'email_verified' }, 'Verification')).toBe(10);
    expect(points({ verificationStatus: 'phone_verified' }, 'Verification')).toBe(6);
    expect(points({ verificationStatus: 'unverified' }, 'Verification')).toBe(0);
    expect(points({ isDecisionMaker: true }, 'Decision maker')).toBe(10);
    expect(points({ isDecisionMaker: false, jobTitle: 'Owner' }, 'Decision maker')).toBe(0);
    expect(points({ jobTitle: 'Co-founder & CEO' }, 'Decision maker')).toBe(7);
    expect(points({ jobTitle: 'Gérante' }, 'Decision maker')).toBe(7);
    expect(points({ jobTitle: 'Receptionist' }, 'Decision maker')).toBe(0);
  });

  it('pins website signals, capped at 15', () => {
    expect(points({ hasBookingKeywords: true }, 'Website signals')).toBe(3);
    expect(points({ bookingKeywordScore: 10 }, 'Website signals')).toBe(4);
    expect(points({ bookingKeywordScore: 5 }, 'Website signals')).toBe(2);
    expect(points({ hasAppointmentForm: true }, 'Website signals')).toBe(3);
    expect(points({ hasMultiLocation: true }, 'Website signals')).toBe(3);
    expect(points({ servicesCount: 5 }, 'Website signals')).toBe(2);
    expect(points({ servicesCount: 2 }, 'Website signals')).toBe(1);
    expect(points({ hasBookingKeywords: true, bookingKeywordScore: 10, hasAppointmentForm: true, hasMultiLocation: true, servicesCount: 9 }, 'Website signals')).toBe(15);
  });

  it('pins booking potential, with an estimate when research has not set it', () => {
    expect(points({ bookingPotential: 'high' }, 'Booking potential')).toBe(10);
    expect(points({ bookingPotential: 'medium' }, 'Booking potential')).toBe(6);
    expect(points({ bookingPotential: 'low' }, 'Booking potential')).toBe(2);
    expect(points({}, 'Booking potential')).toBe(0);
    expect(points({ hasAppointmentForm: true, hasOnlineBooking: false }, 'Booking potential')).toBe(10);
    expect(scoreLead({ hasAppointmentForm: true }).factors[4]!.detail).toBe('high (estimated)');
    expect(estimateBookingPotential({ hasOnlineBooking: true, hasAppointmentForm: true })).toBe('low');
    expect(estimateBookingPotential({ hasBookingKeywords: true })).toBe('medium');
    expect(estimateBookingPotential({ website: 'x.fr' })).toBeNull();
  });

  it('pins Google reputation: rating and review bands', () => {
    expect(points({ googleRating: 4.8 }, 'Google reputation')).toBe(8);
    expect(points({ googleRating: '4.20' }, 'Google reputation')).toBe(6);
    expect(points({ googleRating: 3.6 }, 'Google reputation')).toBe(4);
    expect(points({ googleRating: 2.1 }, 'Google reputation')).toBe(2);
    expect(points({ hasGoogleMapsListing: true }, 'Google reputation')).toBe(2);
    expect(points({ googleReviewCount: 150 }, 'Google reputation')).toBe(7);
    expect(points({ googleReviewCount: 50 }, 'Google reputation')).toBe(5);
    expect(points({ googleReviewCount: 10 }, 'Google reputation')).toBe(3);
    expect(points({ googleReviewCount: 1 }, 'Google reputation')).toBe(1);
    expect(points({ googleRating: 4.9, googleReviewCount: 500 }, 'Google reputation')).toBe(15);
  });

  it('pins digital maturity: stored score ÷ 10, else an estimate', () => {
    expect(points({ digitalMaturityScore: 76 }, 'Digital maturity')).toBe(8);
    expect(points({ digitalMaturityScore: 0, website: 'x.fr' }, 'Digital maturity')).toBe(0);
    expect(points({ website: 'x.fr', hasOnlineBooking: true }, 'Digital maturity')).toBe(6);
    expect(estimateDigitalMaturityScore({ website: 'x.fr', hasGoogleMapsListing: true, googleReviewCount: 12, linkedinUrl: 'l', hasOnlineBooking: true, currentBookingTool: 'Calendly' })).toBe(100);
    expect(estimateDigitalMaturityScore({})).toBeNull();
  });

  it('reaches 100 for a complete, verified, researched lead, and tiers at 70 and 40', () => {
    const full: ScoringInput = {
      email: 'a@b.co', phone: '+336', website: 'b.co', contactName: 'A', jobTitle: 'Owner', linkedinUrl: 'l', city: 'c', country: 'f', address: 'a', companySize: '1-10',
      verificationStatus: 'fully_verified', isDecisionMaker: true, hasBookingKeywords: true, bookingKeywordScore: 10, hasAppointmentForm: true, hasMultiLocation: true,
      servicesCount: 8, bookingPotential: 'high', googleRating: 4.7, googleReviewCount: 230, digitalMaturityScore: 100,
    };
    expect(scoreLead(full)).toMatchObject({ score: 100, tier: 'hot' });
    expect([tierOf(70), tierOf(69), tierOf(40), tierOf(39), tierOf(null)]).toEqual(['hot', 'warm', 'warm', 'cold', null]);
  });
});
