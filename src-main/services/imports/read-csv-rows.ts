import { createCsvTextDecoder } from './decode-csv-bytes';
import { CsvFileError } from './csv-file-error';
import { createCsvRecordParser, type RecordProblem } from './parse-csv-records';
import { sniffCsv, type CsvOverrides, type CsvSettings } from './sniff-csv';

/**
 * One data row. `rowNumber` is the row Excel shows for it when it opens the file: 1-based,
 * counting every record from the top (title lines, the header and blank lines included), with a
 * quoted value that spans lines still one row.
 */
export interface CsvRow {
  rowNumber: number;
  /** Exactly `settings.headers.length` values, padded with '' when the row was short. */
  values: string[];
}

/** A data row that could not be read; `values` holds what was parsed, or the raw line. */
export interface CsvFailedRow {
  rowNumber: number;
  column: string | null;
  reason: string;
  values: string[];
}

/** A row that was read but deserves a second look. */
export interface CsvRowWarning {
  rowNumber: number;
  reason: string;
}

export interface CsvReadSummary {
  /** Every record in the file: preambleRows + headerRows + blankLines + rows + failedRows. */
  records: number;
  /** Non-blank lines above the header row (titles like "Export from Apollo — 2025-11-02"). */
  preambleRows: number;
  headerRows: number;
  /** Empty or whitespace-only lines anywhere: skipped, not failed. */
  blankLines: number;
  rows: number;
  failedRows: number;
  /** Rows with fewer values than headers, padded with ''. */
  paddedRows: number;
  bytesRead: number;
  /** Final encoding (an all-ASCII start can turn into Windows-1252 later on). */
  encoding: string;
  /** File-level notes for the import summary: skipped title lines, mixed encodings, … */
  warnings: string[];
}

export interface CsvRowBatch {
  settings: CsvSettings;
  rows: CsvRow[];
  failed: CsvFailedRow[];
  warnings: CsvRowWarning[];
  blankLines: number;
  /** File-level notes known so far (skipped title lines, …); the summary has the final list. */
  fileWarnings: string[];
  /** Bytes taken from the source so far (runs a little ahead of the rows: buffering). */
  bytesRead: number;
  /**
   * Set on the last batch only. Every read ends with such a batch, even for a header-only file;
   * it can hold no rows when the one before it was full.
   */
  summary: CsvReadSummary | null;
}

export interface ReadCsvRowsOptions {
  /** The caller's choices (usually what the user confirmed in the preview); the rest is sniffed. */
  overrides?: CsvOverrides;
  /** Rows plus failed rows per batch. */
  batchSize?: number;
  signal?: AbortSignal;
  onProgress?: (progress: { bytesRead: number; rows: number; failedRows: number }) => void;
  maxRecordChars?: number;
  /** The source is only the head of a longer file: leave out a last record that may be cut short. */
  truncated?: boolean;
}

/** Decoded text looked at before choosing delimiter and header row. */
const SNIFF_CHARS = 64 * 1024;

/**
 * Reads a CSV byte stream as batches of rows, decoding, sniffing and parsing as the bytes
 * arrive: memory stays flat however long the file is, and the next bytes are only read when the
 * consumer asks for the next batch. Every record of the file is accounted for in the summary.
 *
 * Ragged rows: a short row is padded with ''; a long row whose extra values are all empty is cut
 * to the header width (Excel pads rows that way); a long row with extra values fails, because
 * its values have most likely shifted (an unquoted delimiter inside a value) and importing it
 * would put data in the wrong fields.
 */
export async function* readCsvRows(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: ReadCsvRowsOptions = {},
): AsyncGenerator<CsvRowBatch, void, undefined> {
  const { overrides = {}, batchSize = 1000, signal, maxRecordChars = 8 * 1024 * 1024 } = options;
  const decoder = createCsvTextDecoder({ encoding: overrides.encoding });
  let sample: string[] = [];
  let sampleLength = 0;
  let reader: ReturnType<typeof rowAssembler> | null = null;

  const begin = (isWholeFile: boolean): ReturnType<typeof rowAssembler> => {
    const text = sample.join('');
    sample = [];
    // Exactly the first SNIFF_CHARS decide, however the bytes were chunked.
    const sniffed = sniffCsv({
      sample: text.slice(0, SNIFF_CHARS),
      isWholeFile: isWholeFile && text.length <= SNIFF_CHARS,
      encoding: decoder.detected!.encoding,
      overrides,
    });
    if (sniffed.settings.headers.length === 0) {
      throw new CsvFileError('empty', 'The file has no rows: it is empty or holds only blank lines.');
    }
    const assembler = rowAssembler(sniffed.settings, sniffed.warnings, batchSize, maxRecordChars);
    assembler.push(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return assembler;
  };

  let rowsYielded = 0;
  let failedYielded = 0;
  const progress = (batch: CsvRowBatch) => {
    rowsYielded += batch.rows.length;
    failedYielded += batch.failed.length;
    options.onProgress?.({ bytesRead: batch.bytesRead, rows: rowsYielded, failedRows: failedYielded });
  };

  for await (const chunk of source) {
    signal?.throwIfAborted();
    const text = decoder.write(chunk);
    if (!text) continue;
    if (reader) {
      reader.push(text);
    } else {
      sample.push(text);
      sampleLength += text.length;
      if (sampleLength >= SNIFF_CHARS) reader = begin(false);
    }
    for (const batch of reader?.takeFullBatches(decoder.bytesRead) ?? []) {
      progress(batch);
      signal?.throwIfAborted();
      yield batch;
    }
  }
  signal?.throwIfAborted();
  // A preview's cut-off head may end inside a character: don't decode a half of one.
  const rest = decoder.end(options.truncated);
  if (reader) reader.push(rest);
  else {
    sample.push(rest);
    reader = begin(!options.truncated);
  }
  reader.finish(options.truncated ?? false);
  const batches = reader.takeFullBatches(decoder.bytesRead);
  const { encoding, fallbackBytes, firstFallbackOffset } = decoder.report();
  const warnings = [...reader.fileWarnings];
  if (encoding !== decoder.detected!.encoding) {
    warnings.push(`The file started as plain ASCII and turned out to be ${encoding}; it was read as such.`);
  }
  if (fallbackBytes > 0) {
    warnings.push(
      `${fallbackBytes} byte${fallbackBytes === 1 ? ' was' : 's were'} not valid UTF-8 (first at byte ${firstFallbackOffset}) ` +
        'and were read as Windows-1252: the file may mix two encodings.',
    );
  }
  batches.push(reader.lastBatch(decoder.bytesRead, encoding, warnings));
  for (const batch of batches) {
    progress(batch);
    signal?.throwIfAborted();
    yield batch;
  }
}

/** Turns records into rows, failed rows and counts, and packs them into batches. */
function rowAssembler(settings: CsvSettings, fileWarnings: string[], batchSize: number, maxRecordChars: number) {
  const width = settings.headers.length;
  const counts = { records: 0, preambleRows: 0, headerRows: 0, blankLines: 0, rows: 0, failedRows: 0, paddedRows: 0 };
  const ready: Omit<CsvRowBatch, 'bytesRead'>[] = [];
  let current = emptyBatch();

  function emptyBatch(): Omit<CsvRowBatch, 'bytesRead'> {
    return { settings, rows: [], failed: [], warnings: [], blankLines: 0, fileWarnings, summary: null };
  }

  function fail(rowNumber: number, reason: string, values: string[], column: string | null = null): void {
    counts.failedRows++;
    current.failed.push({ rowNumber, column, reason, values });
  }

  function onRecord(values: string[], problem: RecordProblem | null): void {
    const rowNumber = ++counts.records;
    const index = rowNumber - 1;
    const blank = isBlankRecord(values);
    if (blank && problem === null) {
      counts.blankLines++;
      current.blankLines++;
    } else if (index < settings.headerRowIndex) {
      counts.preambleRows++;
    } else if (index === settings.headerRowIndex) {
      counts.headerRows++;
    } else if (problem === 'unclosed-quote') {
      fail(rowNumber, 'A quote (") in this row is never closed, so its values cannot be told apart.', values);
    } else if (values.length > width && !isBlankRecord(values.slice(width))) {
      fail(
        rowNumber,
        `This row has ${values.length} values but the header has ${width} columns: ` +
          `probably a value with an unquoted ${delimiterName(settings.delimiter)} in it.`,
        values,
      );
    } else if (problem === 'stray-quote' && values.length !== width) {
      fail(rowNumber, 'A quote (") in this row is not where CSV allows one, so its values cannot be told apart.', values);
    } else {
      if (values.length < width) {
        counts.paddedRows++;
        while (values.length < width) values.push('');
      } else if (values.length > width) {
        values.length = width;
      }
      if (problem === 'stray-quote') {
        current.warnings.push({ rowNumber, reason: 'A quote (") in this row is not where CSV allows one: check its values.' });
      }
      counts.rows++;
      current.rows.push({ rowNumber, values });
    }
    if (current.rows.length + current.failed.length >= batchSize) {
      ready.push(current);
      current = emptyBatch();
    }
  }

  const parser = createCsvRecordParser({ delimiter: settings.delimiter, newline: settings.newline, maxRecordChars, onRecord });
  return {
    counts,
    fileWarnings,
    push: (text: string) => parser.push(text),
    finish: (dropIncomplete: boolean) => parser.finish(dropIncomplete),
    takeFullBatches(bytesRead: number): CsvRowBatch[] {
      return ready.splice(0).map((batch) => ({ ...batch, bytesRead }));
    },
    lastBatch(bytesRead: number, encoding: string, warnings: string[]): CsvRowBatch {
      const summary: CsvReadSummary = { ...counts, bytesRead, encoding, warnings };
      return { ...current, fileWarnings: warnings, bytesRead, summary };
    },
  };
}

function isBlankRecord(values: string[]): boolean {
  for (const value of values) if (value !== '' && value.trim() !== '') return false;
  return true;
}

function delimiterName(delimiter: string): string {
  return { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe (|)' }[delimiter] ?? `"${delimiter}"`;
}
