import Papa, { type ParseError, type ParseResult } from 'papaparse';
import type { CsvNewline } from './sniff-csv';

/** What was wrong with a record the parser could still return. */
export type RecordProblem =
  /** A quote inside a quoted field that was neither doubled nor closing it; papaparse read on. */
  | 'stray-quote'
  /** A quote that never closes; `values` holds the record's first physical line as one value. */
  | 'unclosed-quote';

export type OnRecord = (values: string[], problem: RecordProblem | null) => void;

export interface CsvRecordParserOptions {
  delimiter: string;
  newline: CsvNewline;
  /**
   * A record still open after this many characters is taken for an unclosed quote, so a stray
   * quote cannot make the parser hold the rest of a million-row file in memory.
   */
  maxRecordChars: number;
  onRecord: OnRecord;
}

export interface CsvRecordParser {
  push(text: string): void;
  /** Parses what is left. `dropIncomplete` leaves out a last record that may be cut short (a preview of a file head). */
  finish(dropIncomplete?: boolean): void;
}

/** Text handed to papaparse at a time: big enough that per-call overhead is nothing. */
const PARSE_CHARS = 64 * 1024;

/**
 * Records from text arriving in pieces, using papaparse's own parser the way its streamers do:
 * parse everything, keep the unfinished last record and prepend it to the next piece. Pieces are
 * gathered until there is at least as much new text as unfinished text, so a field of megabytes
 * arriving a byte at a time costs linear, not quadratic, time.
 *
 * Recovery from an unclosed quote (at the end of the file, or past `maxRecordChars`): the first
 * physical line of the open record is reported as one 'unclosed-quote' record and parsing
 * resumes on the next line, so one bad quote costs one row and not the rest of the file.
 */
export function createCsvRecordParser({ delimiter, newline, maxRecordChars, onRecord }: CsvRecordParserOptions): CsvRecordParser {
  const parser = new Papa.Parser({ delimiter, newline, quoteChar: '"' });
  let pieces: string[] = [];
  let piecesLength = 0;
  let partial = '';

  /** Parses complete records from `input`; returns the unfinished rest. */
  function parseComplete(input: string): string {
    const result = parser.parse(input, 0, true) as ParseResult<string[]>;
    emit(result.data, result.errors);
    return input.slice(result.meta.cursor);
  }

  function emit(rows: string[][], errors: ParseError[]): void {
    // Errors for rows past the end belong to the unfinished record and will be found again.
    const stray = new Set(errors.filter((e) => e.code === 'InvalidQuotes' && e.row! < rows.length).map((e) => e.row));
    for (let i = 0; i < rows.length; i++) onRecord(rows[i]!, stray.size && stray.has(i) ? 'stray-quote' : null);
  }

  /** Reports the first line of an open record as unclosed; returns the text after that line. */
  function skipUnclosedLine(open: string): string {
    const end = open.indexOf(newline);
    onRecord([end === -1 ? open : open.slice(0, end)], 'unclosed-quote');
    return end === -1 ? '' : open.slice(end + newline.length);
  }

  function parsePieces(): void {
    const input = partial + pieces.join('');
    pieces = [];
    piecesLength = 0;
    partial = parseComplete(input);
    while (partial.length > maxRecordChars) partial = parseComplete(skipUnclosedLine(partial));
  }

  return {
    push(text) {
      if (!text) return;
      pieces.push(text);
      piecesLength += text.length;
      if (piecesLength >= PARSE_CHARS && piecesLength >= partial.length) parsePieces();
    },
    finish(dropIncomplete = false) {
      parsePieces();
      while (partial && !dropIncomplete) {
        const last = parser.parse(partial, 0, false) as ParseResult<string[]>;
        if (!last.errors.some((e) => e.code === 'MissingQuotes')) {
          emit(last.data, last.errors);
          break;
        }
        partial = parseComplete(skipUnclosedLine(partial));
      }
      partial = '';
    },
  };
}
