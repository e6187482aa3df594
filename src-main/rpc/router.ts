import { z } from 'zod';
import { contract, isProcedureName } from '../../src-shared/contract';
import type { Envelope, FieldErrors, WireError } from '../../src-shared/errors';
import type { AppContext } from '../context';
import { AppError } from './app-error';
import type { HandlersFor } from './handlers-for';

export interface Router {
  call(name: string, input: unknown): Promise<Envelope<unknown>>;
}

function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    (out[path] ??= []).push(issue.message);
  }
  return out;
}

/** Postgres errors a user can act on, by SQLSTATE. */
function fromDatabaseError(thrown: unknown): WireError | null {
  // Drizzle wraps the driver's error (DrizzleQueryError) and keeps it as `cause`.
  const error = (thrown as { code?: unknown })?.code === undefined && (thrown as { cause?: unknown })?.cause ? (thrown as { cause: unknown }).cause : thrown;
  const code = (error as { code?: unknown })?.code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return null;
  const detail = (error as { detail?: string }).detail;
  if (code === '23505') return { code: 'CONFLICT', message: `That already exists${detail ? `: ${detail}` : '.'}` };
  if (code === '23503') return { code: 'CONFLICT', message: `Other records still refer to it${detail ? `: ${detail}` : '.'}` };
  if (code === '23514' || code === '22001' || code === '22P02')
    return { code: 'INVALID_INPUT', message: `The database refused a value: ${(error as Error).message}` };
  if (code.startsWith('08') || code === '57P01')
    return { code: 'DATABASE_UNAVAILABLE', message: `The database connection failed: ${(error as Error).message}` };
  return null;
}

/**
 * The router does three things in order: is the name in the contract; does the input parse;
 * call the handler and wrap the outcome. Stacks go to the log, never across the boundary.
 */
export function createRouter(handlers: HandlersFor, getContext: () => AppContext): Router {
  return {
    async call(name, rawInput) {
      if (!isProcedureName(name)) {
        return { ok: false, error: { code: 'UNKNOWN_PROCEDURE', message: `There is no procedure named "${name}".` } };
      }
      const parsed = contract[name].input.safeParse(rawInput ?? {});
      if (!parsed.success) {
        return {
          ok: false,
          error: {
            code: 'INVALID_INPUT',
            message: `The input of ${name} is not valid.`,
            details: { fieldErrors: fieldErrorsOf(parsed.error) },
          },
        };
      }
      const ctx = getContext();
      try {
        const handler = handlers[name] as (input: unknown, ctx: AppContext) => unknown;
        const data = await handler(parsed.data, ctx);
        return { ok: true, data };
      } catch (error) {
        if (error instanceof AppError) {
          return { ok: false, error: { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) } };
        }
        if (error instanceof z.ZodError) {
          return { ok: false, error: { code: 'INVALID_INPUT', message: 'A value is not valid.', details: { fieldErrors: fieldErrorsOf(error) } } };
        }
        const fromDb = fromDatabaseError(error);
        if (fromDb) return { ok: false, error: fromDb };
        ctx.log.error(`procedure ${name} failed`, error);
        return { ok: false, error: { code: 'INTERNAL', message: `Outreach Desk could not do that (${name}). The details are in the log.` } };
      }
    },
  };
}
