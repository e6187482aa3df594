import {
  Context,
  IfTag,
  Output,
  TokenKind,
  TypeGuards,
  UnlessTag,
  isTruthy,
  toValue,
  toValueSync,
  type Emitter,
  type Filter,
  type Liquid,
  type Template,
  type Value,
} from 'liquidjs';
import { LinkUrlTag, SpinTag, stateOf, stringifyValue } from './liquid-engine';
import { pickOption } from './spin-hash';

// liquidjs evaluates every {{ }} through four or five nested generators, which caps a 1.5 kB
// email at ~35k renders/s. Templates are compiled once and sent thousands of times, so this file
// walks the parsed tree once and renders the common shapes directly: static text, outputs of a
// plain variable with filters of literal arguments, if/unless, spintax. Variable lookup, filter
// functions, truthiness and escaping are still liquidjs' own; any other tag (for, case, assign,
// capture, …) is handed to liquidjs as is. render-plan.test.ts checks both paths agree.

type PathKey = string | number;

interface ContextInternals {
  findScope(key: PathKey): unknown;
}
interface FilterInternals {
  handler: (this: unknown, ...args: unknown[]) => unknown;
  token: unknown;
  liquid: Liquid;
}

interface CompiledFilter {
  filter: Filter;
  /** Set when every argument is a literal: then the handler is called directly. */
  direct?: { handler: FilterInternals['handler']; token: unknown; liquid: Liquid; args: unknown[] };
}

export interface CompiledOutput {
  value: Value;
  path?: PathKey[];
  filters: CompiledFilter[];
  /** Variables to report as missing when blank: none if a `default` filter provides a fallback. */
  tracked: { name: string; path: PathKey[] }[];
}

export type PlanNode =
  | string
  | { kind: 'output'; output: CompiledOutput }
  | {
      kind: 'branches';
      branches: { value: Value; path?: PathKey[]; test: (value: unknown, ctx: Context) => boolean; plan: Plan }[];
      otherwise: Plan;
    }
  | { kind: 'spin'; key: number; options: Plan[] }
  | { kind: 'linkUrl'; url: Plan }
  | { kind: 'liquid'; template: Template };
export type Plan = PlanNode[];

const canFindScope = typeof (Context.prototype as unknown as Partial<ContextInternals>).findScope === 'function';

function isIterator(value: unknown): value is Iterator<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Iterator<unknown>).next === 'function' &&
    typeof (value as Iterator<unknown>).throw === 'function'
  );
}

/** Same as liquidjs' ctx._get(path), without the generators. */
function lookup(ctx: Context, path: PathKey[]): unknown {
  if (!canFindScope) return ctx.getSync(path);
  let scope: unknown = (ctx as unknown as ContextInternals).findScope(path[0]!);
  for (const key of path) {
    scope = ctx.readProperty(scope as never, key);
    if (isIterator(scope)) scope = toValueSync(scope);
  }
  return scope;
}

/** A value token whose evaluation is just `content` (strings, numbers, true/false/nil). */
function isLiteral(token: unknown): token is { content: unknown } {
  return typeof token === 'object' && token !== null && 'content' in token;
}

/** `a.b["c"][0]` → ['a','b','c',0]; undefined for anything computed (`a[b]`, literals, ranges). */
function simplePath(value: Value): PathKey[] | undefined {
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
  return { filter, direct: { handler: internals.handler, token: internals.token, liquid: internals.liquid, args } };
}

function compileOutput(output: Output): CompiledOutput {
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

function evaluateOutput(output: CompiledOutput, ctx: Context): string {
  let value: unknown = output.path ? lookup(ctx, output.path) : toValueSync(output.value.initial.evaluate(ctx, false));
  if (output.tracked.length > 0) {
    const state = stateOf(ctx);
    if (state) {
      for (const { name, path } of output.tracked) {
        const current = path === output.path ? value : lookup(ctx, path);
        if (isBlank(current) && !state.missing.includes(name)) state.missing.push(name);
      }
    }
  }
  for (const { filter, direct } of output.filters) {
    if (direct) {
      // The `this` liquidjs gives filter functions.
      const self = { context: ctx, token: direct.token, liquid: direct.liquid };
      value = direct.args.length === 0 ? direct.handler.call(self, value) : direct.handler.call(self, value, ...direct.args);
      if (isIterator(value)) value = toValueSync(value);
    } else {
      value = toValueSync(filter.render(value, ctx));
    }
  }
  return stringifyValue(toValue(value));
}

function childrenOf(template: Template): Template[] {
  if (!template.children) return [];
  return toValueSync(template.children(false, true)) as Template[];
}

const compiledOutputs = new WeakMap<Output, CompiledOutput>();

// Outputs inside tags liquidjs renders itself (a for loop's body) get the same evaluation, so
// missing-variable tracking works there too.
function compileOutputsIn(templates: Template[]): void {
  for (const template of templates) {
    if (template instanceof Output) {
      if (compiledOutputs.has(template)) continue;
      const compiled = compileOutput(template);
      compiledOutputs.set(template, compiled);
      template.render = function render(ctx: Context, emitter: Emitter): void {
        emitter.write(evaluateOutput(compiled, ctx));
      } as Output['render'];
    } else {
      compileOutputsIn(childrenOf(template));
    }
  }
}

function planOf(templates: Template[]): Plan {
  const plan: Plan = [];
  for (const template of templates) {
    let node: PlanNode;
    if (template.token.kind === TokenKind.HTML) {
      node = (template.token as unknown as { getContent(): string }).getContent();
    } else if (template instanceof Output) {
      node = { kind: 'output', output: compiledOutputs.get(template)! };
    } else if (template instanceof IfTag) {
      node = {
        kind: 'branches',
        branches: template.branches.map((b) => ({
          value: b.value,
          path: conditionPath(b.value),
          test: isTruthy,
          plan: planOf(b.templates),
        })),
        otherwise: planOf(template.elseTemplates ?? []),
      };
    } else if (template instanceof UnlessTag) {
      node = {
        kind: 'branches',
        branches: template.branches.map((b) => ({ value: b.value, path: conditionPath(b.value), test: b.test, plan: planOf(b.templates) })),
        otherwise: planOf(template.elseTemplates),
      };
    } else if (template instanceof SpinTag) {
      node = { kind: 'spin', key: template.key, options: template.options.map(planOf) };
    } else if (template instanceof LinkUrlTag) {
      node = { kind: 'linkUrl', url: planOf(template.templates) };
    } else {
      node = { kind: 'liquid', template };
    }
    const last = plan[plan.length - 1];
    if (typeof node === 'string' && typeof last === 'string') plan[plan.length - 1] = last + node;
    else plan.push(node);
  }
  return plan;
}

function conditionPath(value: Value): PathKey[] | undefined {
  return value.filters.length === 0 ? simplePath(value) : undefined;
}

export function compilePlan(templates: Template[]): Plan {
  compileOutputsIn(templates);
  return planOf(templates);
}

// Space, tab, newline and the derived text part's line-break markers.
function endsBlank(text: string): boolean {
  const code = text.charCodeAt(text.length - 1);
  return code === 32 || code === 10 || code === 9 || code === 0xf8f1 || code === 0xf8f2;
}

export class BufferEmitter implements Emitter {
  buffer = '';
  /** The last non-empty piece written: what the buffer ends with, without flattening it. */
  private last = '';
  /** Set after a value or tag printed nothing right after a space or line break. */
  private collapseNextSpace = false;

  /**
   * `collapseSpaces`: for text derived from HTML, where "Hi {{ x }} there" with an empty x
   * should read "Hi there", as the HTML displays it.
   */
  constructor(private readonly collapseSpaces = false) {}

  write(html: unknown): void {
    this.append(stringifyValue(toValue(html)));
  }

  append(text: string): void {
    if (!text) return;
    this.buffer += text;
    this.last = text;
  }

  appendStatic(text: string): void {
    if (this.collapseNextSpace) {
      this.collapseNextSpace = false;
      if (text.charCodeAt(0) === 32) text = text.replace(/^ +/, '');
    }
    this.append(text);
  }

  /** Called after a node that printed nothing. */
  printedNothing(): void {
    if (this.collapseSpaces) this.collapseNextSpace = this.last === '' || endsBlank(this.last);
  }
}

export function runPlan(plan: Plan, ctx: Context, emitter: BufferEmitter): void {
  for (const node of plan) {
    if (typeof node === 'string') {
      emitter.appendStatic(node);
      continue;
    }
    const before = emitter.buffer.length;
    switch (node.kind) {
      case 'output':
        emitter.append(evaluateOutput(node.output, ctx));
        break;
      case 'branches': {
        let chosen = node.otherwise;
        for (const branch of node.branches) {
          const raw = branch.path ? lookup(ctx, branch.path) : toValueSync(branch.value.value(ctx, ctx.opts.lenientIf));
          if (branch.test(toValue(raw), ctx)) {
            chosen = branch.plan;
            break;
          }
        }
        runPlan(chosen, ctx, emitter);
        break;
      }
      case 'spin':
        runPlan(node.options[pickOption(stateOf(ctx)?.seed ?? 0, node.key, node.options.length)]!, ctx, emitter);
        break;
      case 'linkUrl': {
        // Same as LinkUrlTag.render: " (url)" unless the URL rendered blank.
        const url = new BufferEmitter();
        runPlan(node.url, ctx, url);
        const trimmed = url.buffer.trim();
        if (trimmed) emitter.append(` (${trimmed})`);
        break;
      }
      case 'liquid': {
        const html = toValueSync(node.template.render(ctx, emitter));
        if (html) emitter.write(html);
        break;
      }
    }
    if (emitter.buffer.length === before) emitter.printedNothing();
  }
}
