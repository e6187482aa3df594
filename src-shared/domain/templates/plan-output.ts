import { Context, TypeGuards, toValue, toValueSync, type Filter, type Liquid, type Output, type Value } from 'liquidjs';
import { escapeHtmlOutput, neutraliseTextOutput, stateOf, stringifyValue } from './liquid-engine';

// How render-plan.ts evaluates {{ }} without liquidjs' generators: the same lookups, filter
// functions and escaping, called directly.

export type PathKey = string | number;

interface ContextInternals {
  findScope(key: PathKey): unknown;
}
interface FilterInternals {
  handler: (this: unknown, ...args: unknown[]) => unknown;
  token: unknown;
  liquid: Liquid;
}

interface DirectFilter {
  handler: FilterInternals['handler'];
  /** The `this` liquidjs gives filter functions; its context is set before each call. */
  self: { context: Context | null; token: unknown; liquid: Liquid };
  args: unknown[];
}

interface CompiledFilter {
  filter: Filter;
  /** Set when every argument is a literal: then the handler is called directly. */
  direct?: DirectFilter;
  /** Set for the engine's own escaping, appended to every output: a plain function call. */
  escape?: (value: unknown) => string;
}

export interface CompiledOutput {
  value: Value;
  path?: PathKey[];
  /** Index of `path` in the render's lookup memo (see runPlan); undefined: not memoised. */
  slot?: number;
  filters: CompiledFilter[];
  /** Variables to report as missing when blank: none if a `default` filter provides a fallback. */
  tracked: { name: string; path: PathKey[] }[];
}

/** Per-render cache of variable lookups, by slot: NOT_LOOKED_UP until first read. */
export type LookupMemo = unknown[];
export const NOT_LOOKED_UP: unique symbol = Symbol('notLookedUp');

const canFindScope = typeof (Context.prototype as unknown as Partial<ContextInternals>).findScope === 'function';

export function isIterator(value: unknown): value is Iterator<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Iterator<unknown>).next === 'function' &&
    typeof (value as Iterator<unknown>).throw === 'function'
  );
}

/** Same as liquidjs' ctx._get(path), without the generators. */
export function lookup(ctx: Context, path: PathKey[]): unknown {
  if (!canFindScope) return ctx.getSync(path);
  let scope: unknown = (ctx as unknown as ContextInternals).findScope(path[0]!);
  for (const key of path) {
    scope = ctx.readProperty(scope as never, key);
    if (isIterator(scope)) scope = toValueSync(scope);
  }
  return scope;
}

/**
 * lookup() through the render's memo. Only for templates that cannot change their variables
 * (see assignLookupSlots): their context's own scope stays empty, so a name is found in the
 * lead's scope or in the globals, as liquidjs' findScope would find it.
 */
export function memoLookup(ctx: Context, path: PathKey[], slot: number | undefined, memo: LookupMemo | undefined): unknown {
  if (memo === undefined || slot === undefined) return lookup(ctx, path);
  let value = memo[slot];
  if (value === NOT_LOOKED_UP) value = memo[slot] = unchangedScopeLookup(ctx, path);
  return value;
}

const objectPrototype = Object.prototype;

function unchangedScopeLookup(ctx: Context, path: PathKey[]): unknown {
  const root = path[0]!;
  if (!canFindScope || !ctx.ownPropertyOnly || typeof root !== 'string') return lookup(ctx, path);
  let scope: unknown = root in ctx.environments ? ctx.environments : ctx.globals;
  for (const key of path) {
    const value = readPlainProperty(scope, key);
    scope = value === UNUSUAL ? ctx.readProperty(scope as never, key) : value;
    if (isIterator(scope)) scope = toValueSync(scope);
  }
  return scope;
}

const UNUSUAL: unique symbol = Symbol('unusual');

/**
 * liquidjs' readProperty (own properties only) for the plain objects lead scopes are made of;
 * UNUSUAL for anything where liquidjs does more: arrays, class instances and drops, functions,
 * toLiquid, and the size/first/last properties it computes.
 */
function readPlainProperty(object: unknown, key: PathKey): unknown {
  if (typeof object !== 'object' || object === null || typeof key !== 'string') return UNUSUAL;
  if (key === 'size' || key === 'first' || key === 'last') return UNUSUAL;
  const prototype: unknown = Object.getPrototypeOf(object);
  if (prototype !== objectPrototype && prototype !== null) return UNUSUAL;
  if (typeof (object as { toLiquid?: unknown }).toLiquid === 'function') return UNUSUAL;
  if (!Object.hasOwn(object, key)) return undefined;
  const value = (object as Record<string, unknown>)[key];
  return typeof value === 'function' ? UNUSUAL : value;
}

/** A value token whose evaluation is just `content` (strings, numbers, true/false/nil). */
export function isLiteral(token: unknown): token is { content: unknown } {
  return typeof token === 'object' && token !== null && 'content' in token;
}

/** `a.b["c"][0]` → ['a','b','c',0]; undefined for anything computed (`a[b]`, literals, ranges). */
export function simplePath(value: Value): PathKey[] | undefined {
  const postfix = (value.initial as unknown as { postfix: unknown[] }).postfix;
  const token = postfix?.length === 1 ? postfix[0] : undefined;
  if (!TypeGuards.isPropertyAccessToken(token) || token.variable) return undefined;
  const path: PathKey[] = [];
  for (const prop of token.props) {
    if (!isLiteral(prop)) return undefined;
    path.push(prop.content as PathKey);
  }
  return path.length > 0 ? path : undefined;
}

function argumentPaths(filter: Filter): PathKey[][] {
  const paths: PathKey[][] = [];
  for (const arg of filter.args) {
    const token = Array.isArray(arg) ? arg[1] : arg;
    if (TypeGuards.isPropertyAccessToken(token) && !token.variable && token.props.every(isLiteral)) {
      paths.push(token.props.map((p) => (p as unknown as { content: PathKey }).content));
    }
  }
  return paths;
}

function displayName(path: PathKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

function compileFilter(filter: Filter): CompiledFilter {
  const internals = filter as unknown as FilterInternals;
  if (typeof internals.handler !== 'function') return { filter };
  if (filter.args.length === 0 && (internals.handler === escapeHtmlOutput || internals.handler === neutraliseTextOutput)) {
    return { filter, escape: internals.handler as (value: unknown) => string };
  }
  const args: unknown[] = [];
  for (const arg of filter.args) {
    if (Array.isArray(arg)) {
      if (!isLiteral(arg[1])) return { filter };
      args.push([arg[0], arg[1].content]);
    } else {
      if (!isLiteral(arg)) return { filter };
      args.push(arg.content);
    }
  }
  const self = { context: null, token: internals.token, liquid: internals.liquid };
  return { filter, direct: { handler: internals.handler, self, args } };
}

export function compileOutput(output: Output): CompiledOutput {
  const value = output.value;
  const path = simplePath(value);
  const tracked: CompiledOutput['tracked'] = [];
  if (!value.filters.some((f) => f.name === 'default')) {
    if (path) tracked.push({ name: displayName(path), path });
    for (const filter of value.filters) {
      for (const argPath of argumentPaths(filter)) tracked.push({ name: displayName(argPath), path: argPath });
    }
  }
  return { value, path, filters: value.filters.map(compileFilter), tracked };
}

function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  return Array.isArray(value) && value.length === 0;
}

function callDirect(direct: DirectFilter, value: unknown, ctx: Context): unknown {
  direct.self.context = ctx;
  const { handler, self, args } = direct;
  const result =
    args.length === 0
      ? handler.call(self, value)
      : args.length === 1
        ? handler.call(self, value, args[0])
        : handler.call(self, value, ...args);
  return isIterator(result) ? toValueSync(result) : result;
}

/** `state`: stateOf(ctx), which callers rendering many outputs look up once. */
export function evaluateOutput(output: CompiledOutput, ctx: Context, memo?: LookupMemo, state = stateOf(ctx)): string {
  let value: unknown = output.path
    ? memoLookup(ctx, output.path, output.slot, memo)
    : toValueSync(output.value.initial.evaluate(ctx, false));
  if (output.tracked.length > 0) {
    if (state) {
      for (const { name, path } of output.tracked) {
        const current = path === output.path ? value : lookup(ctx, path);
        if (isBlank(current) && !state.missing.includes(name)) state.missing.push(name);
      }
    }
  }
  const filters = output.filters;
  for (let i = 0; i < filters.length; i++) {
    const { filter, direct, escape } = filters[i]!;
    value = escape ? escape(value) : direct ? callDirect(direct, value, ctx) : toValueSync(filter.render(value, ctx));
  }
  return stringifyValue(toValue(value));
}
