import type { z } from 'zod';

/** One callable of the contract: its input schema, and its output type carried as a phantom. */
export interface Procedure<I extends z.ZodType, O> {
  readonly input: I;
  readonly __output?: O;
}

/** `procedure(z.object({...})).returns<Output>()` — two steps because TS cannot infer one generic and take another. */
export function procedure<I extends z.ZodType>(input: I) {
  return {
    returns<O>(): Procedure<I, O> {
      return { input };
    },
  };
}

// Procedures that take nothing still accept `{}` (and a missing body) from scripts.
export const noInput = {} as const;
