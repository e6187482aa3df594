import { describe, expect, it } from 'vitest';
import { countBookingKeywords, scoreBookingKeywords } from './score-booking-keywords';

const score = (text: string): number => scoreBookingKeywords(countBookingKeywords(text.toLowerCase()));

describe('booking keywords', () => {
  it.each([
    ['en', 'Book now or book an appointment online'],
    ['de', 'Jetzt Termin buchen oder Termin vereinbaren'],
    ['fr', 'Prendre rendez-vous ou réserver en ligne'],
    ['es', 'Reservar cita o pedir cita por teléfono'],
    ['nl', 'Afspraak maken of online boeken'],
    ['it', 'Prenota ora o prenota online'],
  ])('scores strong phrases in %s', (_lang, text) => {
    expect(score(text)).toBe(4);
  });

  it('takes the longest phrase, not the words inside it', () => {
    expect([...countBookingKeywords('termin buchen')]).toEqual([['termin buchen', 1]]);
  });

  it('matches whole words only', () => {
    expect(score('Follow us on Facebook. Our bookkeeper keeps the books. Terminal 2.')).toBe(0);
  });

  it('counts a keyword at most three times', () => {
    expect(score('book now '.repeat(20))).toBe(6);
  });

  it('never goes past 10', () => {
    expect(score('book now book online termin buchen prendre rendez-vous pedir cita afspraak maken prenota ora '.repeat(3))).toBe(10);
  });
});
