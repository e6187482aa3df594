import { describe, expect, it } from 'vitest';
import { findWeekendHours, schemaWeekendHours } from './detect-weekend-hours';

const find = (text: string): string | null => findWeekendHours(text.toLowerCase().replace(/\s+/g, ' '));

describe('findWeekendHours', () => {
  it.each([
    'Sat 9–13',
    'Saturday: 9am – 1pm',
    'Sat & Sun 8:00 am – 6:00 pm',
    'Mon–Sat 9:00–18:00',
    'Fri – Sun 10:00 - 22:00',
    'Samstag 9:00 – 13:00 Uhr',
    'Mo - Sa: 8:00 - 20:00',
    'Sa 09:00 – 15:00 Uhr',
    'Mittwoch bis Samstag 11:30 – 14:00',
    'samedi : 9h - 18h',
    'Du mardi au samedi de 9h à 19h',
    'Sam. 9h00-12h00',
    'Sábados de 10:00 a 14:00',
    'Lunes a sábado 10:00 - 21:00',
    'za 09.00 - 17.00 uur',
    'zaterdag 9:00 tot 16:00',
    'Sabato dalle 9 alle 13',
    'Lun - Sab 12:30 - 15:00',
    'Open 7 days a week',
    'Urgences 7j/7',
  ])('finds %s', (text) => {
    expect(find(text)).not.toBeNull();
  });

  it.each([
    'Mo–Fr 8–18 Uhr, Sa geschlossen',
    'Samstag: nach Vereinbarung',
    'Saturday – Sunday: Closed',
    'Monday – Friday 9:00 – 17:00',
    'lundi au vendredi 8h00 – 20h00, samedi fermé',
    'Lunes a viernes 9:30 - 14:00',
    'ma t/m vr 08.00 - 17.00',
    'Lunedì - Venerdì 9:00 - 13:00',
    'Sa, So und Feiertage geschlossen',
  ])('does not find %s', (text) => {
    expect(find(text)).toBeNull();
  });
});

describe('schemaWeekendHours', () => {
  it('reads openingHoursSpecification with full or URL day names', () => {
    expect(
      schemaWeekendHours({
        openingHoursSpecification: [
          { dayOfWeek: ['Monday'], opens: '09:00', closes: '18:00' },
          { dayOfWeek: 'https://schema.org/Saturday', opens: '09:00', closes: '13:00' },
        ],
      }),
    ).toContain('saturday');
  });

  it('treats 00:00–00:00 as closed', () => {
    expect(schemaWeekendHours({ openingHoursSpecification: { dayOfWeek: 'Sunday', opens: '00:00', closes: '00:00' } })).toBeNull();
  });

  it('reads openingHours day ranges and lists', () => {
    expect(schemaWeekendHours({ openingHours: 'Mo-Sa 09:00-18:00' })).not.toBeNull();
    expect(schemaWeekendHours({ openingHours: ['Mo,Tu,We,Th,Fr 09:00-17:00', 'Su 10:00-14:00'] })).not.toBeNull();
    expect(schemaWeekendHours({ openingHours: 'Mo-Fr 09:00-17:00' })).toBeNull();
  });
});
