import { describe, expect, it } from 'vitest';
import { deriveCompanyDomain, splitContactName } from './name-parts';

describe('splitContactName', () => {
  const cases: [string | null, { firstName?: string; lastName?: string }][] = [
    ['Anna Weber', { firstName: 'Anna', lastName: 'Weber' }],
    ['  Anna   Maria  Weber ', { firstName: 'Anna', lastName: 'Weber' }],
    ['Dr. Anna Weber', { firstName: 'Anna', lastName: 'Weber' }],
    ['Prof. Dr. Hans Müller', { firstName: 'Hans', lastName: 'Müller' }],
    ['Mr John Smith', { firstName: 'John', lastName: 'Smith' }],
    ['Mme Claire Dubois', { firstName: 'Claire', lastName: 'Dubois' }],
    ['M. Jean Dupont', { firstName: 'Jean', lastName: 'Dupont' }],
    ['Herr Müller', { lastName: 'Müller' }],
    ['Dr. Smith', { lastName: 'Smith' }],
    ['JOHN SMITH', { firstName: 'John', lastName: 'Smith' }],
    ['JEAN-PIERRE DUPONT', { firstName: 'Jean-Pierre', lastName: 'Dupont' }],
    ["SEAN O'NEIL", { firstName: 'Sean', lastName: "O'Neil" }],
    ['john smith', { firstName: 'John', lastName: 'Smith' }],
    ['Ronald McDonald', { firstName: 'Ronald', lastName: 'McDonald' }],
    ['Weber, Anna', { firstName: 'Anna', lastName: 'Weber' }],
    ['Anna Weber, PhD', { firstName: 'Anna', lastName: 'Weber' }],
    ['John Smith Jr.', { firstName: 'John', lastName: 'Smith' }],
    ['Robert "Bob" Smith', { firstName: 'Robert', lastName: 'Smith' }],
    ['J. Smith', { lastName: 'Smith' }],
    ['Madonna', { firstName: 'Madonna' }],
    ['ÉLODIE Bernard', { firstName: 'Élodie', lastName: 'Bernard' }],
    ['محمد علي', { firstName: 'محمد', lastName: 'علي' }],
    ['山田太郎', { firstName: '山田太郎' }],
    ['info@acme.com', {}],
    ['Info', {}],
    ['Sales Team', {}],
    ['Dr.', {}],
    ['', {}],
    [null, {}],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => {
      expect(splitContactName(input)).toEqual(expected);
    });
  }
});

describe('deriveCompanyDomain', () => {
  it('takes the website host without www, path or port', () => {
    expect(deriveCompanyDomain('https://www.Acme-Dental.co.uk/about?x=1', null)).toBe('acme-dental.co.uk');
    expect(deriveCompanyDomain('acme.com:8080', null)).toBe('acme.com');
    expect(deriveCompanyDomain('shop.acme.com/', null)).toBe('shop.acme.com');
  });

  it("falls back to the email's domain unless it is a free-mail provider", () => {
    expect(deriveCompanyDomain(null, 'anna@acme.de')).toBe('acme.de');
    expect(deriveCompanyDomain('', 'anna@gmail.com')).toBeUndefined();
    expect(deriveCompanyDomain('not a url', 'anna@acme.de')).toBe('acme.de');
    expect(deriveCompanyDomain(null, null)).toBeUndefined();
  });
});
