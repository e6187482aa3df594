import { describe, expect, it } from 'vitest';
import { countryCode, inferRecipientTimeZone, normalisePlaceName, zoneForLead } from './recipient-time-zone';
import { isValidTimeZone } from './local-time';
import { MULTI_ZONE_COUNTRIES, SINGLE_ZONE_COUNTRIES } from './time-zone-data';

const zoneOf = (country: string | null, city?: string | null, region?: string | null) =>
  inferRecipientTimeZone({ country, city, region }, 'Europe/Paris');

describe('country names', () => {
  it.each([
    ['France', 'FR'],
    ['FR', 'FR'],
    ['fr', 'FR'],
    ['Deutschland', 'DE'],
    ['Allemagne', 'DE'],
    ['Alemania', 'DE'],
    ['germany', 'DE'],
    ['United States', 'US'],
    ['USA', 'US'],
    ['U.S.A.', 'US'],
    ['États-Unis', 'US'],
    ['Estados Unidos', 'US'],
    ['Vereinigte Staaten', 'US'],
    ['UK', 'GB'],
    ['United Kingdom', 'GB'],
    ['Royaume-Uni', 'GB'],
    ['England', 'GB'],
    ['Großbritannien', 'GB'],
    ['Reino Unido', 'GB'],
    ['España', 'ES'],
    ['Espagne', 'ES'],
    ['Spanien', 'ES'],
    ['Suisse', 'CH'],
    ['Schweiz', 'CH'],
    ['The Netherlands', 'NL'],
    ['Pays-Bas', 'NL'],
    ['Brasil', 'BR'],
    ['México', 'MX'],
    ['Kanada', 'CA'],
    ['Australie', 'AU'],
    ['New Zealand', 'NZ'],
    ['Côte d’Ivoire', 'CI'],
    ['  belgique ', 'BE'],
  ])('%s → %s', (name, code) => expect(countryCode(name)).toBe(code));
  it('returns null for unknown or empty input', () => {
    expect(countryCode('Atlantis')).toBeNull();
    expect(countryCode('')).toBeNull();
    expect(countryCode(null)).toBeNull();
  });
  it('normalises accents and punctuation', () => {
    expect(normalisePlaceName('  Saint-Étienne ')).toBe('saint etienne');
    expect(normalisePlaceName('U.S.A.')).toBe('u s a');
  });
});

describe('single-zone countries', () => {
  it('map straight to their zone', () => {
    expect(zoneOf('France', 'Lyon')).toEqual({ zone: 'Europe/Paris', confidence: 'exact', reason: 'country France' });
    expect(zoneOf('DE').zone).toBe('Europe/Berlin');
    expect(zoneOf('Ireland').zone).toBe('Europe/Dublin');
    expect(zoneOf('Colombia').zone).toBe('America/Bogota');
    expect(zoneOf('argentina', 'Córdoba').zone).toBe('America/Argentina/Buenos_Aires');
  });
  it('cover all of Europe', () => {
    for (const code of [
      'AT',
      'BE',
      'BG',
      'HR',
      'CY',
      'CZ',
      'DK',
      'EE',
      'FI',
      'FR',
      'DE',
      'GR',
      'HU',
      'IE',
      'IT',
      'LV',
      'LT',
      'LU',
      'MT',
      'NL',
      'PL',
      'RO',
      'SK',
      'SI',
      'SE',
      'GB',
      'CH',
      'NO',
      'IS',
      'LI',
      'AL',
      'BA',
      'ME',
      'MK',
      'RS',
      'MD',
      'UA',
      'BY',
      'AD',
      'MC',
      'SM',
      'VA',
    ])
      expect(zoneOf(code).confidence, code).toBe('exact');
    expect(zoneOf('Spain').zone).toBe('Europe/Madrid');
    expect(zoneOf('Portugal').zone).toBe('Europe/Lisbon');
  });
  it('name only zones this runtime knows', () => {
    for (const zone of Object.values(SINGLE_ZONE_COUNTRIES)) expect(isValidTimeZone(zone), zone).toBe(true);
    for (const c of Object.values(MULTI_ZONE_COUNTRIES))
      for (const zone of [c.zone, ...Object.keys(c.cities), ...Object.keys(c.regions ?? {})])
        expect(isValidTimeZone(zone), zone).toBe(true);
  });
});

describe('multi-zone countries', () => {
  it('use the city when known', () => {
    expect(zoneOf('United States', 'Denver')).toMatchObject({ zone: 'America/Denver', confidence: 'exact' });
    expect(zoneOf('USA', 'San Francisco').zone).toBe('America/Los_Angeles');
    expect(zoneOf('us', 'CHICAGO').zone).toBe('America/Chicago');
    expect(zoneOf('US', 'Phoenix').zone).toBe('America/Phoenix');
    expect(zoneOf('Canada', 'Montréal').zone).toBe('America/Toronto');
    expect(zoneOf('Canada', 'Vancouver').zone).toBe('America/Vancouver');
    expect(zoneOf('Australia', 'Perth').zone).toBe('Australia/Perth');
    expect(zoneOf('Australia', 'Brisbane').zone).toBe('Australia/Brisbane');
    expect(zoneOf('Brazil', 'Manaus').zone).toBe('America/Manaus');
    expect(zoneOf('Mexico', 'Tijuana').zone).toBe('America/Tijuana');
    expect(zoneOf('Mexico', 'Cancún').zone).toBe('America/Cancun');
    expect(zoneOf('Russia', 'Novosibirsk').zone).toBe('Asia/Novosibirsk');
    expect(zoneOf('Indonesia', 'Denpasar').zone).toBe('Asia/Makassar');
    expect(zoneOf('Spain', 'Las Palmas de Gran Canaria').zone).toBe('Atlantic/Canary');
  });
  it('use the state or region, from a field or after a comma in the city', () => {
    expect(zoneOf('US', 'Smallville', 'Kansas')).toMatchObject({
      zone: 'America/Chicago',
      confidence: 'exact',
      reason: 'region KANSAS (United States)',
    });
    expect(zoneOf('US', 'Springfield, OR').zone).toBe('America/Los_Angeles');
    expect(zoneOf('US', 'Portland, ME').zone).toBe('America/New_York');
    expect(zoneOf('US', 'Portland').zone).toBe('America/Los_Angeles');
    expect(zoneOf('US', 'El Paso, TX').zone).toBe('America/Denver');
    expect(zoneOf('US', 'Austin, TX').zone).toBe('America/Chicago');
    expect(zoneOf('Canada', 'Anytown', 'AB').zone).toBe('America/Edmonton');
    expect(zoneOf('Australia', 'Nowhere', 'QLD').zone).toBe('Australia/Brisbane');
  });
  it("fall back to the country's most populous zone, flagged", () => {
    expect(zoneOf('United States', 'Tiny Creek')).toMatchObject({ zone: 'America/New_York', confidence: 'country' });
    expect(zoneOf('Australia')).toMatchObject({ zone: 'Australia/Sydney', confidence: 'country' });
    expect(zoneOf('Brazil').zone).toBe('America/Sao_Paulo');
    expect(zoneOf('Russia').zone).toBe('Europe/Moscow');
    expect(zoneOf('Canada').zone).toBe('America/Toronto');
  });
});

describe('without a usable country', () => {
  it('guesses from a well-known city', () => {
    expect(zoneOf(null, 'London')).toMatchObject({ zone: 'Europe/London', confidence: 'country' });
    expect(zoneOf('', 'Chicago').zone).toBe('America/Chicago');
    expect(zoneOf(null, 'München').zone).toBe('Europe/Berlin');
  });
  it("uses the campaign's zone otherwise", () => {
    expect(zoneOf(null, null)).toEqual({ zone: 'Europe/Paris', confidence: 'fallback', reason: "no country: the campaign's zone" });
    expect(zoneOf('Narnia', 'Cair Paravel')).toMatchObject({ zone: 'Europe/Paris', confidence: 'fallback' });
  });
});

describe('zoneForLead', () => {
  it('uses the fixed zone or the recipient zone', () => {
    expect(zoneForLead({ kind: 'fixed', zone: 'Europe/Berlin' }, 'America/Denver', 'Europe/Paris')).toBe('Europe/Berlin');
    expect(zoneForLead({ kind: 'recipient' }, 'America/Denver', 'Europe/Paris')).toBe('America/Denver');
    expect(zoneForLead({ kind: 'recipient' }, null, 'Europe/Paris')).toBe('Europe/Paris');
  });
});
