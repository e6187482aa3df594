/** Why a fetch failed, as a code for programs and a sentence for people. */
export type FetchErrorCode = 'invalid-url' | 'refused' | 'dns' | 'timeout' | 'aborted' | 'too-many-redirects' | 'network' | 'decoding';

export class FetchError extends Error {
  constructor(
    readonly code: FetchErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

export function toFetchError(error: unknown, url: string): FetchError {
  if (error instanceof FetchError) return error;
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'ECONNREFUSED') return new FetchError('network', `connection refused: ${url}`);
  if (e?.code === 'ECONNRESET') return new FetchError('network', `connection reset: ${url}`);
  if (e?.name === 'AbortError') return new FetchError('aborted', `cancelled: ${url}`);
  return new FetchError('network', `network error fetching ${url}: ${e?.message ?? String(error)}`);
}
