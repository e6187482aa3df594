import { describe, expect, it } from 'vitest';
import { createCsvRecordParser, type RecordProblem } from './parse-csv-records';

function parse(input: string, chunkSize: number, maxRecordChars = 1_000_000) {
  const records: { values: string[]; problem: RecordProblem | null }[] = [];
  const parser = createCsvRecordParser({
    delimiter: ',',
    newline: '\n',
    maxRecordChars,
    onRecord: (values, problem) => records.push({ values, problem }),
  });
  for (let i = 0; i < input.length; i += chunkSize) parser.push(input.slice(i, i + chunkSize));
  parser.finish();
  return records;
}

// papaparse's own test cases (tests/test-cases.js, core parser) that apply to plain CSV.
const papaparseCases: [string, string, string[][]][] = [
  ['quoted field with delimiter', 'A,"B,B",C', [['A', 'B,B', 'C']]],
  ['quoted field with line break', 'A,"B\nB",C', [['A', 'B\nB', 'C']]],
  [
    'quoted fields at end of row with delimiter and line break',
    'a,b,"c,c\nc"\nd,e,f',
    [
      ['a', 'b', 'c,c\nc'],
      ['d', 'e', 'f'],
    ],
  ],
  ['escaped quotes', 'A,"B""B""B",C', [['A', 'B"B"B', 'C']]],
  ['escaped quotes at boundaries', 'A,"""B""",C', [['A', '"B"', 'C']]],
  ['unquoted field with a quote at its end', 'A,B",C', [['A', 'B"', 'C']]],
  ['quotes around a delimiter', 'A,""",""",C', [['A', '","', 'C']]],
  ['five quotes in a row', '"1","cnonce="""",nc=""""","2"', [['1', 'cnonce="",nc=""', '2']]],
  ['whitespace around quotes is data', 'A, "B" ,C', [['A', ' "B" ', 'C']]],
  ['misplaced quotes in data', 'A,B "B",C', [['A', 'B "B"', 'C']]],
  [
    'valid trailing quote at EOF',
    'a,b,c\nd,e,"f"',
    [
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ],
  ],
  ['quoted field containing delimiters and line breaks', 'a,"b,c\nd,e,f"', [['a', 'b,c\nd,e,f']]],
  [
    'line starts with an empty field',
    ',b,c\n"d",e,f',
    [
      ['', 'b', 'c'],
      ['d', 'e', 'f'],
    ],
  ],
  [
    'quoted field at end of row has quotes',
    'a,b,"c""c"""\nd,e,f',
    [
      ['a', 'b', 'c"c"'],
      ['d', 'e', 'f'],
    ],
  ],
  [
    'empty quoted field at EOF',
    'a,b,""\na,b,""',
    [
      ['a', 'b', ''],
      ['a', 'b', ''],
    ],
  ],
  [
    'multiple consecutive empty fields',
    'a,b,,,c,d\n,,e,,,f',
    [
      ['a', 'b', '', '', 'c', 'd'],
      ['', '', 'e', '', '', 'f'],
    ],
  ],
  ['just the delimiter', ',', [['', '']]],
  ['blank line in the middle', 'a,b\n\nc,d', [['a', 'b'], [''], ['c', 'd']]],
  ['spaces between closing quote and delimiter', 'A,"B" ,C', [['A', 'B', 'C']]],
];

describe('createCsvRecordParser', () => {
  for (const [name, input, expected] of papaparseCases) {
    it(`${name}: the same records in any chunk size`, () => {
      for (const size of [input.length, 1, 2, 3]) {
        expect(parse(input, size).map((r) => r.values)).toEqual(expected);
      }
    });
  }

  it('reports the first line of an unclosed quoted field and reads on after it', () => {
    for (const size of [100, 1]) {
      expect(parse('a,"b,c\nd,e,f\ng,h,i', size)).toEqual([
        { values: ['a,"b,c'], problem: 'unclosed-quote' },
        { values: ['d', 'e', 'f'], problem: null },
        { values: ['g', 'h', 'i'], problem: null },
      ]);
    }
  });

  it('flags a stray quote papaparse reads past', () => {
    expect(parse('"a "b" c",d\n', 1)).toEqual([{ values: ['a "b" c', 'd'], problem: 'stray-quote' }]);
  });

  it('gives up on a record past maxRecordChars and keeps memory bounded', () => {
    const records = parse(`"never closed\n${'x,y\n'.repeat(1000)}`, 7, 500);
    expect(records[0]).toEqual({ values: ['"never closed'], problem: 'unclosed-quote' });
    expect(records.slice(1).every((r) => r.problem === null && r.values.join() === 'x,y')).toBe(true);
    expect(records).toHaveLength(1001);
  });

  it('parses a 4 MB field arriving one character at a time in linear time', () => {
    const field = 'x'.repeat(4 * 1024 * 1024);
    const started = performance.now();
    const records = parse(`"${field}",end\n`, 1, 8 * 1024 * 1024);
    expect(records).toEqual([{ values: [field, 'end'], problem: null }]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
