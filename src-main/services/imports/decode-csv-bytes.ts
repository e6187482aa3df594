import { isAscii, isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { CsvFileError } from './csv-file-error';
import { completeUtf8Length, detectCsvEncoding, type DetectedEncoding } from './detect-csv-encoding';

/** Bytes looked at before the encoding is chosen; nothing is decoded until then. */
export const ENCODING_SNIFF_BYTES = 64 * 1024;

export interface DecodeCsvOptions {
  /** Skip detection and read the file in this encoding (an iconv-lite name). */
  encoding?: string;
}

/** Bytes that were not valid in the chosen encoding and how they were read instead. */
export interface DecodeReport {
  /** Final encoding; differs from the detected one when an all-ASCII start gave way to Windows-1252. */
  encoding: string;
  /** Invalid UTF-8 bytes after the sniffed start, each read as its Windows-1252 character. */
  fallbackBytes: number;
  firstFallbackOffset: number | null;
}

/**
 * A push decoder: bytes in, text out, in any chunk sizes. Characters and CRLFs split across
 * chunks come out whole because every inner decoder keeps the incomplete tail for the next call.
 *
 * Policy for text that turns out not to be UTF-8 after the sniffed start:
 * - if everything so far was ASCII, the file switches to Windows-1252 at the first byte that is
 *   not valid UTF-8 (ASCII reads the same in both, so nothing already decoded changes);
 * - if the start had UTF-8 in it, later invalid bytes are read one by one as Windows-1252 (files
 *   glued together from two tools do this) and counted in `report()` so the import can say so.
 */
export interface CsvTextDecoder {
  /** Returns '' while the first bytes are still being sniffed. */
  write(bytes: Uint8Array): string;
  /**
   * Decodes what is left. `truncated`: the bytes were only the head of the file, so an
   * incomplete character at the end is dropped rather than decoded as garbage.
   */
  end(truncated?: boolean): string;
  /** Null until enough bytes have arrived to choose. */
  readonly detected: DetectedEncoding | null;
  readonly bytesRead: number;
  report(): DecodeReport;
}

export function createCsvTextDecoder(options: DecodeCsvOptions = {}): CsvTextDecoder {
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let detected: DetectedEncoding | null = null;
  let inner: InnerDecoder | null = null;
  let bytesRead = 0;

  function start(isWholeFile: boolean): string {
    const head = Buffer.concat(pending, pendingLength);
    pending = [];
    if (isWholeFile && head.length === 0) throw new CsvFileError('empty', 'The file is empty.');
    // Exactly the first ENCODING_SNIFF_BYTES decide, however the bytes were chunked.
    const sniffed = head.subarray(0, ENCODING_SNIFF_BYTES);
    detected = detectCsvEncoding(sniffed, isWholeFile && sniffed.length === head.length, options.encoding);
    inner = innerDecoderFor(detected);
    return inner.write(head.subarray(detected.bomLength));
  }

  return {
    write(bytes) {
      bytesRead += bytes.length;
      const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      if (inner) return inner.write(buffer);
      // Copy: callers may reuse their chunk buffers once write() returns.
      pending.push(Buffer.from(buffer));
      pendingLength += buffer.length;
      return pendingLength >= ENCODING_SNIFF_BYTES ? start(false) : '';
    },
    end(truncated = false) {
      const text = inner ? '' : start(!truncated);
      return truncated ? text : text + inner!.end();
    },
    get detected() {
      return detected;
    },
    get bytesRead() {
      return bytesRead;
    },
    report() {
      return inner?.report() ?? { encoding: detected?.encoding ?? 'utf-8', fallbackBytes: 0, firstFallbackOffset: null };
    },
  };
}

/** The decoder as an async generator over a byte stream (a Node Readable, a web stream, an array). */
export async function* decodeCsvBytes(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: DecodeCsvOptions = {},
): AsyncGenerator<string, DecodeReport> {
  const decoder = createCsvTextDecoder(options);
  for await (const chunk of source) {
    const text = decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
  return decoder.report();
}

interface InnerDecoder {
  write(bytes: Buffer): string;
  end(): string;
  report(): DecodeReport;
}

function innerDecoderFor(detected: DetectedEncoding): InnerDecoder {
  if (detected.encoding !== 'utf-8') return iconvDecoder(detected.encoding);
  return detected.asciiOnly ? asciiThenDecide() : utf8WithFallback(0);
}

function iconvDecoder(encoding: string): InnerDecoder {
  const decoder = iconv.getDecoder(encoding, { stripBOM: false });
  return {
    write: (bytes) => decoder.write(bytes),
    end: () => decoder.end() ?? '',
    report: () => ({ encoding, fallbackBytes: 0, firstFallbackOffset: null }),
  };
}

/** ASCII until the first other byte, then UTF-8 if that byte starts valid UTF-8, else Windows-1252. */
function asciiThenDecide(): InnerDecoder {
  let decided: InnerDecoder | null = null;
  let tail: Buffer = Buffer.alloc(0);
  let offset = 0;
  return {
    write(bytes) {
      if (decided) return decided.write(bytes);
      const buffer = tail.length ? Buffer.concat([tail, bytes]) : bytes;
      if (isAscii(buffer)) {
        tail = Buffer.alloc(0);
        offset += buffer.length;
        return buffer.toString('latin1');
      }
      const cut = completeUtf8Length(buffer);
      const complete = buffer.subarray(0, cut);
      if (isAscii(complete)) {
        // The only non-ASCII bytes are a sequence cut by the chunk boundary: wait for the rest.
        tail = Buffer.from(buffer.subarray(cut));
        offset += cut;
        return complete.toString('latin1');
      }
      decided = isUtf8(complete) ? utf8WithFallback(offset) : iconvDecoder('windows-1252');
      tail = Buffer.alloc(0);
      return decided.write(buffer);
    },
    end() {
      if (decided) return decided.end();
      // Only an incomplete sequence can be left: it was not UTF-8 after all.
      return tail.length ? iconv.decode(tail, 'windows-1252') : '';
    },
    report() {
      return decided?.report() ?? { encoding: 'utf-8', fallbackBytes: 0, firstFallbackOffset: null };
    },
  };
}

const windows1252 = Array.from({ length: 256 }, (_, byte) => iconv.decode(Buffer.from([byte]), 'windows-1252'));

/** UTF-8, reading any byte that is not part of a valid sequence as its Windows-1252 character. */
function utf8WithFallback(startOffset: number): InnerDecoder {
  let tail: Buffer = Buffer.alloc(0);
  let offset = startOffset;
  let fallbackBytes = 0;
  let firstFallbackOffset: number | null = null;

  function decodeMixed(bytes: Buffer): string {
    let out = '';
    let runStart = 0;
    let i = 0;
    while (i < bytes.length) {
      const length = validSequenceLength(bytes, i);
      if (length > 0) {
        i += length;
        continue;
      }
      out += bytes.toString('utf8', runStart, i) + windows1252[bytes[i]!];
      fallbackBytes++;
      firstFallbackOffset ??= offset + i;
      i++;
      runStart = i;
    }
    return out + bytes.toString('utf8', runStart, bytes.length);
  }

  return {
    write(bytes) {
      const buffer = tail.length ? Buffer.concat([tail, bytes]) : bytes;
      const cut = completeUtf8Length(buffer);
      tail = cut < buffer.length ? Buffer.from(buffer.subarray(cut)) : Buffer.alloc(0);
      const complete = buffer.subarray(0, cut);
      const text = isUtf8(complete) ? complete.toString('utf8') : decodeMixed(complete);
      offset += cut;
      return text;
    },
    end() {
      const text = tail.length ? decodeMixed(tail) : '';
      tail = Buffer.alloc(0);
      return text;
    },
    report: () => ({ encoding: 'utf-8', fallbackBytes, firstFallbackOffset }),
  };
}

/** Length of the valid UTF-8 sequence at `i` (1–4), or 0 when the byte there does not start one. */
function validSequenceLength(b: Buffer, i: number): number {
  const b0 = b[i]!;
  if (b0 < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k]! >= lo && b[i + k]! <= hi;
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    // Overlongs (E0 80–9F) and UTF-16 surrogates (ED A0–BF) are not valid UTF-8.
    const second = b0 === 0xe0 ? cont(1, 0xa0) : b0 === 0xed ? cont(1, 0x80, 0x9f) : cont(1);
    return second && cont(2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const second = b0 === 0xf0 ? cont(1, 0x90) : b0 === 0xf4 ? cont(1, 0x80, 0x8f) : cont(1);
    return second && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}
