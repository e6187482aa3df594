import { createReadStream } from 'node:fs';
import type { ServerResponse } from 'node:http';
import type { AppContext } from '../context';
import { readBatchRecord } from '../services/imports/read-batches';
import { storeUpload } from '../services/imports/upload-store';
import type { BridgeRoute } from './create-http-bridge';

const MAX_UPLOAD_BYTES = 20 * 1024 ** 3;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(JSON.stringify(body));
}

/**
 * PUT /upload/<file name>: the browser sends a dropped file as the request body (fetch with the
 * File as body streams it); it is written to the data folder as it arrives, never held whole.
 * Answers { ok, data: { uploadId, fileName, sizeBytes } } for imports.preview and imports.start.
 */
export const uploadRoute: BridgeRoute = {
  method: 'PUT',
  prefix: '/upload/',
  async handle(req, res, ctx: AppContext) {
    const path = (req.url ?? '').split('?')[0]!;
    let fileName: string;
    try {
      fileName = decodeURIComponent(path.slice('/upload/'.length));
    } catch {
      return sendJson(res, 400, { ok: false, error: { code: 'INVALID_INPUT', message: 'The file name is not valid.' } });
    }
    try {
      const upload = await storeUpload(ctx.dataDir, fileName, req, MAX_UPLOAD_BYTES);
      sendJson(res, 200, { ok: true, data: { uploadId: upload.uploadId, fileName: upload.fileName, sizeBytes: upload.sizeBytes } });
    } catch (error) {
      ctx.log.warn('upload failed', error);
      if (!res.headersSent) sendJson(res, 400, { ok: false, error: { code: 'INVALID_INPUT', message: (error as Error).message } });
    }
  },
};

/** GET /imports/errors/<batchId>: the import's error CSV as a download. */
export const errorReportRoute: BridgeRoute = {
  method: 'GET',
  prefix: '/imports/errors/',
  async handle(req, res, ctx: AppContext) {
    const batchId = (req.url ?? '').split('?')[0]!.slice('/imports/errors/'.length);
    if (!/^[0-9a-f-]{36}$/.test(batchId))
      return sendJson(res, 400, { ok: false, error: { code: 'INVALID_INPUT', message: 'Not a batch id.' } });
    const batch = await readBatchRecord(ctx.db, batchId).catch(() => null);
    if (!batch?.errorReportPath)
      return sendJson(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: 'This import has no error report.' } });
    const stem = (batch.sourceFile ?? 'import').replace(/\.[^.]*$/, '').replace(/[^\w.-]+/g, '_');
    const stream = createReadStream(batch.errorReportPath);
    stream.once('error', () => sendJson(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: 'The error report file is gone.' } }));
    stream.once('open', () => {
      res.writeHead(200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${stem}-errors.csv"`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      stream.pipe(res);
    });
  },
};
