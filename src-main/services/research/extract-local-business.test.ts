import { describe, expect, it } from 'vitest';
import { extractStructuredData, parseLenient } from './extract-local-business';
import { parsePage } from './parse-page';

const data = (...scripts: string[]) =>
  extractStructuredData(
    parsePage(
      `<html><head>${scripts.map((s) => `<script type="application/ld+json">${s}</script>`).join('')}</head><body></body></html>`,
      'https://salon.example/',
    ),
  );

describe('extractStructuredData', () => {
  it('reads a LocalBusiness subtype with address, phone, price range and rating', () => {
    const { businesses, hasAggregateRating } = data(
      JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'Dentist',
        name: 'Bright Smile Dental',
        telephone: '+1 512 555 0187',
        priceRange: '$$',
        address: {
          '@type': 'PostalAddress',
          streetAddress: '4801 Burnet Rd',
          postalCode: '78756',
          addressLocality: 'Austin',
          addressCountry: 'US',
        },
        aggregateRating: { '@type': 'AggregateRating', ratingValue: '4,8', reviewCount: '1.234' },
      }),
    );
    expect(hasAggregateRating).toBe(true);
    expect(businesses).toEqual([
      {
        type: 'Dentist',
        name: 'Bright Smile Dental',
        address: '4801 Burnet Rd, 78756 Austin, US',
        telephone: '+1 512 555 0187',
        priceRange: '$$',
        aggregateRating: { ratingValue: 4.8, reviewCount: 1234 },
        country: 'US',
        weekendHours: null,
      },
    ]);
  });

  it('finds businesses in @graph, arrays, type arrays and nested nodes', () => {
    const found = data(
      JSON.stringify({ '@graph': [{ '@type': 'WebSite' }, { '@type': ['HairSalon', 'LocalBusiness'], name: 'A' }] }),
      JSON.stringify([{ '@type': 'BreadcrumbList' }, { '@type': 'Restaurant', name: 'B' }]),
      JSON.stringify({
        '@type': 'Organization',
        department: [
          { '@type': 'schema:BeautySalon', name: 'C' },
          { '@type': 'http://schema.org/DaySpa', name: 'D' },
        ],
      }),
    ).businesses.map((b) => b.name);
    expect(found).toEqual(['A', 'B', 'C', 'D']);
  });

  it('ignores types that are not local businesses', () => {
    expect(
      data(JSON.stringify({ '@type': 'Organization', name: 'X' }), JSON.stringify({ '@type': 'Product', name: 'Y' })).businesses,
    ).toEqual([]);
  });

  it('survives the usual hand-written damage', () => {
    expect(parseLenient('{"@type": "Plumber", "name": "Ace",}')).toEqual({ '@type': 'Plumber', name: 'Ace' });
    expect(parseLenient('<!--\n{"@type": "Plumber",\n "name": "Line\nbreak"}\n-->')).toEqual({ '@type': 'Plumber', name: 'Line break' });
    expect(parseLenient('{"@type": "A"}{"@type": "B"}')).toEqual([{ '@type': 'A' }, { '@type': 'B' }]);
    expect(parseLenient('{not json at all')).toBeNull();
    expect(data('{"@type": "Bakery", "name": "Kaputt",}').businesses[0]?.name).toBe('Kaputt');
  });

  it('reads weekend opening hours from the markup', () => {
    const [business] = data(JSON.stringify({ '@type': 'HairSalon', openingHours: ['Tu-Fr 09:00-18:00', 'Sa 09:00-14:00'] })).businesses;
    expect(business?.weekendHours).toContain('Sa 09:00-14:00');
  });
});
