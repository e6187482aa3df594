import { isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { CsvFileError } from './csv-file-error';

export interface DetectedEncoding {
  /** An iconv-lite name: 'utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'windows-1251', … */
  encoding: string;
  /** Bytes of byte-order mark at the start of the file, to skip. */
  bomLength: number;
  /** How the encoding was chosen. */
  source: 'bom' | 'sniffed' | 'caller';
  /**
   * The sniffed bytes were all ASCII, so 'utf-8' is provisional: the decoder decides for real
   * at the first non-ASCII byte, however far into the file that is.
   */
  asciiOnly: boolean;
}

/**
 * The encoding of a CSV file from its first bytes (the decoder hands it 64 KB, or the whole
 * file when shorter): byte-order mark; UTF-16 without one (every other byte zero); UTF-8 when the
 * bytes are valid UTF-8; otherwise chardet's guess if it names a single-byte encoding, else
 * Windows-1252, which is what Excel on Western Windows writes for "CSV (Comma delimited)".
 * Refuses files that are not text, naming what they look like.
 */
export function detectCsvEncoding(head: Uint8Array, isWholeFile: boolean, callerEncoding?: string): DetectedEncoding {
  const bytes = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  refuseKnownBinary(bytes);
  const bom = byteOrderMark(bytes);
  if (callerEncoding) {
    const encoding = canonicalEncoding(callerEncoding);
    if (!iconv.encodingExists(encoding)) {
      throw new CsvFileError('encoding', `"${callerEncoding}" is not a text encoding Outreach Desk can read.`);
    }
    const bomLength = bom && bom.encoding === encoding ? bom.bomLength : 0;
    return { encoding, bomLength, source: 'caller', asciiOnly: false };
  }
  if (bom) return { ...bom, source: 'bom', asciiOnly: false };

  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { encoding: utf16, bomLength: 0, source: 'sniffed', asciiOnly: false };
  if (bytes.includes(0)) {
    throw new CsvFileError('binary', 'This file contains binary data, not text: it is not a CSV file.');
  }
  if (bytes.every((b) => b < 0x80)) return { encoding: 'utf-8', bomLength: 0, source: 'sniffed', asciiOnly: true };
  // A head cut mid-character is still UTF-8: ignore an incomplete sequence at its end.
  const complete = isWholeFile ? bytes : bytes.subarray(0, completeUtf8Length(bytes));
  if (isUtf8(complete)) return { encoding: 'utf-8', bomLength: 0, source: 'sniffed', asciiOnly: false };
  return { encoding: guessSingleByteEncoding(bytes), bomLength: 0, source: 'sniffed', asciiOnly: false };
}

/** Length of the prefix of `bytes` that does not end inside a UTF-8 multi-byte sequence. */
export function completeUtf8Length(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let i = n - 1; i >= 0 && i >= n - 4; i--) {
    const b = bytes[i]!;
    if (b < 0x80) return n;
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return n - i < need ? i : n;
    }
  }
  return n;
}

function byteOrderMark(b: Buffer): { encoding: string; bomLength: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) {
    if (b[2] === 0 && b[3] === 0) {
      throw new CsvFileError('encoding', 'This file is UTF-32, which Outreach Desk cannot read: save it as UTF-8 CSV.');
    }
    return { encoding: 'utf-16le', bomLength: 2 };
  }
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return null;
}

/** Mostly-Latin text in UTF-16 has a zero in every other byte: odd bytes for LE, even for BE. */
function utf16WithoutBom(b: Buffer): string | null {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZeros++;
    if (b[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

const saveAsCsv = 'open it in Excel (or Numbers, or Google Sheets) and save or download it as CSV first.';

const signatures: { magic: number[]; what: string }[] = [
  { magic: [0x50, 0x4b, 0x03, 0x04], what: `This looks like an Excel .xlsx file, not CSV: ${saveAsCsv}` },
  { magic: [0x50, 0x4b, 0x05, 0x06], what: 'This is a zip archive, not CSV: unzip it and choose the CSV file inside.' },
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    what: `This looks like an old Excel .xls file, not CSV: ${saveAsCsv}`,
  },
  { magic: [0x25, 0x50, 0x44, 0x46], what: 'This is a PDF document, not CSV.' },
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'This is a PNG image, not CSV.' },
  { magic: [0xff, 0xd8, 0xff], what: 'This is a JPEG image, not CSV.' },
  { magic: [0x47, 0x49, 0x46, 0x38], what: 'This is a GIF image, not CSV.' },
  { magic: [0x1f, 0x8b], what: 'This is a compressed (.gz) file, not CSV: decompress it first.' },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'This is a rich-text (.rtf) document, not CSV.' },
  { magic: [...Buffer.from('SQLite format 3')], what: 'This is an SQLite database, not CSV.' },
];

function refuseKnownBinary(b: Buffer): void {
  for (const { magic, what } of signatures) {
    if (b.length >= magic.length && magic.every((byte, i) => b[i] === byte)) throw new CsvFileError('binary', what);
  }
  // Some web apps' "Excel export" is an HTML table with an .xls or .csv name.
  const start = b
    .subarray(0, 512)
    .toString('latin1')
    .replace(/^\uFEFF|^[\s\u00ef\u00bb\u00bf]+/g, '')
    .toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) {
    throw new CsvFileError('binary', `This is a web page (HTML), not CSV: ${saveAsCsv}`);
  }
}

// ISO-8859-1 and US-ASCII labels mean Windows-1252 in practice (WHATWG maps them so).
const latin1Family = new Set(['iso-8859-1', 'iso-8859-15', 'windows-1252', 'ascii', 'us-ascii']);

/** chardet's first guess when it is a single-byte encoding iconv-lite knows; Windows-1252 otherwise. */
function guessSingleByteEncoding(b: Buffer): string {
  const guess = chardet.analyse(b)[0]?.name.toLowerCase();
  if (!guess || latin1Family.has(guess)) return 'windows-1252';
  const singleByte = /^(windows-125\d|iso-8859-\d+|koi8-[ru])$/.test(guess);
  return singleByte && iconv.encodingExists(guess) ? guess : 'windows-1252';
}

function canonicalEncoding(label: string): string {
  const name = label.trim().toLowerCase().replace(/_/g, '-');
  if (name === 'utf8') return 'utf-8';
  if (name === 'latin1' || name === 'iso-8859-1' || name === 'cp1252') return 'windows-1252';
  return name;
}
