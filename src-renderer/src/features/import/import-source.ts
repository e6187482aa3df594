import type { ImportSource } from '../../../../src-shared/contract/imports';
import { pathForFile, transport } from '../../api/transport';

export interface PickedFile {
  source: ImportSource;
  fileName: string;
  sizeBytes: number;
}

/**
 * Hands a dropped or picked file to main without the page reading it: in Electron its path
 * (main streams it from disk); through the bridge, fetch sends the File as the request body,
 * which the browser streams from disk to main.
 */
export async function pickedFileSource(file: File): Promise<PickedFile> {
  const path = pathForFile(file);
  if (path) return { source: { path }, fileName: file.name, sizeBytes: file.size };
  const response = await fetch(`/upload/${encodeURIComponent(file.name)}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${transport.token ?? ''}`, 'Content-Type': 'application/octet-stream' },
    body: file,
  });
  const body = (await response.json().catch(() => null)) as {
    ok: boolean;
    data?: { uploadId: string };
    error?: { message: string };
  } | null;
  if (!body?.ok || !body.data) throw new Error(body?.error?.message ?? `The upload failed (HTTP ${response.status}).`);
  return { source: { uploadId: body.data.uploadId }, fileName: file.name, sizeBytes: file.size };
}

export function looksLikeCsv(file: File): boolean {
  return (
    /\.(csv|tsv|txt)$/i.test(file.name) ||
    file.type === 'text/csv' ||
    file.type === 'text/plain' ||
    file.type === 'text/tab-separated-values'
  );
}

/** The error CSV: Electron shows a save dialog; a browser downloads it from the bridge. */
export async function downloadErrorReport(batchId: string, fileName: string | null): Promise<void> {
  if (transport.kind === 'electron') {
    await transport.invoke('imports.saveErrorReport', { batchId });
    return;
  }
  const response = await fetch(`/imports/errors/${batchId}`, { headers: { Authorization: `Bearer ${transport.token ?? ''}` } });
  if (!response.ok) throw new Error('The error report could not be downloaded.');
  // Only failed rows are in it; a Blob keeps it out of the JS heap until the download starts.
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `${(fileName ?? 'import').replace(/\.[^.]*$/, '')}-errors.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Where the leads page lists one batch's leads (a route of the leads workspace). */
export function batchLeadsHref(batchId: string): string {
  return `#/leads/batch/${batchId}`;
}
