import { Context, TypeGuards, toValue, toValueSync, type Filter, type Liquid, type Output, type Value } from 'liquidjs';
import { escapeHtmlOutput, neutraliseTextOutput, stateOf, stringifyValue, type RenderState } from './liquid-engine';

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
  /** Set with `direct`: the filter's name and literal arguments, the same for the same filter. */
  key?: string;
}

export interface CompiledOutput {
  value: Value;
  path?: PathKey[];
  /** Index of `path` in the render's lookup memo (see runPlan); undefined: not memoised. */
  slot?: number;
  /** The filters before the engine's escaping. */
  filters: CompiledFilter[];
  /** The engine's escaping, last in every output's chain: a plain function call. */
  escape?: (value: unknown) => string;
  /** Set when the escaping turns every "{" into an entity: the text never holds one. */
  braceFree: boolean;
  /**
   * Memo slots for the value after `filters` and for the escaped text, shared by every output of
   * the same variable and filter chain in the render's parts (see assignLookupSlots).
   */
  valueSlot?: number;
  textSlot?: number;
  /** Variables to report as missing when blank: none if a `default` filter provides a fallback. */
  tracked: { name: string; path: PathKey[] }[];
  /**
   * The last string value this output escaped, and the result: escaping is pure, and a campaign
   * prints the same sender signature (or default) in email after email.
   */
  lastValue: string | undefined;
  lastText: string;
}

/** Per-render cache of variable lookups, by slot: NOT_LOOKED_UP until first read. */
export type LookupMemo = unknown[];
// An object rather than a symbol: comparing anything with an object compiles to a pointer
// comparison, with a symbol to a generic call (the memo holds strings, numbers, objects).
export const NOT_LOOKED_UP: Readonly<object> = Object.freeze({ notLookedUp: true });

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
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    // The root holder is the lead's scope or the engine's globals: plain objects made here.
    const value = i === 0 ? readOwnProperty(scope as object, key) : readPlainProperty(scope, key);
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
  const prototype: unknown = Object.getPrototypeOf(object);
  if (prototype !== objectPrototype && prototype !== null) return UNUSUAL;
  if (typeof (object as { toLiquid?: unknown }).toLiquid === 'function') return UNUSUAL;
  return readOwnProperty(object, key);
}

/** readPlainProperty for an object known to be plain, without toLiquid (the checks cost more than the read). */
function readOwnProperty(object: object, key: PathKey): unknown {
  if (key === 'size' || key === 'first' || key === 'last') return UNUSUAL;
  if (!Object.hasOwn(object, key)) return undefined;
  const value = (object as Record<PathKey, unknown>)[key];
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
  return { filter, direct: { handler: internals.handler, self, args }, key: JSON.stringify([filter.name, args]) };
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
  const filters = value.filters.map(compileFilter);
  const escape = filters[filters.length - 1]?.escape;
  if (escape) filters.pop();
  return { value, path, filters, escape, braceFree: escape === escapeHtmlOutput, tracked, lastValue: undefined, lastText: '' };
}

/**
 * What identifies an output's value within one render (its variable and filters of literal
 * arguments), or undefined when it cannot be shared: computed values, filters with variable
 * arguments or of unknown kind, and the escaping, which is keyed separately.
 */
export function valueKey(output: CompiledOutput): string | undefined {
  if (!output.path) return undefined;
  let key = JSON.stringify(output.path);
  for (const filter of output.filters) {
    if (filter.key === undefined) return undefined;
    key += `|${filter.key}`;
  }
  return key;
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
  const textSlot = memo === undefined ? undefined : output.textSlot;
  if (textSlot !== undefined) {
    const done = memo![textSlot];
    if (done !== NOT_LOOKED_UP) return done as string;
  }
  const value = filteredValue(output, ctx, memo, state);
  let text: string;
  if (typeof value === 'string' && value === output.lastValue) {
    text = output.lastText;
  } else {
    text = stringifyValue(toValue(output.escape ? output.escape(value) : value));
    if (typeof value === 'string') {
      output.lastValue = value;
      output.lastText = text;
    }
  }
  if (textSlot !== undefined) memo![textSlot] = text;
  return text;
}

// An output's value before escaping: evaluated once per render for each variable and filter chain.
function filteredValue(output: CompiledOutput, ctx: Context, memo: LookupMemo | undefined, state: RenderState | undefined): unknown {
  const valueSlot = memo === undefined ? undefined : output.valueSlot;
  if (valueSlot !== undefined) {
    const done = memo![valueSlot];
    if (done !== NOT_LOOKED_UP) return done;
  }
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
  if (valueSlot !== undefined) memo![valueSlot] = value;
  return value;
}
