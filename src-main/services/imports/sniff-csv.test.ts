import { describe, expect, it } from 'vitest';
import { cleanHeaders, sniffCsv, tokenizeSample } from './sniff-csv';

const sniff = (sample: string, overrides = {}) => sniffCsv({ sample, isWholeFile: true, encoding: 'utf-8', overrides });

describe('sniffCsv', () => {
  it('finds each delimiter by the consistency of field counts', () => {
    expect(sniff('a,b,c\n1,2,3\n4,5,6\n').settings.delimiter).toBe(',');
    expect(sniff('a\tb\tc\n1\t2,5\t3\n').settings.delimiter).toBe('\t');
    expect(sniff('a|b|c\n1|2|3\n').settings.delimiter).toBe('|');
    // European decimals put commas in values: the semicolons are the consistent split.
    expect(sniff('Name;Price;Rating\nFoo;1,50;4,7\nBar;2,00;3\nBaz;3;4,1\n').settings.delimiter).toBe(';');
  });

  it('ignores delimiters inside quoted values', () => {
    const sample = 'Company;Notes\n"Acme, Inc";"a, b, c"\n"Beta, LLC";"x, y"\n';
    expect(sniff(sample).settings).toMatchObject({ delimiter: ';', headers: ['Company', 'Notes'] });
  });

  it('treats a file without any delimiter as one column', () => {
    const { settings } = sniff('Email\na@acme.com\nb@beta.io\n');
    expect(settings).toMatchObject({ delimiter: ',', headers: ['Email'], headerRowIndex: 0 });
  });

  it('skips title lines and blank lines above the header', () => {
    const sample = 'Export from Apollo — 2025-11-02\n\nFirst Name,Last Name,Email\nJane,Doe,jane@acme.com\nJohn,Roe,john@acme.com\n';
    const { settings, warnings } = sniff(sample);
    expect(settings).toMatchObject({ headerRowIndex: 2, headers: ['First Name', 'Last Name', 'Email'] });
    expect(settings.confidence).toBe(0.75); // the title line is one of four non-blank records
    expect(warnings).toContain('Skipped 2 lines above the header row.');
  });

  it('skips a title line that Excel padded with delimiters to the full width', () => {
    const { settings } = sniff('Leads Lyon;;;\r\n;;;\r\nSociété;Ville;Téléphone;Email\r\nDupré;Lyon;04;a@b.fr\r\n');
    expect(settings).toMatchObject({ headerRowIndex: 2, newline: '\r\n' });
  });

  it('notices a file without a header row', () => {
    const { settings, warnings } = sniff('alice@acme.com,Acme,12\nbob@beta.io,Beta,7\n');
    expect(settings).toMatchObject({ headerRowIndex: -1, headers: ['Column 1', 'Column 2', 'Column 3'] });
    expect(warnings.join()).toContain('columns are numbered');
  });

  it('chooses the line ending from line breaks outside quotes (Excel writes LF inside cells, CRLF between rows)', () => {
    expect(sniff('a,b\r\n"x\ny",z\r\n').settings.newline).toBe('\r\n');
    expect(sniff('a,b\r1,2\r').settings.newline).toBe('\r');
    const mixed = sniff('a,b\r\n1,2\n3,4\r\n');
    expect(mixed.settings.newline).toBe('\n');
    expect(mixed.warnings.join()).toContain('mixes line endings');
  });

  it('applies overrides', () => {
    const { settings } = sniff('x;y\na,b\n', { delimiter: ',', headerRowIndex: 1, newline: '\r\n' });
    expect(settings).toMatchObject({ delimiter: ',', headerRowIndex: 1, headers: ['a', 'b'], newline: '\r\n' });
    expect(sniff('a,b\n1,2\n', { headers: ['One', 'Two'] }).settings.headers).toEqual(['One', 'Two']);
  });

  it('leaves out the last record of a cut sample', () => {
    const records = tokenizeSample('a,b\n1,2\n3,"cut', ',', false).records;
    expect(records).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});

describe('cleanHeaders', () => {
  it('names empty headers, numbers duplicates, drops empty trailing columns', () => {
    expect(cleanHeaders([' Phone ', '', 'phone', 'Email', '', ''], [['1', '2', '3', '4', '', '']], 6)).toEqual([
      'Phone',
      'Column 2',
      'phone (2)',
      'Email',
    ]);
    expect(cleanHeaders(['A', ''], [['1', 'kept']], 2)).toEqual(['A', 'Column 2']);
  });
});
