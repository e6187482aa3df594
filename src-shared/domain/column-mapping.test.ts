import { describe, expect, it } from 'vitest';
import { applySavedMapping, autoMapColumns, detectImportFormat, headerSignature, normaliseHeader } from './column-mapping';

const apollo = [
  'First Name',
  'Last Name',
  'Title',
  'Company',
  'Company Name for Emails',
  'Email',
  'Email Status',
  'Seniority',
  'Departments',
  'Work Direct Phone',
  'Home Phone',
  'Mobile Phone',
  'Corporate Phone',
  'Other Phone',
  '# Employees',
  'Industry',
  'Keywords',
  'Person Linkedin Url',
  'Website',
  'Company Linkedin Url',
  'City',
  'State',
  'Country',
  'Company Address',
  'Company City',
  'Company Country',
  'Company Phone',
  'Technologies',
  'Annual Revenue',
  'Apollo Contact Id',
  'Apollo Account Id',
];
const hunter = [
  'Email address',
  'Domain name',
  'Organization',
  'Confidence score',
  'Type',
  'Number of sources',
  'Pattern',
  'First name',
  'Last name',
  'Department',
  'Position',
  'Twitter handle',
  'Linkedin URL',
  'Phone number',
  'Verification status',
];
const apifyMaps = [
  'title',
  'totalScore',
  'reviewsCount',
  'street',
  'city',
  'postalCode',
  'state',
  'countryCode',
  'website',
  'phone',
  'phoneUnformatted',
  'categoryName',
  'url',
  'placeId',
  'price',
  'permanentlyClosed',
];
const outscraper = [
  'name',
  'site',
  'subtypes',
  'category',
  'type',
  'phone',
  'full_address',
  'city',
  'postal_code',
  'country',
  'rating',
  'reviews',
  'range',
  'place_id',
  'google_id',
  'email_1',
];
const salesNav = [
  'profileUrl',
  'fullName',
  'firstName',
  'lastName',
  'companyName',
  'title',
  'companyId',
  'companyUrl',
  'regularCompanyUrl',
  'summary',
  'titleDescription',
  'industry',
  'companyLocation',
  'location',
  'durationInRole',
  'durationInCompany',
  'linkedInProfileUrl',
  'defaultProfileUrl',
  'vmid',
  'name',
];

describe('normaliseHeader', () => {
  it('ignores case, accents, spacing and punctuation', () => {
    expect(normaliseHeader(' Company_Name ')).toBe('companyname');
    expect(normaliseHeader('E-Mail')).toBe('email');
    expect(normaliseHeader('# Employees')).toBe('employees');
    expect(normaliseHeader('Téléphone')).toBe('telephone');
    expect(normaliseHeader('Компания')).toBe('компания');
  });
});

describe('detectImportFormat', () => {
  it('recognises exports by their characteristic headers', () => {
    expect(detectImportFormat(apollo)).toBe('apollo');
    expect(detectImportFormat(hunter)).toBe('hunter');
    expect(detectImportFormat(apifyMaps)).toBe('google_maps');
    expect(detectImportFormat(outscraper)).toBe('google_maps');
    expect(detectImportFormat(salesNav)).toBe('linkedin_sales_navigator');
    expect(detectImportFormat(['Company', 'Email', 'Phone', 'City'])).toBe('generic');
  });
});

describe('autoMapColumns', () => {
  it('maps the usual header names whatever their spelling', () => {
    const cases: [string, string][] = [
      ['Company', 'companyName'],
      ['Company Name', 'companyName'],
      ['Organization', 'companyName'],
      ['Account Name', 'companyName'],
      ['Business Name', 'companyName'],
      ['Website', 'website'],
      ['Company Website', 'website'],
      ['Domain', 'website'],
      ['Email', 'email'],
      ['Email Address', 'email'],
      ['Work Email', 'email'],
      ['Phone', 'phone'],
      ['Phone Number', 'phone'],
      ['Mobile Phone', 'phone'],
      ['Corporate Phone', 'phone'],
      ['Title', 'jobTitle'],
      ['Job Title', 'jobTitle'],
      ['Position', 'jobTitle'],
      ['City', 'city'],
      ['Country', 'country'],
      ['Address', 'address'],
      ['Full Address', 'address'],
      ['Industry', 'industry'],
      ['Category', 'industry'],
      ['Main Category', 'industry'],
      ['Rating', 'googleRating'],
      ['Reviews', 'googleReviewCount'],
      ['Review Count', 'googleReviewCount'],
      ['Person Linkedin Url', 'linkedinUrl'],
      ['LinkedIn', 'linkedinUrl'],
      ['# Employees', 'companySize'],
      ['First Name', 'firstName'],
      ['last_name', 'lastName'],
      ['Tags', 'tags'],
      ['Notes', 'notes'],
      ['Price Level', 'priceLevel'],
      ['Société', 'companyName'],
      ['Téléphone', 'phone'],
    ];
    for (const [header, field] of cases) expect(autoMapColumns([header, 'Something Else']).mapping[header], header).toBe(field);
  });

  it('sends unknown columns to custom fields', () => {
    expect(autoMapColumns(['Company', 'Favourite Colour']).mapping['Favourite Colour']).toBe('custom');
  });

  it('maps an Apollo export, with fallback columns for phone, city and country', () => {
    const { format, mapping } = autoMapColumns(apollo);
    expect(format).toBe('apollo');
    expect(mapping).toMatchObject({
      Company: 'companyName',
      'Company Name for Emails': 'companyName',
      Title: 'jobTitle',
      'Work Direct Phone': 'phone',
      'Mobile Phone': 'phone',
      'Corporate Phone': 'phone',
      'Home Phone': 'custom',
      'Other Phone': 'custom',
      'Person Linkedin Url': 'linkedinUrl',
      'Company Linkedin Url': 'custom',
      '# Employees': 'companySize',
      City: 'city',
      'Company City': 'city',
      Keywords: 'custom',
    });
  });

  it('reads Google-Maps scraper names as the place, not a person', () => {
    expect(autoMapColumns(apifyMaps).mapping).toMatchObject({
      title: 'companyName',
      categoryName: 'industry',
      totalScore: 'googleRating',
      reviewsCount: 'googleReviewCount',
      street: 'address',
      countryCode: 'country',
      url: 'custom',
      price: 'priceLevel',
    });
    expect(autoMapColumns(outscraper).mapping).toMatchObject({
      name: 'companyName',
      site: 'website',
      range: 'priceLevel',
      email_1: 'email',
    });
  });

  it('maps Hunter and Sales Navigator exports', () => {
    expect(autoMapColumns(hunter).mapping).toMatchObject({
      'Email address': 'email',
      'Domain name': 'website',
      Organization: 'companyName',
      Position: 'jobTitle',
      Type: 'custom',
    });
    expect(autoMapColumns(salesNav).mapping).toMatchObject({
      fullName: 'contactName',
      name: 'contactName',
      companyName: 'companyName',
      title: 'jobTitle',
      linkedInProfileUrl: 'linkedinUrl',
      profileUrl: 'custom',
      companyUrl: 'custom',
      location: 'custom',
    });
  });

  it('reads a bare "Name" as the company in a list of places, else as the contact', () => {
    expect(autoMapColumns(['Name', 'Address', 'Phone', 'Website']).mapping.Name).toBe('companyName');
    expect(autoMapColumns(['Name', 'Company', 'Email']).mapping.Name).toBe('contactName');
    expect(autoMapColumns(['Name', 'Email']).mapping.Name).toBe('contactName');
    expect(autoMapColumns(['Name', 'Job Title', 'Website']).mapping.Name).toBe('contactName');
  });
});

describe('headerSignature', () => {
  it('is the same for the same columns in any order or spelling, and differs otherwise', () => {
    const a = headerSignature(['Company Name', 'Email', 'Phone']);
    expect(headerSignature(['phone', 'EMAIL', 'company_name'])).toBe(a);
    expect(headerSignature(['Company Name', 'Email'])).not.toBe(a);
    expect(headerSignature(['Company Name', 'Email', 'Phone', 'City'])).not.toBe(a);
    expect(a).toMatch(/^h1-[0-9a-f]{14}$/);
  });
});

describe('applySavedMapping', () => {
  it('applies a saved mapping by normalised header and maps new headers automatically', () => {
    const saved = { 'Company Name': 'ignore', Email: 'email', Phone: 'custom' } as const;
    expect(applySavedMapping(['company_name', 'EMAIL', 'Phone', 'City'], saved)).toEqual({
      company_name: 'ignore',
      EMAIL: 'email',
      Phone: 'custom',
      City: 'city',
    });
  });
});
