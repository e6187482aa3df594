import type { OutputOf, ParsedInputOf, ProcedureName } from '../../src-shared/contract';
import type { AppContext } from '../context';

export type Handler<N extends ProcedureName> = (
  input: ParsedInputOf<N>,
  ctx: AppContext,
) => Promise<OutputOf<N>> | OutputOf<N>;

/** Every procedure of the contract must have a handler: a missing or mistyped one fails the build. */
export type HandlersFor = { [N in ProcedureName]: Handler<N> };

/** One domain's handlers, checked against the contract names they implement. */
export type DomainHandlers<P extends string> = { [N in Extract<ProcedureName, `${P}.${string}`>]: Handler<N> };
