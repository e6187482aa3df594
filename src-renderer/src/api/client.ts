import type { EventName, EventPayloads, InputOf, OutputOf, ProcedureName } from '../../../src-shared/contract';
import { describeError, type WireError } from '../../../src-shared/errors';
import { transport } from './transport';

export class ApiError extends Error {
  constructor(readonly error: WireError) {
    super(describeError(error));
    this.name = 'ApiError';
  }
  get code() {
    return this.error.code;
  }
  get fieldErrors(): Record<string, string[]> {
    return (this.error.details as { fieldErrors?: Record<string, string[]> } | undefined)?.fieldErrors ?? {};
  }
}

/** Calls a procedure of the contract; an error envelope becomes an ApiError with plain words. */
export async function call<N extends ProcedureName>(name: N, input: InputOf<N>): Promise<OutputOf<N>> {
  const envelope = await transport.invoke(name, input);
  if (!envelope.ok) throw new ApiError(envelope.error);
  return envelope.data as OutputOf<N>;
}

export function onEvent<E extends EventName>(name: E, callback: (payload: EventPayloads[E]) => void): () => void {
  return transport.on(name, callback as (payload: unknown) => void);
}
