import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { DedupeStrategy } from '../../../src-shared/domain/import-options';
import { queryRows } from '../../db/client';
import { leadBatches, leads } from '../../db/schema';
import { csvFixtures, csvSpectrumCases } from '../../testing/csv-fixtures/csv-fixtures';
import { useTestDatabase } from '../../testing/test-db';
import { autoMapColumns } from '../../../src-shared/domain/column-mapping';
import { missingRequiredFields } from '../../../src-shared/domain/normalise-lead';
import { scoreLead } from '../../../src-shared/domain/lead-score';
import { prepareImportFile, previewFile, type ImportFileRequest } from './import-file';
import type { ImportOutcome } from './run-import';

const t = useTestDatabase();
let fileCounter = 0;

function writeCsv(content: string | Buffer, name = `file-${++fileCounter}.csv`): string {
  const path = join(t().dataDir, name);
  writeFileSync(path, content);
  return path;
}

async function importCsv(content: string | Buffer, request: Partial<ImportFileRequest> = {}, chunkRows?: number): Promise<ImportOutcome> {
  const { db, handle, dataDir } = t();
  const prepared = await prepareImportFile(
    { db, handle, dataDir },
    { path: writeCsv(content), defaults: { industry: 'Dentists' }, ...request },
  );
  return prepared.run(chunkRows ? { chunkRows } : {});
}

async function batchRow(batchId: string) {
  const [row] = await t().db.select().from(leadBatches).where(eq(leadBatches.id, batchId));
  return row!;
}

/** The batch row keeps rows = imported + updated + duplicates + failed, and agrees with the outcome. */
async function expectSumRule(outcome: ImportOutcome): Promise<void> {
  const b = await batchRow(outcome.batchId);
  expect(b.totalLeads).toBe(b.successfulImports + b.updatedLeads + b.duplicatesSkipped + b.failedImports);
  expect({
    rows: b.totalLeads,
    imported: b.successfulImports,
    updated: b.updatedLeads,
    duplicates: b.duplicatesSkipped,
    failed: b.failedImports,
  }).toEqual({
    rows: outcome.rows,
    imported: outcome.imported,
    updated: outcome.updated,
    duplicates: outcome.duplicates,
    failed: outcome.failed,
  });
  const [counted] = await queryRows<{ n: number }>(t().db, sql`select count(*)::int as n from leads where batch_id = ${outcome.batchId}`);
  expect(counted!.n).toBe(outcome.imported);
}

async function leadByEmail(email: string) {
  const [row] = await t()
    .db.select()
    .from(leads)
    .where(sql`lower(${leads.email}) = ${email.toLowerCase()}`);
  return row;
}

describe('importing a file', () => {
  it('imports a Hunter export: fields normalised, batch completed with its settings and counts', async () => {
    const bytes = csvFixtures().find((f) => f.name === 'hunter domain search')!.bytes;
    const outcome = await importCsv(bytes);
    expect(outcome.status).toBe('completed');
    expect(outcome.imported).toBeGreaterThan(0);
    await expectSumRule(outcome);
    const jane = await leadByEmail('jane.doe@northwind-consulting.com');
    expect(jane).toMatchObject({
      companyName: 'Northwind Consulting',
      contactName: 'Jane Doe',
      phone: '+12065550147',
      source: 'hunter',
      industry: 'Dentists',
    });
    expect(jane!.batchId).toBe(outcome.batchId);
    // Scored as it is written, with the same function the leads table explains.
    expect(jane!.qualityScore).toBe(scoreLead(jane!).score);
    expect(jane!.qualityScore).toBeGreaterThan(0);
    const b = await batchRow(outcome.batchId);
    expect(b.status).toBe('completed');
    expect(b.completedAt).not.toBeNull();
    expect(b.importSettings).toMatchObject({ dedupe: 'skip', format: 'hunter', csv: { delimiter: ',' } });
    expect((b.importSettings as { headerSignature: string }).headerSignature).toMatch(/^h1-/);
  });

  it('writes every failed row to the error CSV with row number, column and reason', async () => {
    const outcome = await importCsv(
      [
        'Company,Email,Website',
        'Acme,ok@acme.com,acme.com',
        'Bad,not-an-email,bad.com',
        'Worse,worse@x.com,"http://exa mple .com/ x"',
        ',,',
        'Fine,fine@fine.com,',
      ].join('\n'),
    );
    expect(outcome.failed).toBe(2);
    await expectSumRule(outcome);
    const report = readFileSync(outcome.errorReportPath!, 'utf8');
    const lines = report
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Row,Column,Reason,Company,Email,Website');
    expect(lines[1]).toMatch(/^3,Email,"?""not-an-email"" is not a valid email address/);
    expect(lines).toHaveLength(3);
    expect((await batchRow(outcome.batchId)).errorReportPath).toBe(outcome.errorReportPath);
  });

  it('refuses to start when no column and no default gives an industry', async () => {
    const { db, handle, dataDir } = t();
    await expect(prepareImportFile({ db, handle, dataDir }, { path: writeCsv('Company,Email\nAcme,a@acme.com\n') })).rejects.toThrow(
      /industry/,
    );
  });

  it('keeps the sum rule on every test file and csv-spectrum case', async () => {
    const files = [
      ...csvFixtures()
        .filter((f) => !f.expect.error)
        .map((f) => ({ name: f.name, bytes: f.bytes })),
      ...csvSpectrumCases().map((c) => ({ name: `spectrum ${c.name}`, bytes: c.csv })),
    ];
    for (const file of files) {
      // Files without a company column get their first column as the company.
      const path = writeCsv(file.bytes);
      const { headers } = (await previewFile(path)).settings;
      const mapping = missingRequiredFields(autoMapColumns(headers).mapping, { source: 'x', industry: 'x' }).length
        ? { [headers[0]!]: 'companyName' as const }
        : {};
      const { db, handle, dataDir } = t();
      const prepared = await prepareImportFile({ db, handle, dataDir }, { path, mapping, defaults: { industry: 'Dentists' } });
      const outcome = await prepared.run({ chunkRows: 3 });
      expect(outcome.status, file.name).toBe('completed');
      expect(outcome.rows, file.name).toBe(outcome.imported + outcome.updated + outcome.duplicates + outcome.failed);
      expect(outcome.rows, file.name).toBe(outcome.fileSummary!.rows + outcome.fileSummary!.failedRows);
      await expectSumRule(outcome);
    }
  });

  it('reports a binary file clearly instead of importing it', async () => {
    const pdf = csvFixtures().find((f) => f.name === 'a PDF')!.bytes;
    await expect(importCsv(pdf)).rejects.toThrow(/PDF/);
  });
});

describe('duplicates', () => {
  const strategies: DedupeStrategy[] = ['skip', 'fill', 'overwrite'];

  it('finds duplicates within the file by email (any case), domain + company, and phone', async () => {
    const csv = [
      'Company,Email,Website,Phone,City',
      'Dupe Co,Same@DupeCo.com,dupeco.com,,Paris',
      'Dupe Co,same@dupeco.com,dupeco.com,,Lyon',
      'Site Only GmbH,,https://www.siteonly.de/about,,Berlin',
      'SITE ONLY,,siteonly.de,,Munich',
      'Phone Only,,,+44 20 7946 0001,London',
      'Phone Only Ltd,,,+442079460001,Leeds',
      'Other,,,,Nowhere',
    ].join('\n');
    const outcome = await importCsv(csv);
    expect(outcome).toMatchObject({ rows: 7, imported: 4, duplicates: 3, updated: 0, failed: 0 });
    await expectSumRule(outcome);
  });

  for (const strategy of strategies) {
    it(`applies "${strategy}" to leads already in the database`, async () => {
      const suffix = strategy;
      const first = await importCsv(
        [
          `Company,Email,City,Job Title,Website`,
          `Original ${suffix},lead@${suffix}.example.com,Paris,,`,
          `Keep ${suffix},,Rome,CEO,keep-${suffix}.com`,
        ].join('\n'),
      );
      expect(first.imported).toBe(2);
      const second = await importCsv(
        [
          'Company,Email,City,Job Title,Website',
          `Changed ${suffix},LEAD@${suffix}.example.com,Lyon,Founder,`,
          `Keep ${suffix} Ltd,,Milan,CEO,https://keep-${suffix}.com/`,
          `New ${suffix},new@${suffix}.example.com,Oslo,,`,
        ].join('\n'),
        { dedupe: strategy },
      );
      await expectSumRule(second);
      const lead = (await leadByEmail(`lead@${suffix}.example.com`))!;
      const [keep] = await t()
        .db.select()
        .from(leads)
        .where(eq(leads.dedupeKey, `d:keep-${suffix}.com|keep ${suffix}`));
      if (strategy === 'skip') {
        expect(second).toMatchObject({ imported: 1, updated: 0, duplicates: 2 });
        expect(lead).toMatchObject({ companyName: `Original ${suffix}`, city: 'Paris', jobTitle: null });
      } else if (strategy === 'fill') {
        // The email lead gets its empty job title; the other had nothing empty to fill.
        expect(second).toMatchObject({ imported: 1, updated: 1, duplicates: 1 });
        expect(lead).toMatchObject({ companyName: `Original ${suffix}`, city: 'Paris', jobTitle: 'Founder' });
        expect(keep).toMatchObject({ city: 'Rome' });
      } else {
        expect(second).toMatchObject({ imported: 1, updated: 2, duplicates: 0 });
        expect(lead).toMatchObject({ companyName: `Changed ${suffix}`, city: 'Lyon', jobTitle: 'Founder', industry: 'Dentists' });
        expect(keep).toMatchObject({ city: 'Milan', companyName: `Keep ${suffix} Ltd` });
      }
      // Undo of the first batch later must see leads the second one changed as touched.
      expect(lead.batchId).toBe(first.batchId);
      // A lead the import changed is scored on its merged values.
      expect(lead.qualityScore).toBe(scoreLead(lead).score);
      expect(keep!.qualityScore).toBe(scoreLead(keep!).score);
    });
  }

  it('treats a row matching a lead imported earlier in the same file as a duplicate across chunks', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `Chunky ${i % 10},chunk${i % 10}@chunky.example.com,City ${i}`);
    const outcome = await importCsv(['Company,Email,City', ...rows].join('\n'), { dedupe: 'overwrite' }, 7);
    expect(outcome).toMatchObject({ rows: 30, imported: 10, duplicates: 20, updated: 0 });
    await expectSumRule(outcome);
  });
});
