import { describe, expect, it } from 'vitest';
import { extractPhones } from './extract-phones';
import { parsePage } from './parse-page';

const phones = (body: string, country: string | null): string[] =>
  extractPhones(parsePage(`<html><body>${body}</body></html>`, 'https://salon.example/'), country).sort();

describe('extractPhones', () => {
  it('reads tel: links in E.164', () => {
    expect(phones('<a href="tel:+49%2030%201234567">Anrufen</a>', null)).toEqual(['+49301234567']);
    expect(phones('<a href="tel:030 1234567">Anrufen</a>', 'DE')).toEqual(['+49301234567']);
  });

  it.each([
    ['Telefon: 030 / 44 31 27 90', 'DE', '+493044312790'],
    ['Tél. 01 43 55 12 34', 'FR', '+33143551234'],
    ['Llámanos: 914 45 67 89', 'ES', '+34914456789'],
    ['Bel ons: 030 271 44 55', 'NL', '+31302714455'],
    ['Telefono 02 6900 1234', 'IT', '+390269001234'],
    ['Call (718) 555-0142 today', 'US', '+17185550142'],
    ['Ring 020 7946 0321', 'GB', '+442079460321'],
    ['+44 20 7946 0321', null, '+442079460321'],
    ['0049 30 1234567', 'DE', '+49301234567'],
    ['or call 208-555-0193', null, '+12085550193'],
  ])('reads "%s" (%s)', (text, country, expected) => {
    expect(phones(`<p>${text}</p>`, country)).toEqual([expected]);
  });

  it.each([
    ['a date', 'Stand: 01.02.2024'],
    ['opening hours', 'di t/m vr 09.00 - 18.00, za 08.30 - 16.00'],
    ['prices', 'Balayage 120 € – 160 €, Ortodoncia 2.900 €'],
    ['a fax number', 'Fax: 0711 25 36 47 11'],
    ['a VAT id', 'USt-IdNr. DE123456789'],
    ['an IBAN', 'IBAN DE89 3704 0044 0532 0130 00'],
    ['a postcode and house number', 'Hauptstraße 12, 10115 Berlin'],
  ])('ignores %s', (_what, text) => {
    expect(phones(`<p>${text}</p>`, 'DE')).toEqual([]);
  });
});
