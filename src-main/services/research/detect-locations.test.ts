import { describe, expect, it } from 'vitest';
import { addressKey, detectLocations } from './detect-locations';
import { parsePage } from './parse-page';

const locations = (body: string, url = 'https://salon.example/') => detectLocations(parsePage(`<html><body>${body}</body></html>`, url));

describe('detectLocations', () => {
  it('keys addresses by postcode, so two spellings of one address are one', () => {
    expect(addressKey('Nordstraße 30, 40477 Düsseldorf')).toBe(addressKey('Nordstr. 30\n40477 Düsseldorf-Pempelfort'));
    expect(addressKey('3 Narrow Quay, Bristol BS1 4QA')).toBe('bs14qa');
    expect(
      locations('<address>Oudedijk 200<br>3061 AP Rotterdam</address><address>Broersvest 15<br>3111 EE Schiedam</address>').addressKeys,
    ).toEqual(['3061ap', '3111ee']);
  });

  it('finds a page or link listing several branches, in our languages', () => {
    expect(locations('<a href="/standorte/">Standorte</a>').locationsPage).toBe('link to "standorte"');
    expect(locations('<a href="/nos-salons">Nos salons</a>').locationsPage).toBe('link to "nos salons"');
    expect(locations('<h1>Vestigingen</h1>', 'https://tandarts.example/vestigingen/').locationsPage).toBe('"vestigingen" page');
  });

  it('does not take a single "location" or directions page for several', () => {
    expect(locations('<a href="/location">Location</a> <a href="/anfahrt">Anfahrt</a>').locationsPage).toBeNull();
  });
});
