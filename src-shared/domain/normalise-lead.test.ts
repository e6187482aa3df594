import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from './column-mapping';
import {
  countryCode,
  createLeadNormaliser,
  dedupeKeys,
  missingRequiredFields,
  normaliseCompanyName,
  normaliseLeadRow,
  normaliseWebsite,
  readNumber,
  readPhone,
  type LeadDefaults,
  type NormalisedLead,
  type NormaliseResult,
} from './normalise-lead';

const defaults: LeadDefaults = { source: 'manual', industry: 'Dentists' };

/** Normalises one row given as { header: value }; every header maps as `mapping` says, else to custom. */
function normalise(row: Record<string, string>, mapping: ColumnMapping, rowDefaults: LeadDefaults = defaults): NormaliseResult {
  const headers = Object.keys(row);
  const full = Object.fromEntries(headers.map((h) => [h, mapping[h] ?? 'custom'])) as ColumnMapping;
  return createLeadNormaliser(headers, full, rowDefaults)(Object.values(row));
}

function lead(row: Record<string, string>, mapping: ColumnMapping, rowDefaults?: LeadDefaults): NormalisedLead {
  const result = normalise(row, { Company: 'companyName', ...mapping }, rowDefaults);
  if (!result.ok) throw new Error(`row failed: ${JSON.stringify(result.errors)}`);
  return result.lead;
}

const errors = (result: NormaliseResult) => (result.ok ? [] : result.errors);

describe('normaliseLeadRow: text', () => {
  it('trims, collapses inner whitespace and drops control characters; notes keep their lines', () => {
    const l = lead(
      { Company: '  Acme\u00a0 Widgets \t Ltd ', City: 'São\u200b Paulo\u0000', Notes: ' Line one  \r\n\r\n\r\n\r\nLine  two ' },
      { City: 'city', Notes: 'notes' },
    );
    expect(l.companyName).toBe('Acme Widgets Ltd');
    expect(l.city).toBe('São Paulo');
    expect(l.notes).toBe('Line one\n\nLine two');
  });

  it('reads placeholders as empty, not as values or errors', () => {
    const l = lead(
      { Company: 'Acme', Email: 'N/A', Phone: '-', City: '#N/A', Website: 'none' },
      {
        Email: 'email',
        Phone: 'phone',
        City: 'city',
        Website: 'website',
      },
    );
    expect([l.email, l.phone, l.city, l.website]).toEqual([null, null, null, null]);
    expect(l.warnings).toEqual([]);
  });

  it('cuts text past its column size with a warning naming the column', () => {
    const l = lead({ Company: 'A'.repeat(300), 'Job Title': 'CEO' }, { 'Job Title': 'jobTitle' });
    expect(l.companyName).toHaveLength(255);
    expect(l.warnings).toEqual([{ column: 'Company', reason: 'Company name was cut to 255 characters.' }]);
  });

  it('keeps unmapped columns in customFields, trimmed, and drops ignored ones', () => {
    const l = lead({ Company: 'Acme', Colour: '  blue  ', Secret: 'x', Empty: '  ' }, { Secret: 'ignore' });
    expect(l.customFields).toEqual({ Colour: 'blue' });
  });

  it('takes the leftmost non-empty of several columns mapped to one field and keeps the others', () => {
    const l = lead(
      { Company: 'Acme', 'Work Phone': '', Mobile: '+33 6 12 34 56 78', Corporate: '+33 1 23 45 67 89' },
      {
        'Work Phone': 'phone',
        Mobile: 'phone',
        Corporate: 'phone',
      },
    );
    expect(l.phone).toBe('+33612345678');
    expect(l.customFields).toEqual({ Corporate: '+33 1 23 45 67 89' });
  });

  it('joins first and last name into contactName and keeps them for templates', () => {
    const l = lead({ Company: 'Acme', First: 'Jane', Last: 'Doe' }, { First: 'firstName', Last: 'lastName' });
    expect(l.contactName).toBe('Jane Doe');
    expect(l.customFields).toEqual({ First: 'Jane', Last: 'Doe' });
    expect(lead({ Company: 'Acme', Full: 'J. Doe', First: 'Jane' }, { Full: 'contactName', First: 'firstName' }).contactName).toBe(
      'J. Doe',
    );
  });
});

describe('normaliseLeadRow: email', () => {
  it('lower-cases and unwraps addresses', () => {
    const email = (value: string) => lead({ Company: 'Acme', Email: value }, { Email: 'email' }).email;
    expect(email('Jane.Doe@Acme.COM')).toBe('jane.doe@acme.com');
    expect(email('mailto:jane@acme.com')).toBe('jane@acme.com');
    expect(email('Jane Doe <jane@acme.com>')).toBe('jane@acme.com');
    expect(email('info@müller.de')).toBe('info@müller.de');
  });

  it("treats Apollo's locked-contact stand-in as no email", () => {
    expect(lead({ Company: 'Acme', Email: 'email_not_unlocked@domain.com' }, { Email: 'email' }).email).toBeNull();
  });

  it('uses the first of several addresses and keeps them all', () => {
    const l = lead({ Company: 'Acme', Email: 'a@acme.com; b@acme.com' }, { Email: 'email' });
    expect(l.email).toBe('a@acme.com');
    expect(l.customFields.Email).toBe('a@acme.com; b@acme.com');
  });

  it('fails the row for an invalid or too long address, naming the column', () => {
    for (const bad of ['jane@@acme.com', 'jane@acme', 'jane at acme.com', '@acme.com', 'jane@acme..com']) {
      expect(errors(normalise({ Company: 'Acme', 'Work Email': bad }, { Company: 'companyName', 'Work Email': 'email' }))).toEqual([
        { column: 'Work Email', reason: expect.stringContaining('not a valid email') },
      ]);
    }
    const long = `${'a'.repeat(250)}@acme.com`;
    expect(errors(normalise({ Company: 'Acme', Email: long }, { Company: 'companyName', Email: 'email' }))[0]!.reason).toContain('254');
  });
});

describe('normaliseWebsite', () => {
  it('adds https, lower-cases the host, drops tracking parameters and fragments', () => {
    expect(normaliseWebsite('WWW.Acme.COM')).toEqual({ url: 'https://www.acme.com', domain: 'acme.com' });
    expect(normaliseWebsite('http://acme.com/')).toEqual({ url: 'http://acme.com', domain: 'acme.com' });
    expect(normaliseWebsite('https://shop.acme.co.uk/about/?utm_source=gmb&utm_medium=x&id=7&fbclid=abc#team')).toEqual({
      url: 'https://shop.acme.co.uk/about/?id=7',
      domain: 'acme.co.uk',
    });
    expect(normaliseWebsite('acme.com/?gclid=1')).toEqual({ url: 'https://acme.com', domain: 'acme.com' });
    expect(normaliseWebsite('https://user:pw@Acme.com./x')).toEqual({ url: 'https://acme.com/x', domain: 'acme.com' });
    expect(normaliseWebsite('smile.wixsite.com/dental')).toEqual({ url: 'https://smile.wixsite.com/dental', domain: 'smile.wixsite.com' });
    expect(normaliseWebsite('https://müller.de')).toEqual({ url: 'https://xn--mller-kva.de', domain: 'xn--mller-kva.de' });
  });

  it('refuses what is not a web address', () => {
    for (const bad of ['mailto:jane@acme.com', 'acme', 'http://localhost:3000', 'ftp://acme.com', 'javascript:alert(1)', '-acme.com']) {
      expect(normaliseWebsite(bad), bad).toHaveProperty('error');
    }
  });

  it('fails the row for a bad website and keeps a LinkedIn URL without its query', () => {
    expect(errors(normalise({ Company: 'Acme', Site: 'not a site' }, { Company: 'companyName', Site: 'website' }))).toEqual([
      { column: 'Site', reason: '"not a site" is not a web address.' },
    ]);
    const l = lead({ Company: 'Acme', LinkedIn: 'linkedin.com/in/jane-doe/?trk=public_profile' }, { LinkedIn: 'linkedinUrl' });
    expect(l.linkedinUrl).toBe('https://linkedin.com/in/jane-doe');
  });
});

describe('phones', () => {
  it('reads national numbers by the row country, the default country, in any language', () => {
    const phone = (row: Record<string, string>, d: LeadDefaults = defaults) =>
      lead({ Company: 'Acme', ...row }, { Phone: 'phone', Country: 'country' }, d).phone;
    expect(phone({ Phone: '030 1234567', Country: 'Germany' })).toBe('+49301234567');
    expect(phone({ Phone: '030 1234567', Country: 'Deutschland' })).toBe('+49301234567');
    expect(phone({ Phone: '01 23 45 67 89', Country: 'FR' })).toBe('+33123456789');
    expect(phone({ Phone: '(415) 555-0123', Country: 'USA' })).toBe('+14155550123');
    expect(phone({ Phone: '020 7946 0018' }, { ...defaults, country: 'United Kingdom' })).toBe('+442079460018');
    expect(phone({ Phone: "'+1 512-555-0142" })).toBe('+15125550142');
  });

  it('keeps a number it cannot read as written, with a warning', () => {
    const noCountry = lead({ Company: 'Acme', Phone: '030 1234567' }, { Phone: 'phone' });
    expect(noCountry.phone).toBe('030 1234567');
    expect(noCountry.warnings[0]!.reason).toContain('No country');
    const invalid = lead({ Company: 'Acme', Phone: '12', Country: 'France' }, { Phone: 'phone', Country: 'country' });
    expect(invalid.phone).toBe('12');
    expect(invalid.warnings[0]!.reason).toContain('not a valid phone number for FR');
  });

  it('keeps extensions and second numbers in custom fields', () => {
    const ext = lead({ Company: 'Acme', Phone: '(415) 555-0123 ext. 12', Country: 'US' }, { Phone: 'phone', Country: 'country' });
    expect(ext.phone).toBe('+14155550123');
    expect(ext.customFields.Phone).toBe('(415) 555-0123 ext. 12');
    const two = lead({ Company: 'Acme', Phone: '+33 1 23 45 67 89 / +33 6 12 34 56 78' }, { Phone: 'phone' });
    expect(two.phone).toBe('+33123456789');
    expect(two.customFields.Phone).toContain('+33 6 12 34 56 78');
  });

  it('gives the same E.164 on the fast path as libphonenumber-js', () => {
    const numbers = [
      '+1 415-555-0123',
      '+1 (212) 555-0199',
      '+44 20 7946 0018',
      '+33 1 23 45 67 89',
      '+49 30 1234567',
      '+49 151 23456789',
      '+39 06 1234 5678',
      '+34 912 345 678',
      '+61 2 9876 5432',
      '+81 3-1234-5678',
      '+7 495 123-45-67',
      '+353 1 234 5678',
      '+44 (0)20 7946 0018',
      '+49 030 1234567',
      '+31 20 123 4567',
      '+41 44 668 18 00',
      '+55 11 91234-5678',
      '+1 000 000 0000',
    ];
    for (const n of numbers) {
      const expected = parsePhoneNumberFromString(n);
      const read = readPhone(n, null);
      if (expected?.isValid()) expect(read.value, n).toBe(expected.number);
      else expect(read.warning, n).toBeDefined();
    }
  });

  it('resolves country names and codes', () => {
    expect(['Germany', 'deutschland', 'DE', 'Allemagne', 'Alemania'].map(countryCode)).toEqual(['DE', 'DE', 'DE', 'DE', 'DE']);
    expect(['UK', 'England', 'United Kingdom', 'U.S.A.', 'États-Unis', 'Nowhere'].map(countryCode)).toEqual([
      'GB',
      'GB',
      'GB',
      'US',
      'US',
      null,
    ]);
  });
});

describe('numbers, yes/no, tags', () => {
  it('parses decimal commas, thousands separators and K suffixes', () => {
    expect(readNumber('4,7', false)).toBe(4.7);
    expect(readNumber('4.7', false)).toBe(4.7);
    expect(readNumber('1,234', true)).toBe(1234);
    expect(readNumber('1.234', true)).toBe(1234);
    expect(readNumber('1 234', true)).toBe(1234);
    expect(readNumber('1.234,5', false)).toBe(1234.5);
    expect(readNumber('1.2K', true)).toBe(1200);
    expect(readNumber('(312)', true)).toBe(312);
    expect(readNumber('4.5', true)).toBeNull();
    expect(readNumber('abc', false)).toBeNull();
  });

  it('fills Google fields and sends what does not parse to custom fields', () => {
    const l = lead(
      { Company: 'Acme', Rating: '4,7', Reviews: '1,204', Price: '€€', Weekend: 'Oui', Listing: 'maybe' },
      {
        Rating: 'googleRating',
        Reviews: 'googleReviewCount',
        Price: 'priceLevel',
        Weekend: 'hasWeekendHours',
        Listing: 'hasGoogleMapsListing',
      },
    );
    expect([l.googleRating, l.googleReviewCount, l.priceLevel, l.hasWeekendHours, l.hasGoogleMapsListing]).toEqual([
      4.7,
      1204,
      2,
      true,
      null,
    ]);
    expect(l.customFields).toEqual({ Listing: 'maybe' });
    expect(l.warnings).toEqual([{ column: 'Listing', reason: '"maybe" is not yes or no: kept in custom fields instead.' }]);
    expect(lead({ Company: 'Acme', Rating: '7' }, { Rating: 'googleRating' }).googleRating).toBeNull();
    expect(lead({ Company: 'Acme', Price: 'PRICE_LEVEL_EXPENSIVE' }, { Price: 'priceLevel' }).priceLevel).toBe(3);
  });

  it('splits tags on , ; and |, without duplicates, and adds the default tags', () => {
    const l = lead({ Company: 'Acme', Tags: 'vip; Dentist | vip,, Lyon' }, { Tags: 'tags' }, { ...defaults, tags: ['import-nov', 'VIP'] });
    expect(l.tags).toEqual(['vip', 'Dentist', 'Lyon', 'import-nov']);
    expect(lead({ Company: 'Acme' }, {}, { ...defaults, tags: ['a'] }).tags).toEqual(['a']);
  });
});

describe('required fields', () => {
  it('derives a missing company name from the website, else a work email domain', () => {
    const fromSite = lead({ Company: '', Site: 'https://www.brightline.co.uk/contact' }, { Site: 'website' });
    expect(fromSite.companyName).toBe('brightline.co.uk');
    expect(fromSite.warnings[0]!.reason).toContain('website domain');
    expect(lead({ Company: '', Email: 'jane@acme.io' }, { Email: 'email' }).companyName).toBe('acme.io');
    expect(errors(normalise({ Company: '', Email: 'jane@gmail.com' }, { Company: 'companyName', Email: 'email' }))).toEqual([
      { column: 'Company', reason: expect.stringContaining('Company name is missing') },
    ]);
    expect(errors(normalise({ Company: '', Site: 'facebook.com/acme' }, { Company: 'companyName', Site: 'website' }))).toHaveLength(1);
  });

  it('takes the default industry, and fails without one', () => {
    expect(lead({ Company: 'Acme' }, {}).industry).toBe('Dentists');
    expect(errors(normalise({ Company: 'Acme' }, { Company: 'companyName' }, { source: 'manual' }))).toEqual([
      { column: null, reason: expect.stringContaining('Industry is missing') },
    ]);
  });

  it('reports every error of a row at once', () => {
    expect(errors(normalise({ Company: '', Email: 'bad' }, { Company: 'companyName', Email: 'email' }, { source: 'x' }))).toHaveLength(3);
  });

  it('tells the wizard which required fields a mapping cannot fill', () => {
    expect(missingRequiredFields({ Company: 'companyName' }, { source: 'x' })).toEqual(['industry']);
    expect(missingRequiredFields({ Email: 'email', Industry: 'industry' }, { source: 'x' })).toEqual([]);
    expect(missingRequiredFields({ Name: 'contactName' }, { source: 'x', industry: 'Dentists' })).toEqual(['companyName']);
  });

  it('uses the mapped source over the default', () => {
    expect(lead({ Company: 'Acme', Source: 'Referral' }, { Source: 'source' }, { source: 'apollo', industry: 'x' }).source).toBe(
      'Referral',
    );
    expect(lead({ Company: 'Acme' }, {}, { source: 'apollo', sourceType: 'manual_import', industry: 'x' })).toMatchObject({
      source: 'apollo',
      sourceType: 'manual_import',
    });
  });
});

describe('normaliseLeadRow', () => {
  it('compiles a mapping once and follows a change of headers', () => {
    const mapping: ColumnMapping = { Company: 'companyName', Mail: 'email' };
    const first = normaliseLeadRow(['Acme', 'a@acme.com'], ['Company', 'Mail'], mapping, defaults);
    const swapped = normaliseLeadRow(['a@acme.com', 'Acme'], ['Mail', 'Company'], mapping, defaults);
    expect(first.ok && swapped.ok && first.lead.email === swapped.lead.email && first.lead.companyName === 'Acme').toBe(true);
  });
});

describe('normaliseCompanyName', () => {
  it('drops case, accents, punctuation and legal forms', () => {
    const cases: [string, string][] = [
      ['Acme, Inc.', 'acme'],
      ['ACME INC', 'acme'],
      ['Acme LLC', 'acme'],
      ['Acme Ltd.', 'acme'],
      ['Müller GmbH & Co. KG', 'muller'],
      ['Dupré S.A.R.L.', 'dupre'],
      ['Boulangerie Dupré SARL', 'boulangerie dupre'],
      ['Vélo SL', 'velo'],
      ['Bakker B.V.', 'bakker'],
      ['Rossi S.r.l.', 'rossi'],
      ['The Acme Company', 'acme'],
      ['Johnson & Johnson', 'johnson and johnson'],
      ['Inc', 'inc'],
      ['Brightline Dental Group, PLLC', 'brightline dental group pllc'],
      ['Kowalski Sp. z o.o.', 'kowalski'],
    ];
    for (const [name, expected] of cases) expect(normaliseCompanyName(name), name).toBe(expected);
  });
});

describe('dedupeKeys', () => {
  it('gives email, website domain with company name, and E.164 phone', () => {
    expect(dedupeKeys({ email: 'Jane@Acme.com', websiteDomain: 'acme.com', companyName: 'Acme, Inc.', phone: '+33123456789' })).toEqual({
      email: 'jane@acme.com',
      domainCompany: 'acme.com|acme',
      phone: '+33123456789',
    });
    expect(dedupeKeys({ email: null, websiteDomain: null, companyName: 'Acme', phone: '030 1234567' })).toEqual({});
  });
});
