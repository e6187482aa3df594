// Decode + parse + normalise of an Apollo-like export, no database: node --import tsx src-main/services/imports/parse.bench.ts
import { reportFigure } from '../../testing/bench';
import { autoMapColumns, sourceForFormat } from '../../../src-shared/domain/column-mapping';
import { createLeadNormaliser } from '../../../src-shared/domain/normalise-lead';
import { readCsvRows } from './read-csv-rows';

const ROWS = 100_000;

const headers = [
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

function apolloRow(i: number): string {
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

function apolloExport(rows: number): Buffer {
  const lines = [headers.join(',')];
  for (let i = 0; i < rows; i++) lines.push(apolloRow(i));
  return Buffer.from(`${lines.join('\r\n')}\r\n`);
}

function* chunks(bytes: Buffer, size = 64 * 1024): Generator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function importWithoutDatabase(file: Buffer): Promise<{ ok: number; failed: number; phones: number }> {
  let ok = 0;
  let failed = 0;
  let phones = 0;
  let normalise: ReturnType<typeof createLeadNormaliser> | null = null;
  for await (const batch of readCsvRows(chunks(file))) {
    if (!normalise) {
      const { format, mapping } = autoMapColumns(batch.settings.headers);
      normalise = createLeadNormaliser(batch.settings.headers, mapping, { source: sourceForFormat[format] });
    }
    failed += batch.failed.length;
    for (const row of batch.rows) {
      const result = normalise(row.values);
      if (!result.ok) failed++;
      else {
        ok++;
        if (result.lead.phone?.startsWith('+')) phones++;
      }
    }
  }
  return { ok, failed, phones };
}

const file = apolloExport(ROWS);
const runs: { ms: number; cpuMs: number }[] = [];
for (let run = 0; run < 4; run++) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const { ok, failed, phones } = await importWithoutDatabase(file);
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  if (ok + failed !== ROWS || failed > 0) throw new Error(`expected ${ROWS} good rows, got ${ok} good and ${failed} failed`);
  // Every generated row has a phone a country can read: a slip in phone handling must not pass as speed.
  if (phones !== ROWS) throw new Error(`expected ${ROWS} E.164 phones, got ${phones}`);
  runs.push({ ms, cpuMs: (used.user + used.system) / 1000 });
}
const measured = runs.slice(1).sort((a, b) => a.ms - b.ms);
const median = measured[Math.floor(measured.length / 2)]!;
reportFigure('import.parse100k', median.ms, 'ms', {
  rowsPerSecond: Math.round(ROWS / (median.ms / 1000)),
  cpuMs: Math.round(median.cpuMs),
  firstRunMs: Math.round(runs[0]!.ms),
  fileMb: Math.round((file.length / 1024 / 1024) * 10) / 10,
  columns: headers.length,
});
