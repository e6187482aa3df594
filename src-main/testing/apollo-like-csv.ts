import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

// An Apollo-like people export (30 columns, five people per company, phones as Apollo writes
// them) for benchmarks: generated, so its size is a parameter and no real person is in it.

export const apolloHeaders = [
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
  'Mobile Phone',
  'Corporate Phone',
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
  'Company State',
  'Company Country',
  'Company Phone',
  'Technologies',
  'Annual Revenue',
  'Apollo Contact Id',
  'Apollo Account Id',
];

// Where people work, with how their phones are written: five people per company, as in a people export.
const places = [
  { country: 'United States', city: 'Austin', state: 'Texas', phone: (n: number) => `'+1 512-${200 + (n % 700)}-${1000 + (n % 9000)}` },
  {
    country: 'United Kingdom',
    city: 'London',
    state: 'England',
    phone: (n: number) => `'+44 20 79${String(n % 100).padStart(2, '0')} ${1000 + (n % 9000)}`,
  },
  { country: 'Germany', city: 'Berlin', state: 'Berlin', phone: (n: number) => `'+49 30 ${1000000 + (n % 8999999)}` },
  {
    country: 'France',
    city: 'Lyon',
    state: 'Auvergne-Rhône-Alpes',
    phone: (n: number) => `04 78 ${String(10 + (n % 89))} ${String(10 + (n % 89))} ${String(10 + (n % 89))}`,
  },
];
const firstNames = ['Maria', 'Tom', 'Priya', 'José', 'Anaïs', 'Chen', 'Olu', 'Sofia', 'Lars', 'Fatima'];
const lastNames = ['Lopez', 'Becker', 'Shah', 'García', 'Dubois', 'Wang', 'Adeyemi', 'Rossi', 'Nilsson', 'Haddad'];
const titles = ['Practice Manager', 'Owner', 'Office Manager', 'Head of Operations', 'Founder & CEO'];

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function apolloRow(i: number): string {
  const company = Math.floor(i / 5);
  const place = places[company % places.length]!;
  const first = firstNames[i % firstNames.length]!;
  const last = lastNames[(i * 7) % lastNames.length]!;
  const name = `${['Bright', 'Smile', 'North', 'Blue'][company % 4]} Dental ${company}`;
  const domain = `${name.toLowerCase().replace(/\s+/g, '')}.com`;
  const corporate = place.phone(company * 31);
  return [
    first,
    last,
    titles[i % titles.length]!,
    `${name}, LLC`,
    name,
    `${first.toLowerCase()}.${last.toLowerCase()}${i}@${domain}`,
    i % 3 ? 'Verified' : 'Unavailable',
    'Manager',
    'Operations',
    i % 3 === 0 ? place.phone(i) : '',
    i % 5 === 1 ? place.phone(i * 13) : '',
    corporate,
    String(5 + (company % 200)),
    'medical practice',
    'dentistry, cosmetic dentistry, invisalign, implants',
    `http://www.linkedin.com/in/${first.toLowerCase()}-${last.toLowerCase()}-${i.toString(36)}`,
    `http://www.${domain}${i % 4 === 0 ? '/?utm_source=apollo' : ''}`,
    `http://www.linkedin.com/company/${company}`,
    place.city,
    place.state,
    place.country,
    `${100 + (company % 900)} Main Street, ${place.city}, ${place.country}`,
    place.city,
    place.state,
    place.country,
    corporate,
    'Google Analytics, WordPress.org, Mobile Friendly',
    String(1_000_000 + company * 1000),
    `65a1f0c2e4b0a1${String(i).padStart(10, '0')}`,
    `65a1f0c2e4b0b2${String(company).padStart(10, '0')}`,
  ]
    .map(csvCell)
    .join(',');
}

export function apolloExport(rows: number): Buffer {
  const lines = [apolloHeaders.join(',')];
  for (let i = 0; i < rows; i++) lines.push(apolloRow(i));
  return Buffer.from(`${lines.join('\r\n')}\r\n`);
}

/** Writes the export to disk in pieces: a million rows never sit in memory at once. */
export async function writeApolloExport(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  out.write(`${apolloHeaders.join(',')}\r\n`);
  for (let i = 0; i < rows; i += 10_000) {
    const lines: string[] = [];
    for (let j = i; j < Math.min(rows, i + 10_000); j++) lines.push(apolloRow(j));
    if (!out.write(`${lines.join('\r\n')}\r\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
