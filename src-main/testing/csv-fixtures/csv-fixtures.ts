import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

/**
 * CSV files as users bring them, with what reading them must give. The plain-text ones are
 * files in this folder; the ones whose point is their bytes (other encodings, byte-order marks,
 * binary files, a megabyte field) are built here so the bytes are exact and reviewable.
 */
export interface CsvFixture {
  name: string;
  bytes: Buffer;
  expect: {
    /** The read fails for the whole file with this CsvFileError code. */
    error?: 'empty' | 'binary' | 'encoding';
    /** Part of the message users see. */
    message?: string;
    encoding?: string;
    delimiter?: string;
    newline?: string;
    headerRowIndex?: number;
    headers?: string[];
    /** Values of the parsed rows, in order. */
    rows?: string[][];
    rowNumbers?: number[];
    failedRowNumbers?: number[];
    /** Records in the file as Excel counts rows: every one must come out as something. */
    records?: number;
    blankLines?: number;
    preambleRows?: number;
    /** Part of a file-level warning the summary must have. */
    warning?: string;
  };
}

const here = fileURLToPath(new URL('.', import.meta.url));
const text = (name: string) => readFileSync(join(here, name));

/** The csv-spectrum cases (npm csv-spectrum): each CSV with the JSON it must parse to. */
export function csvSpectrumCases(): { name: string; csv: Buffer; expected: Record<string, string>[] }[] {
  const root = join(here, '../../../node_modules/csv-spectrum');
  return readdirSync(join(root, 'csvs')).map((file) => {
    const name = file.replace(/\.csv$/, '');
    const json: unknown = JSON.parse(readFileSync(join(root, 'json', `${name}.json`), 'utf8'));
    return { name, csv: readFileSync(join(root, 'csvs', file)), expected: Array.isArray(json) ? json : [json] };
  });
}

const utf16be = (s: string) => iconv.encode(s, 'utf-16be');
const bytes = (...parts: (number[] | Buffer | string)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

/** A quoted 1 MB notes value holding everything that can trip a parser: delimiters, quotes, line breaks, multi-byte characters. */
export function megabyteField(): string {
  const unit = 'Réunion, "quoted" text;\ttab|pipe\r\nnext line 😀 café\n';
  return unit.repeat(Math.ceil((1024 * 1024) / unit.length));
}

function asciiRows(count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += `Company ${i},https://c${i}.example.com,contact${i}@c${i}.example.com\r\n`;
  return out;
}

export function csvFixtures(): CsvFixture[] {
  const big = megabyteField();
  const filler = asciiRows(1500); // ~100 KB: pushes what follows past the 64 KB encoding sniff
  return [
    {
      name: 'apollo people export',
      bytes: text('apollo-people-export.csv'),
      expect: { delimiter: ',', newline: '\n', headerRowIndex: 0, records: 4, rowNumbers: [2, 3, 4], failedRowNumbers: [] },
    },
    {
      name: 'google maps scraper (apify)',
      bytes: text('google-maps-apify.csv'),
      expect: { encoding: 'utf-8', records: 4, rowNumbers: [2, 3, 4], failedRowNumbers: [] },
    },
    {
      name: 'hunter domain search',
      bytes: text('hunter-domain-search.csv'),
      expect: { records: 4, rowNumbers: [2, 3, 4], failedRowNumbers: [] },
    },
    {
      name: 'ragged rows',
      bytes: text('ragged-rows.csv'),
      expect: {
        newline: '\r\n',
        headers: ['Company', 'Website', 'Email', 'Phone'],
        rows: [
          ['Acme Ltd', 'acme.com', 'info@acme.com', '+44 20 7946 0000'],
          ['Short Row Inc', 'short.io', '', ''],
          ['Trailing Empties', 'trail.com', 't@trail.com', ''],
          ['Last One', 'last.com', 'l@last.com', ''],
        ],
        rowNumbers: [2, 3, 4, 6],
        failedRowNumbers: [5],
        records: 6,
      },
    },
    {
      name: 'blank lines',
      bytes: text('blank-lines.csv'),
      expect: {
        headerRowIndex: 2,
        headers: ['Name', 'City'],
        rows: [['Alpha', 'Paris'], ['Beta', 'Rome'], ['Gamma', 'Oslo']],
        rowNumbers: [5, 7, 10],
        records: 12,
        blankLines: 8,
        preambleRows: 0,
      },
    },
    {
      name: 'quotes inside quoted fields',
      bytes: text('quotes-in-quoted-fields.csv'),
      expect: {
        newline: '\n',
        rows: [
          ['Acme "Best" Widgets', 'He said "call me", then hung up'],
          ['"Quoted" Co', 'a, b, and "c"'],
          ['Multi\nLine Co', 'line 1\r\nline 2\n"line 3"'],
        ],
        rowNumbers: [2, 3, 4],
        records: 4,
      },
    },
    {
      name: 'unclosed quote',
      bytes: text('unclosed-quote.csv'),
      expect: {
        rows: [['Good One', 'good@one.com'], ['Bad "Quote', 'bad@quote.com'], ['After Bad', 'after@bad.com'], ['Last Good', 'last@good.com']],
        rowNumbers: [2, 3, 5, 6],
        failedRowNumbers: [4],
        records: 6,
      },
    },
    {
      name: 'header only',
      bytes: text('header-only.csv'),
      expect: { headers: ['Company Name', 'Website', 'Email'], rows: [], records: 1, failedRowNumbers: [] },
    },
    {
      name: 'header only, no line break',
      bytes: bytes('Company Name,Website,Email'),
      expect: { headers: ['Company Name', 'Website', 'Email'], rows: [], records: 1 },
    },
    {
      name: 'utf-8 with BOM',
      bytes: bytes([0xef, 0xbb, 0xbf], 'Name,City\r\nZoë,Köln\r\n'),
      expect: { encoding: 'utf-8', headers: ['Name', 'City'], rows: [['Zoë', 'Köln']], records: 2 },
    },
    {
      name: 'utf-16le with BOM and tabs (Excel "Unicode text")',
      bytes: bytes(
        [0xff, 0xfe],
        iconv.encode('Company\tContact\tCity\r\nBäckerei Schön\tJürgen Groß\tMünchen\r\n東京商事\t山田 太郎 😀\t東京\r\n', 'utf-16le'),
      ),
      expect: {
        encoding: 'utf-16le',
        delimiter: '\t',
        newline: '\r\n',
        headers: ['Company', 'Contact', 'City'],
        rows: [['Bäckerei Schön', 'Jürgen Groß', 'München'], ['東京商事', '山田 太郎 😀', '東京']],
        records: 3,
      },
    },
    {
      name: 'utf-16be with BOM',
      bytes: bytes([0xfe, 0xff], utf16be('Name;Ville\nÉlodie;Orléans\n')),
      expect: { encoding: 'utf-16be', delimiter: ';', rows: [['Élodie', 'Orléans']], records: 2 },
    },
    {
      name: 'utf-16le without BOM',
      bytes: iconv.encode('Name,City\r\nZoë,Köln\r\n', 'utf-16le'),
      expect: { encoding: 'utf-16le', rows: [['Zoë', 'Köln']], records: 2 },
    },
    {
      name: 'windows-1252 with semicolons and a title line, as Excel writes it',
      bytes: iconv.encode(
        'Export du 02/11/2025;;\r\nSociété;Téléphone;Ville\r\nBoulangerie Dupré;04 78 98 76 54;Lyon\r\nCafé “Lumière” – 5€;04 78 12 34 56;Orléans\r\n',
        'win1252',
      ),
      expect: {
        encoding: 'windows-1252',
        delimiter: ';',
        newline: '\r\n',
        headerRowIndex: 1,
        headers: ['Société', 'Téléphone', 'Ville'],
        rows: [['Boulangerie Dupré', '04 78 98 76 54', 'Lyon'], ['Café “Lumière” – 5€', '04 78 12 34 56', 'Orléans']],
        rowNumbers: [3, 4],
        preambleRows: 1,
        records: 4,
        warning: 'Skipped 1 line above the header row',
      },
    },
    {
      name: 'CRLF line endings',
      bytes: bytes('a,b\r\n1,2\r\n3,4\r\n'),
      expect: { newline: '\r\n', rows: [['1', '2'], ['3', '4']], records: 3 },
    },
    {
      name: 'LF line endings',
      bytes: bytes('a,b\n1,2\n3,4\n'),
      expect: { newline: '\n', rows: [['1', '2'], ['3', '4']], records: 3 },
    },
    {
      name: 'CR-only line endings (old Mac Excel)',
      bytes: bytes('Name,City\rAlpha,Paris\r"Be\rta",Rome\r'),
      expect: { newline: '\r', rows: [['Alpha', 'Paris'], ['Be\rta', 'Rome']], records: 3 },
    },
    {
      name: 'a 1 MB field',
      bytes: bytes('Company,Notes,Email\n', `Big Co,"${big.replace(/"/g, '""')}",big@big.co\n`, 'Next Co,short,next@next.co\n'),
      expect: { rows: [['Big Co', big, 'big@big.co'], ['Next Co', 'short', 'next@next.co']], rowNumbers: [2, 3], records: 3 },
    },
    {
      name: 'first row is data: no header',
      bytes: bytes('alice@acme.com,Acme,Paris\nbob@beta.io,Beta,Rome\n'),
      expect: { headerRowIndex: -1, headers: ['Column 1', 'Column 2', 'Column 3'], rowNumbers: [1, 2], records: 2 },
    },
    {
      name: 'invalid UTF-8 late in a UTF-8 file',
      bytes: bytes('Société,Website,Email\r\n', filler, [0x43, 0x61, 0x66, 0xe9], ',https://late.example,late@example.com\r\n'),
      expect: { encoding: 'utf-8', records: 1502, warning: 'not valid UTF-8 (first at byte' },
    },
    {
      name: 'ASCII for 100 KB, then Windows-1252',
      bytes: bytes('Company,Website,Email\r\n', filler, iconv.encode('Café Zoë,https://zoe.fr,z@zoe.fr\r\n', 'win1252')),
      expect: { encoding: 'utf-8', records: 1502, warning: 'turned out to be windows-1252' },
    },
    { name: 'empty file', bytes: Buffer.alloc(0), expect: { error: 'empty', message: 'The file is empty' } },
    { name: 'only a BOM', bytes: bytes([0xef, 0xbb, 0xbf]), expect: { error: 'empty' } },
    { name: 'only blank lines', bytes: bytes('\r\n  \r\n\t\r\n'), expect: { error: 'empty' } },
    {
      name: 'an Excel .xlsx file',
      bytes: bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], '[Content_Types].xml', [0, 0, 0]),
      expect: { error: 'binary', message: 'Excel .xlsx file' },
    },
    {
      name: 'an old Excel .xls file',
      bytes: bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      expect: { error: 'binary', message: '.xls' },
    },
    { name: 'a PDF', bytes: bytes('%PDF-1.7\n%âãÏÓ\n'), expect: { error: 'binary', message: 'PDF' } },
    { name: 'a PNG image', bytes: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), expect: { error: 'binary', message: 'PNG' } },
    { name: 'binary data with NUL bytes', bytes: bytes('name,city\n', [0x00, 0x01, 0x02, 0xff, 0x00, 0x7f, 0x80, 0x00]), expect: { error: 'binary' } },
    { name: 'an HTML page saved as .csv', bytes: bytes('<!DOCTYPE html>\n<html><table><tr><td>a</td></tr></table></html>'), expect: { error: 'binary', message: 'HTML' } },
  ];
}
