import {
  Context,
  IfTag,
  Output,
  TokenKind,
  UnlessTag,
  isTruthy,
  toValue,
  toValueSync,
  type Emitter,
  type Template,
  type Value,
} from 'liquidjs';
import { LinkUrlTag, SpinTag, stateOf, type RenderState } from './liquid-engine';
import { BufferEmitter, staticText, type StaticText } from './plan-emitter';
import { combineAdjacentSpins, foldTextIntoSpins } from './plan-folding';
import {
  NOT_LOOKED_UP,
  compileOutput,
  evaluateOutput,
  memoLookup,
  simplePath,
  valueKey,
  type CompiledOutput,
  type LookupMemo,
  type PathKey,
} from './plan-output';
import { mix32, pickMixedOption } from './spin-hash';

export { BufferEmitter, DerivedTextEmitter } from './plan-emitter';

// liquidjs evaluates every {{ }} through four or five nested generators, which caps a 1.5 kB
// email at ~35k renders/s. Templates are compiled once and sent thousands of times, so this file
// walks the parsed tree once and renders the common shapes directly: static text, outputs of a
// plain variable with filters of literal arguments, if/unless, spintax. Variable lookup, filter
// functions, truthiness and escaping are still liquidjs' own; any other tag (for, case, assign,
// capture, …) is handed to liquidjs as is. render-plan.test.ts checks both paths agree.

interface Branch {
  value: Value;
  path?: PathKey[];
  /** See CompiledOutput.slot. */
  slot?: number;
  test: (value: unknown, ctx: Context) => boolean;
  plan: Plan;
}

export interface SpinGroup {
  /** mix32 of the group's key: the lead-independent half of the option hash. */
  mixedKey: number;
  count: number;
}

interface Spin {
  /**
   * One spintax group, or several adjacent plain-text ones combined (plan-folding.ts): then the
   * options are every combination, the last group's pick varying fastest.
   */
  groups: SpinGroup[];
  options: Plan[];
  /** Set when every option is plain text ("{Hi|Hello}"): the texts, written without a nested run. */
  texts?: StaticText[];
}

// Every node is { kind, data }: one object shape, so V8 reads `kind` without a megamorphic lookup.
export type PlanNode =
  | { kind: 'static'; data: StaticText }
  | { kind: 'output'; data: CompiledOutput }
  | { kind: 'branches'; data: { branches: Branch[]; otherwise: Plan } }
  | { kind: 'spin'; data: Spin }
  | { kind: 'linkUrl'; data: Plan }
  | { kind: 'liquid'; data: Template };
export type Plan = PlanNode[];

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
  let text: string | undefined;
  for (const template of templates) {
    if (template.token.kind === TokenKind.HTML) {
      // Adjacent text (around a {% comment %}, say) becomes one node.
      text = (text ?? '') + (template.token as unknown as { getContent(): string }).getContent();
      continue;
    }
    if (text !== undefined) plan.push({ kind: 'static', data: staticText(text) });
    text = undefined;
    if (template instanceof Output) {
      plan.push({ kind: 'output', data: compiledOutputs.get(template)! });
    } else if (template instanceof IfTag) {
      const branches = template.branches.map((b) => ({
        value: b.value,
        path: conditionPath(b.value),
        test: isTruthy,
        plan: planOf(b.templates),
      }));
      plan.push({ kind: 'branches', data: { branches, otherwise: planOf(template.elseTemplates ?? []) } });
    } else if (template instanceof UnlessTag) {
      const branches = template.branches.map((b) => ({
        value: b.value,
        path: conditionPath(b.value),
        test: b.test,
        plan: planOf(b.templates),
      }));
      plan.push({ kind: 'branches', data: { branches, otherwise: planOf(template.elseTemplates) } });
    } else if (template instanceof SpinTag) {
      const options = template.options.map(planOf);
      const texts = options.every((o) => o.length === 1 && o[0]!.kind === 'static')
        ? options.map((o) => o[0]!.data as StaticText)
        : undefined;
      const groups = [{ mixedKey: mix32(template.key) | 0, count: options.length }];
      plan.push({ kind: 'spin', data: { groups, options, texts } });
    } else if (template instanceof LinkUrlTag) {
      plan.push({ kind: 'linkUrl', data: planOf(template.templates) });
    } else {
      plan.push({ kind: 'liquid', data: template });
    }
  }
  if (text !== undefined) plan.push({ kind: 'static', data: staticText(text) });
  return combineAdjacentSpins(foldTextIntoSpins(plan));
}

function conditionPath(value: Value): PathKey[] | undefined {
  return value.filters.length === 0 ? simplePath(value) : undefined;
}

export function compilePlan(templates: Template[]): Plan {
  compileOutputsIn(templates);
  return planOf(templates);
}

function hasLiquidNode(plan: Plan): boolean {
  return plan.some((node) => {
    switch (node.kind) {
      case 'liquid':
        return true;
      case 'branches':
        return node.data.branches.some((b) => hasLiquidNode(b.plan)) || hasLiquidNode(node.data.otherwise);
      case 'spin':
        return node.data.options.some(hasLiquidNode);
      case 'linkUrl':
        return hasLiquidNode(node.data);
      default:
        return false;
    }
  });
}

/**
 * Numbers the variables a template's plans read, so each render looks each one up once for
 * subject, HTML and text together, and the outputs, so each variable and filter chain is
 * evaluated (and escaped, per escaping) once. Only for plans without tags liquidjs renders
 * itself: those (assign, capture, for, increment) can change what a name means between two reads.
 * Returns the number of slots; 0 when lookups must not be shared.
 */
export function assignLookupSlots(plans: Plan[]): number {
  if (plans.some(hasLiquidNode)) return 0;
  const slots = new Map<string, number>();
  const slotOf = (key: string): number => {
    let slot = slots.get(key);
    if (slot === undefined) slots.set(key, (slot = slots.size));
    return slot;
  };
  const escapes: unknown[] = [];
  const visit = (plan: Plan): void => {
    for (const node of plan) {
      if (node.kind === 'output') {
        const output = node.data;
        if (output.path) output.slot = slotOf(`lookup ${JSON.stringify(output.path)}`);
        const key = valueKey(output);
        if (key !== undefined) {
          if (!escapes.includes(output.escape)) escapes.push(output.escape);
          output.valueSlot = slotOf(`value ${key}`);
          output.textSlot = slotOf(`text ${escapes.indexOf(output.escape)} ${key}`);
        }
      } else if (node.kind === 'branches') {
        for (const branch of node.data.branches) {
          if (branch.path) branch.slot = slotOf(`lookup ${JSON.stringify(branch.path)}`);
          visit(branch.plan);
        }
        visit(node.data.otherwise);
      } else if (node.kind === 'spin') {
        node.data.options.forEach(visit);
      } else if (node.kind === 'linkUrl') {
        visit(node.data);
      }
    }
  };
  plans.forEach(visit);
  return slots.size;
}

// Blank memos by size: copying one is cheaper than filling a new array per render.
const blankMemos: LookupMemo[] = [];

/** A fresh memo for one render of a template with `slots` lookup slots. */
export function lookupMemo(slots: number): LookupMemo | undefined {
  if (slots === 0) return undefined;
  const blank = (blankMemos[slots] ??= new Array<unknown>(slots).fill(NOT_LOOKED_UP));
  return blank.slice();
}

/** What every node of one part's render needs, looked up once per part. */
interface PlanRun {
  ctx: Context;
  memo: LookupMemo | undefined;
  state: RenderState | undefined;
  seed: number;
}

/** `memo`: from lookupMemo, shared by the parts of one render; only for plans given slots. */
export function runPlan(plan: Plan, ctx: Context, emitter: BufferEmitter, memo?: LookupMemo): void {
  const state = stateOf(ctx);
  runNodes(plan, { ctx, memo, state, seed: state?.seed ?? 0 }, emitter);
}

function runNodes(plan: Plan, run: PlanRun, emitter: BufferEmitter): void {
  for (let i = 0; i < plan.length; i++) {
    const node = plan[i]!;
    if (node.kind === 'static') {
      emitter.appendStatic(node.data);
      continue;
    }
    const before = emitter.written;
    switch (node.kind) {
      case 'output':
        emitter.append(evaluateOutput(node.data, run.ctx, run.memo, run.state), !node.data.braceFree);
        break;
      case 'branches':
        runNodes(chooseBranch(node.data.branches, run) ?? node.data.otherwise, run, emitter);
        break;
      case 'spin': {
        const { groups, options, texts } = node.data;
        let pick = 0;
        for (const { mixedKey, count } of groups) pick = pick * count + pickMixedOption(run.seed, mixedKey, count);
        if (texts) emitter.appendStatic(texts[pick]!);
        else runNodes(options[pick]!, run, emitter);
        break;
      }
      case 'linkUrl': {
        // Same as LinkUrlTag.render: " (url)" unless the URL rendered blank.
        const url = renderUrl(node.data, run).trim();
        if (url) emitter.append(` (${url})`);
        break;
      }
      case 'liquid': {
        const html = toValueSync(node.data.render(run.ctx, emitter));
        if (html) emitter.write(html);
        break;
      }
    }
    if (emitter.written === before) emitter.printedNothing();
  }
}

/** A link's URL: most are text and values ("https://{{ companyDomain }}"), joined without an emitter. */
function renderUrl(plan: Plan, run: PlanRun): string {
  if (!plan.every(isTextOrValue)) {
    const url = new BufferEmitter();
    runNodes(plan, run, url);
    return url.buffer;
  }
  let url = '';
  for (const node of plan) {
    url += node.kind === 'static' ? node.data.text : evaluateOutput(node.data as CompiledOutput, run.ctx, run.memo, run.state);
  }
  return url;
}

function isTextOrValue(node: PlanNode): boolean {
  return node.kind === 'static' || node.kind === 'output';
}

function chooseBranch(branches: Branch[], { ctx, memo }: PlanRun): Plan | undefined {
  for (const branch of branches) {
    const raw = branch.path ? memoLookup(ctx, branch.path, branch.slot, memo) : toValueSync(branch.value.value(ctx, ctx.opts.lenientIf));
    if (branch.test(toValue(raw), ctx)) return branch.plan;
  }
  return undefined;
}
