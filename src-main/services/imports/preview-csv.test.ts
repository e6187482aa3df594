import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { previewCsv } from './preview-csv';

const bigFile = () =>
  Buffer.from(`Export 2025-11-02\nCompany,Email\n${Array.from({ length: 50_000 }, (_, i) => `Co ${i},c${i}@ex.com\n`).join('')}`);

describe('previewCsv', () => {
  it('shows detected settings, headers, the first 20 rows and warnings', async () => {
    const preview = await previewCsv(bigFile().subarray(0, 4096), { truncated: true });
    expect(preview.settings).toMatchObject({ delimiter: ',', headerRowIndex: 1, encoding: 'utf-8' });
    expect(preview.headers).toEqual(['Company', 'Email']);
    expect(preview.rows).toHaveLength(20);
    expect(preview.rows[0]).toEqual({ rowNumber: 3, values: ['Co 0', 'c0@ex.com'] });
    expect(preview.warnings).toContain('Skipped 1 line above the header row.');
  });

  it('leaves out a row and a character cut off at the end of a truncated head', async () => {
    const head = Buffer.from('Name,City\nZoë,Köln\nAnaïs,Genè');
    const cut = head.subarray(0, head.length - 1); // inside "è"
    const preview = await previewCsv(cut, { truncated: true });
    expect(preview.rows.map((r) => r.values)).toEqual([['Zoë', 'Köln']]);
    expect((await previewCsv(head)).rows).toHaveLength(2);
  });

  it('reads only as much of a stream as it needs', async () => {
    const stream = Readable.from(
      (function* () {
        const file = bigFile();
        for (let i = 0; i < file.length; i += 8192) yield file.subarray(i, i + 8192);
      })(),
    );
    const preview = await previewCsv(stream);
    expect(preview.rows).toHaveLength(20);
    expect(stream.destroyed).toBe(true);
  });

  it('applies overrides', async () => {
    const preview = await previewCsv(Buffer.from('a;b\n1;2\n'), { delimiter: ';', headerRowIndex: -1 });
    expect(preview.headers).toEqual(['Column 1', 'Column 2']);
    expect(preview.rows.map((r) => r.rowNumber)).toEqual([1, 2]);
  });
});
