/**
 * Why a file cannot be read as CSV at all, as a code for programs and a sentence for people.
 * Problems with single rows are not errors: they come back as failed rows.
 */
export type CsvFileErrorCode = 'empty' | 'binary' | 'encoding';

export class CsvFileError extends Error {
  constructor(
    readonly code: CsvFileErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CsvFileError';
  }
}
