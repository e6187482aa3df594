import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../rpc/app-error';

/**
 * Files uploaded through the HTTP bridge, kept in the data folder's uploads/ until imported: the
 * browser streams the bytes, main writes them to disk as they come, and the import then reads
 * the file by path like a file dropped in the Electron window.
 */
export function uploadsDir(dataDir: string): string {
  return join(dataDir, 'uploads');
}

const uploadId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface StoredUpload {
  uploadId: string;
  fileName: string;
  sizeBytes: number;
  path: string;
}

export async function storeUpload(dataDir: string, fileName: string, body: Readable, maxBytes: number): Promise<StoredUpload> {
  const dir = uploadsDir(dataDir);
  mkdirSync(dir, { recursive: true });
  const id = randomUUID();
  const path = join(dir, `${id}.csv`);
  let size = 0;
  body.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > maxBytes) body.destroy(new AppError('INVALID_INPUT', `The file is larger than ${Math.round(maxBytes / 1024 ** 3)} GB.`));
  });
  try {
    await pipeline(body, createWriteStream(path));
  } catch (error) {
    rmSync(path, { force: true });
    throw error;
  }
  const name = basename(fileName.replace(/\\/g, '/')).slice(0, 255) || 'upload.csv';
  writeFileSync(join(dir, `${id}.json`), JSON.stringify({ fileName: name }));
  return { uploadId: id, fileName: name, sizeBytes: size, path };
}

export function resolveUpload(dataDir: string, id: string): StoredUpload {
  if (!uploadId.test(id)) throw new AppError('INVALID_INPUT', 'That is not an upload id.');
  const path = join(uploadsDir(dataDir), `${id}.csv`);
  try {
    const meta = JSON.parse(readFileSync(join(uploadsDir(dataDir), `${id}.json`), 'utf8')) as { fileName: string };
    return { uploadId: id, fileName: meta.fileName, sizeBytes: statSync(path).size, path };
  } catch {
    throw new AppError('NOT_FOUND', 'The uploaded file is gone: drop it again.');
  }
}

export function removeUpload(dataDir: string, id: string): void {
  if (!uploadId.test(id)) return;
  rmSync(join(uploadsDir(dataDir), `${id}.csv`), { force: true });
  rmSync(join(uploadsDir(dataDir), `${id}.json`), { force: true });
}

/** Uploads older than a day were previewed and never imported: they only take space. */
export function removeStaleUploads(dataDir: string, now: Date, maxAgeMs = 24 * 3600 * 1000): void {
  let names: string[];
  try {
    names = readdirSync(uploadsDir(dataDir));
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(uploadsDir(dataDir), name);
    try {
      if (now.getTime() - statSync(path).mtimeMs > maxAgeMs) rmSync(path, { force: true });
    } catch {
      // Removed meanwhile.
    }
  }
}
