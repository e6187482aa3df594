// Errors cross the IPC/HTTP boundary as data, never as stacks.
export const errorCodes = [
  'INVALID_INPUT',
  'UNKNOWN_PROCEDURE',
  'NOT_FOUND',
  'CONFLICT',
  'PRECONDITION_FAILED',
  'UNAUTHORIZED',
  'DATABASE_UNAVAILABLE',
  'DATABASE_LOCKED',
  'CANCELLED',
  'EXTERNAL_SERVICE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface WireError {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: WireError };

/** Field errors as the router reports them for INVALID_INPUT: dotted path → messages. */
export type FieldErrors = Record<string, string[]>;

const plainWords: Record<ErrorCode, string> = {
  INVALID_INPUT: 'Some of the values are not valid.',
  UNKNOWN_PROCEDURE: 'The app asked for something it does not know how to do.',
  NOT_FOUND: 'That item no longer exists.',
  CONFLICT: 'That would create a duplicate.',
  PRECONDITION_FAILED: 'That cannot be done right now.',
  UNAUTHORIZED: 'This window is not allowed to talk to Outreach Desk.',
  DATABASE_UNAVAILABLE: 'The database cannot be reached.',
  DATABASE_LOCKED: 'The database is in use by another Outreach Desk.',
  CANCELLED: 'Cancelled.',
  EXTERNAL_SERVICE: 'An outside service answered with an error.',
  INTERNAL: 'Something went wrong inside Outreach Desk.',
};

/** A sentence a person can read, for notifications. */
export function describeError(error: WireError): string {
  const fieldErrors = (error.details as { fieldErrors?: FieldErrors } | undefined)?.fieldErrors;
  if (error.code === 'INVALID_INPUT' && fieldErrors) {
    const parts = Object.entries(fieldErrors).map(([field, messages]) => `${field || 'input'}: ${messages.join(', ')}`);
    if (parts.length) return `${plainWords.INVALID_INPUT} ${parts.join('; ')}`;
  }
  return error.message || plainWords[error.code];
}
