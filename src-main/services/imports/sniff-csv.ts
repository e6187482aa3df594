export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];
export type CsvNewline = '\r\n' | '\n' | '\r';

/** How to read a file: what the sniffer found, after the caller's overrides. */
export interface CsvSettings {
  encoding: string;
  delimiter: CsvDelimiter;
  newline: CsvNewline;
  /**
   * 0-based index of the header record, counting every record from the top of the file (title
   * lines and blank lines too), or -1 when the file has no header row and columns are named
   * "Column 1", "Column 2", …
   */
  headerRowIndex: number;
  /** Cleaned header names: trimmed, unique, never empty. Their count is the row width. */
  headers: string[];
  /** 0–1: how sure the sniffer is of the delimiter and the header row together. */
  confidence: number;
}

export type CsvOverrides = Partial<Omit<CsvSettings, 'confidence'>>;

export interface SniffCsvInput {
  /** The first decoded text of the file, ~64 KB or all of it. */
  sample: string;
  /** False when the sample stops mid-file, so its last record may be cut short. */
  isWholeFile: boolean;
  encoding: string;
  overrides?: CsvOverrides;
}

export interface SniffResult {
  settings: CsvSettings;
  warnings: string[];
}

const SAMPLE_RECORDS = 200;
const HEADER_SEARCH_RECORDS = 20;

/**
 * Delimiter, line ending and header row from the first text of a file. The delimiter is the
 * candidate whose records most consistently have the same (>1) number of fields; the header is
 * the first record that looks like one (see `looksLikeHeader`), so title lines and blank lines
 * that tools and people put above the header are skipped.
 */
export function sniffCsv({ sample, isWholeFile, encoding, overrides = {} }: SniffCsvInput): SniffResult {
  const warnings: string[] = [];
  const text = sample.charCodeAt(0) === 0xfeff ? sample.slice(1) : sample;
  const guess = overrides.delimiter ? null : guessDelimiter(text, isWholeFile);
  const delimiter = overrides.delimiter ?? guess!.delimiter;
  const sampled = guess?.delimiter === delimiter ? guess.sampled : tokenizeSample(text, delimiter, isWholeFile);
  const { records, newlines } = sampled;

  const newline = overrides.newline ?? chooseNewline(newlines);
  if (!overrides.newline && [newlines.crlf, newlines.lf, newlines.cr].filter((n) => n > 0).length > 1) {
    warnings.push('The file mixes line endings; reading it as if every line ended in LF.');
  }

  const width = modalWidth(records);
  let headerRowIndex: number;
  let headerQuality: number;
  if (overrides.headerRowIndex !== undefined) {
    headerRowIndex = overrides.headerRowIndex;
    headerQuality = 1;
  } else {
    ({ index: headerRowIndex, quality: headerQuality } = findHeaderRow(records, width));
  }
  const headerCells = headerRowIndex >= 0 ? (records[headerRowIndex] ?? []) : [];
  const headers = overrides.headers ?? cleanHeaders(headerCells, records.slice(headerRowIndex + 1), width);
  if (headerRowIndex > 0 && overrides.headerRowIndex === undefined) {
    warnings.push(`Skipped ${headerRowIndex} line${headerRowIndex === 1 ? '' : 's'} above the header row.`);
  }
  if (headerRowIndex === -1 && overrides.headerRowIndex === undefined) {
    warnings.push('The first row looks like data, not column names: columns are numbered instead.');
  }

  const confidence = Math.round((guess?.consistency ?? 1) * headerQuality * 100) / 100;
  if (confidence < 0.6) warnings.push('The file layout was hard to recognise: check the delimiter and header row.');
  return { settings: { encoding, delimiter, newline, headerRowIndex, headers, confidence }, warnings };
}

interface SampledRecords {
  records: string[][];
  newlines: { crlf: number; lf: number; cr: number };
}

function guessDelimiter(text: string, isWholeFile: boolean): { delimiter: CsvDelimiter; consistency: number; sampled: SampledRecords } {
  let best: { delimiter: CsvDelimiter; consistency: number; width: number; sampled: SampledRecords } | null = null;
  for (const delimiter of CSV_DELIMITERS) {
    const sampled = tokenizeSample(text, delimiter, isWholeFile);
    const rows = sampled.records.filter((r) => !isBlank(r));
    const width = modalWidth(sampled.records);
    const consistency = width > 1 && rows.length ? rows.filter((r) => r.length === width).length / rows.length : 0;
    if (!best || consistency > best.consistency || (consistency === best.consistency && width > best.width)) {
      best = { delimiter, consistency, width, sampled };
    }
  }
  // One column and no delimiter anywhere: a list of emails, say. Comma is as good as any.
  if (best!.consistency === 0) return { delimiter: ',', consistency: 0.5, sampled: tokenizeSample(text, ',', isWholeFile) };
  return best!;
}

/**
 * Splits the sample into records the way the parser will, honouring quotes (a quote opens a
 * quoted field only at the start of a field). Any of CRLF, LF and CR ends a record here, and the
 * kinds seen outside quotes are counted to choose the parser's line ending.
 */
export function tokenizeSample(text: string, delimiter: string, isWholeFile: boolean, maxRecords = SAMPLE_RECORDS): SampledRecords {
  const records: string[][] = [];
  const newlines = { crlf: 0, lf: 0, cr: 0 };
  let record: string[] = [];
  let field = '';
  let i = 0;
  let atFieldStart = true;
  let ended = false;
  const n = text.length;
  while (i < n && records.length < maxRecords) {
    const c = text[i]!;
    if (atFieldStart && c === '"') {
      const close = closingQuote(text, i + 1);
      if (close === -1) {
        // Unterminated quote: the rest of the sample is one field.
        field += text.slice(i + 1).replace(/""/g, '"');
        i = n;
        break;
      }
      field += text.slice(i + 1, close).replace(/""/g, '"');
      i = close + 1;
      atFieldStart = false;
      continue;
    }
    if (c === delimiter) {
      record.push(field);
      field = '';
      atFieldStart = true;
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') {
        newlines.crlf++;
        i += 2;
      } else {
        if (c === '\r') newlines.cr++;
        else newlines.lf++;
        i++;
      }
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      atFieldStart = true;
      ended = i >= n;
      continue;
    }
    field += c;
    atFieldStart = false;
    i++;
  }
  const leftover = !ended && i >= n && (field !== '' || record.length > 0);
  // The last record of a cut sample may be incomplete: leave it out rather than mis-count it.
  if (leftover && isWholeFile && records.length < maxRecords) records.push([...record, field]);
  return { records, newlines };
}

function closingQuote(text: string, from: number): number {
  let i = from;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q === -1) return -1;
    if (text[q + 1] === '"') {
      i = q + 2;
      continue;
    }
    return q;
  }
}

function chooseNewline({ crlf, lf, cr }: SampledRecords['newlines']): CsvNewline {
  if (lf > 0 && (crlf > 0 || cr > 0)) return '\n';
  if (crlf > 0 && cr > 0) return '\r';
  if (crlf > 0) return '\r\n';
  if (cr > 0) return '\r';
  return '\n';
}

function isBlank(record: string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}

/** The most common field count among non-blank records (trailing empty cells not counted twice). */
function modalWidth(records: string[][]): number {
  const counts = new Map<number, number>();
  for (const r of records) if (!isBlank(r)) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
  let width = 0;
  let best = 0;
  for (const [w, count] of counts) {
    if (count > best || (count === best && w > width)) {
      width = w;
      best = count;
    }
  }
  return width;
}

const dataLike = [
  /^[-+]?[\d\s.,%$€£]+$/, // numbers, prices, percentages
  /^[^\s@]+@[^\s@]+\.[^\s@]+$/, // email addresses
  /^(https?:\/\/|www\.)/i, // web addresses
  /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/, // dates
];

/**
 * A header row is as wide as the data, mostly filled in, has no cell that looks like data
 * (number, email, URL, date), and names each column once.
 */
function looksLikeHeader(record: string[], width: number): boolean {
  const cells = record.map((c) => c.trim());
  const filled = cells.filter((c) => c !== '');
  if (record.length < width || filled.length < Math.max(1, Math.ceil(width / 2))) return false;
  if (filled.some((c) => c.length > 120 || dataLike.some((re) => re.test(c)))) return false;
  return new Set(filled.map((c) => c.toLowerCase())).size >= filled.length * 0.9;
}

function findHeaderRow(records: string[][], width: number): { index: number; quality: number } {
  const limit = Math.min(records.length, HEADER_SEARCH_RECORDS);
  for (let i = 0; i < limit; i++) {
    if (!isBlank(records[i]!) && looksLikeHeader(records[i]!, width)) return { index: i, quality: 1 };
  }
  const firstFull = records.findIndex((r, i) => i < limit && !isBlank(r) && r.length >= width);
  if (firstFull === -1)
    return {
      index: Math.max(
        0,
        records.findIndex((r) => !isBlank(r)),
      ),
      quality: 0.5,
    };
  const cells = records[firstFull]!.map((c) => c.trim());
  // A first row full of emails or numbers is data: the file has no header.
  const dataCells = cells.filter((c) => c !== '' && dataLike.some((re) => re.test(c))).length;
  if (dataCells > 0 && dataCells >= cells.filter((c) => c !== '').length / 3) return { index: -1, quality: 0.5 };
  return { index: firstFull, quality: 0.6 };
}

/**
 * Header names as the mapping step needs them: trimmed, never empty ("Column 7"), unique
 * ("Phone (2)"). Trailing unnamed columns that hold no data in the sample are dropped: Excel
 * pads rows with empty cells out to the widest row.
 */
export function cleanHeaders(cells: string[], dataRecords: string[][], width: number): string[] {
  let count = Math.max(cells.length, width);
  while (count > 0 && !(cells[count - 1] ?? '').trim() && dataRecords.every((r) => !(r[count - 1] ?? '').trim())) {
    count--;
  }
  const seen = new Map<string, number>();
  const headers: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = (cells[i] ?? '').replace(/\s+/g, ' ').trim() || `Column ${i + 1}`;
    const key = name.toLowerCase();
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    headers.push(n === 1 ? name : `${name} (${n})`);
  }
  return headers;
}
