import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { FetchError } from './fetch-error';

export interface ReadBody {
  body: Buffer;
  /** Decoded bytes kept (at most maxBytes). */
  bytes: number;
  /** The body went on past maxBytes and the rest was never read. */
  truncated: boolean;
}

/**
 * Reads a response body, undoing Content-Encoding ourselves so the cap applies to DECODED bytes:
 * a 10 kB gzip bomb that inflates to gigabytes stops at maxBytes, and the connection is dropped
 * instead of drained.
 */
export function readBody(res: IncomingMessage, maxBytes: number, signal: AbortSignal): Promise<ReadBody> {
  return new Promise((resolve, reject) => {
    const streams: Readable[] = [res];
    let output: Readable = res;
    const encodings = String(res.headers['content-encoding'] ?? '')
      .split(',')
      .map((e) => e.trim().toLowerCase())
      .filter((e) => e !== '' && e !== 'identity')
      .reverse();
    for (const encoding of encodings) {
      const decoder = decoderFor(encoding);
      if (!decoder) {
        res.destroy();
        reject(new FetchError('decoding', `unsupported content-encoding "${encoding}"`));
        return;
      }
      output = output.pipe(decoder);
      streams.push(decoder);
    }

    const chunks: Buffer[] = [];
    let bytes = 0;
    let settled = false;
    const finish = (error: FetchError | null, truncated = false): void => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      if (error || truncated) for (const s of streams) s.destroy();
      if (error) reject(error);
      else resolve({ body: Buffer.concat(chunks, bytes), bytes, truncated });
    };
    const onAbort = (): void => finish(signal.reason instanceof FetchError ? signal.reason : new FetchError('aborted', 'cancelled'));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });

    output.on('data', (chunk: Buffer) => {
      if (settled) return;
      const room = maxBytes - bytes;
      if (chunk.length > room) {
        if (room > 0) chunks.push(chunk.subarray(0, room));
        bytes += Math.max(room, 0);
        finish(null, true);
        return;
      }
      chunks.push(chunk);
      bytes += chunk.length;
    });
    output.on('end', () => finish(null));
    for (const s of streams) {
      s.on('error', (error: Error) =>
        finish(
          s === res
            ? new FetchError('network', `connection failed while reading: ${error.message}`)
            : new FetchError('decoding', `could not decompress the body: ${error.message}`),
        ),
      );
    }
    res.on('aborted', () => finish(new FetchError('network', 'connection closed before the body ended')));
  });
}

function decoderFor(encoding: string): zlib.Gunzip | zlib.Unzip | zlib.BrotliDecompress | null {
  if (encoding === 'gzip' || encoding === 'x-gzip') return zlib.createGunzip();
  // "deflate" should be zlib-wrapped; Unzip also accepts gzip sent under the wrong name.
  if (encoding === 'deflate') return zlib.createUnzip();
  if (encoding === 'br') return zlib.createBrotliDecompress();
  return null;
}
