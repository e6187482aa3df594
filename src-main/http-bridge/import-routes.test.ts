import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportBatchSummary, ImportPreview } from '../../src-shared/contract/imports';
import { createTestContext, createTestRouter } from '../testing/test-app';
import { useTestDatabase } from '../testing/test-db';
import { bridgeRoutes } from './bridge-routes';
import { startHttpBridge, type HttpBridge } from './create-http-bridge';

// The browser's path through an import: stream the file up, preview, start, follow progress,
// read the summary, download the error CSV. Over the real bridge and router.
describe('importing through the HTTP bridge', () => {
  const t = useTestDatabase();
  let bridge: HttpBridge;
  let ctx: ReturnType<typeof createTestContext>;

  beforeAll(async () => {
    ctx = createTestContext(t());
    bridge = await startHttpBridge({ router: createTestRouter(ctx), ctx, rendererDir: null, routes: bridgeRoutes });
  });
  afterAll(() => bridge.close());

  const base = () => `http://127.0.0.1:${bridge.port}`;
  const auth = () => ({ Authorization: `Bearer ${bridge.token}` });

  async function rpc<T>(name: string, input: unknown): Promise<{ ok: boolean; data: T; error?: { code: string; message: string } }> {
    const res = await fetch(`${base()}/rpc/${name}`, {
      method: 'POST',
      headers: { ...auth(), 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
    return (await res.json()) as { ok: boolean; data: T };
  }

  async function upload(name: string, body: string | Uint8Array<ArrayBuffer>) {
    const stream = new Blob([body]).stream();
    const res = await fetch(`${base()}/upload/${encodeURIComponent(name)}`, {
      method: 'PUT',
      headers: auth(),
      body: stream,
      duplex: 'half',
    } as RequestInit);
    return {
      status: res.status,
      body: (await res.json()) as { ok: boolean; data: { uploadId: string; fileName: string; sizeBytes: number } },
    };
  }

  const csv = [
    'Title line: export of 2025-11-02',
    'Company;E-mail;Phone;City',
    'Acme SARL;contact@acme.fr;01 23 45 67 89;Paris',
    'Broken;not-an-email;;Lyon',
    'Beta;beta@beta.fr;;Nice',
  ].join('\r\n');

  it('streams an upload to the data folder, previews it, imports it and serves the error CSV', async () => {
    const up = await upload('leads été.csv', csv);
    expect(up.status).toBe(200);
    expect(up.body.data).toMatchObject({ fileName: 'leads été.csv', sizeBytes: Buffer.byteLength(csv) });

    const preview = await rpc<ImportPreview>('imports.preview', { source: { uploadId: up.body.data.uploadId } });
    expect(preview.ok).toBe(true);
    expect(preview.data.layout).toMatchObject({ delimiter: ';', headerRowIndex: 1 });
    expect(preview.data.headers).toEqual(['Company', 'E-mail', 'Phone', 'City']);
    expect(preview.data.rows[0]).toEqual({ rowNumber: 3, values: ['Acme SARL', 'contact@acme.fr', '01 23 45 67 89', 'Paris'] });
    expect(preview.data.mapping).toMatchObject({ Company: 'companyName', 'E-mail': 'email', Phone: 'phone', City: 'city' });

    const missing = await rpc<{ missing: string[] }>('imports.checkMapping', { mapping: preview.data.mapping });
    expect(missing.data.missing).toEqual(['industry']);
    const refused = await rpc('imports.start', { source: { uploadId: up.body.data.uploadId }, mapping: preview.data.mapping });
    expect(refused.ok).toBe(false);
    expect(refused.error?.message).toMatch(/industry/);

    const finished = new Promise<{ batchId: string; status: string }>((resolve) => {
      const stop = ctx.events.subscribe((name, payload) => {
        if (name === 'imports.finished') {
          stop();
          resolve(payload as { batchId: string; status: string });
        }
      });
    });
    const progressed: unknown[] = [];
    ctx.events.subscribe((name, payload) => name === 'imports.progressed' && progressed.push(payload));
    const started = await rpc<{ batchId: string }>('imports.start', {
      source: { uploadId: up.body.data.uploadId },
      mapping: { ...preview.data.mapping, City: 'ignore' },
      defaults: { industry: 'Bakeries', country: 'France', tags: ['salon-2025'] },
      dedupe: 'skip',
    });
    expect(started.ok).toBe(true);
    expect(await finished).toEqual({ batchId: started.data.batchId, status: 'completed' });
    expect(progressed.at(-1)).toMatchObject({ batchId: started.data.batchId, rows: 3, imported: 2, failed: 1, etaSeconds: 0 });

    const summary = await rpc<ImportBatchSummary>('imports.summary', { batchId: started.data.batchId });
    expect(summary.data).toMatchObject({
      status: 'completed',
      rows: 3,
      imported: 2,
      duplicates: 0,
      updated: 0,
      failed: 1,
      hasErrorReport: true,
      fileName: 'leads été.csv',
    });
    const leads = await rpc<{ total: number; leads: { companyName: string; phone: string | null; city: string | null }[] }>(
      'imports.batchLeads',
      {
        batchId: started.data.batchId,
      },
    );
    expect(leads.data.total).toBe(2);
    expect(leads.data.leads.find((l) => l.companyName === 'Acme SARL')).toMatchObject({
      companyName: 'Acme SARL',
      phone: '+33123456789',
      city: null,
    });

    const report = await fetch(`${base()}/imports/errors/${started.data.batchId}`, { headers: auth() });
    expect(report.status).toBe(200);
    expect(report.headers.get('content-disposition')).toContain('leads_t_-errors.csv');
    const text = (await report.text()).replace(/^\ufeff/, '');
    expect(text.split('\r\n')[1]).toMatch(/^4,E-mail,"""not-an-email"" is not a valid email address\.",Broken,not-an-email,,Lyon$/);

    // The upload is removed once imported; the same preset is offered for the same headers next time.
    const again = await rpc('imports.preview', { source: { uploadId: up.body.data.uploadId } });
    expect(again.ok).toBe(false);
    const second = await upload('other.csv', csv);
    const remembered = await rpc<ImportPreview>('imports.preview', { source: { uploadId: second.body.data.uploadId } });
    expect(remembered.data.preset?.name).toBe('Columns of leads été.csv');
    expect(remembered.data.mapping.City).toBe('ignore');
  });

  it('refuses a file path from a browser, and uploads or downloads without the token', async () => {
    const byPath = await rpc('imports.preview', { source: { path: '/etc/passwd' } });
    expect(byPath).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    const noToken = await fetch(`${base()}/upload/x.csv`, { method: 'PUT', body: 'a,b' });
    expect(noToken.status).toBe(401);
    const noReport = await fetch(`${base()}/imports/errors/00000000-0000-0000-0000-000000000000`, { headers: auth() });
    expect(noReport.status).toBe(404);
  });

  it('says clearly when the upload is not a CSV file', async () => {
    const up = await upload('photo.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const preview = await rpc('imports.preview', { source: { uploadId: up.body.data.uploadId } });
    expect(preview).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(preview.error!.message).toMatch(/PNG/);
  });
});
