import { Context } from 'liquidjs';
import { attachState, engineFor, type RenderState } from './liquid-engine';
import { cleanText, type Scope } from './lead-scope';
import { BufferEmitter, compilePlan, runPlan, type Plan } from './render-plan';
import { scanTemplate, toLiquidSource } from './template-source';
import type { TemplateCustomVariable } from './types';

// Custom variables are rendered once per lead, before the template, against the lead's fields,
// sender.*, custom.* and (for values like '{{companyRevenue}}', the spec's example) the lead's
// custom fields by bare name. They cannot reference each other: rendering is not recursive, and
// the result is data like any other value: escaped in HTML, never parsed again. A value that
// comes out blank, or that used a variable the lead lacks, gives way to defaultValue.

interface CompiledValue {
  literal?: string;
  plan?: Plan;
}

const MAX_CACHED_VALUES = 1_000;
const valueCache = new Map<string, CompiledValue | null>();

function compileValue(value: string): CompiledValue | null {
  if (!value.includes('{')) return { literal: value };
  let cached = valueCache.get(value);
  if (cached !== undefined) return cached;
  try {
    const scan = scanTemplate(value, 'text');
    cached = scan.issues.length > 0 ? null : { plan: compilePlan(engineFor('raw').parse(toLiquidSource(scan))) };
  } catch {
    cached = null; // A broken value counts as no value: defaultValue, or reported missing.
  }
  if (valueCache.size >= MAX_CACHED_VALUES) valueCache.clear();
  valueCache.set(value, cached);
  return cached;
}

function renderValue(variable: TemplateCustomVariable, valueScope: () => Scope, seed: number): string | undefined {
  const compiled = compileValue(variable.value ?? '');
  if (compiled?.literal !== undefined) return cleanText(compiled.literal);
  if (!compiled?.plan) return undefined;
  const engine = engineFor('raw');
  const ctx = new Context(valueScope(), engine.options, { sync: true }, { liquid: engine });
  const state: RenderState = { seed, missing: [] };
  attachState(ctx, state);
  const emitter = new BufferEmitter();
  try {
    runPlan(compiled.plan, ctx, emitter);
  } catch {
    return undefined;
  }
  return state.missing.length > 0 ? undefined : cleanText(emitter.buffer);
}

/** Adds the custom variables among `roots` to the lead's scope (built-in names are never replaced). */
export function addCustomVariables(
  scope: Scope,
  roots: readonly string[],
  variables: readonly TemplateCustomVariable[],
  seed: number,
): void {
  if (roots.length === 0 || variables.length === 0) return;
  let valueScope: Scope | undefined;
  const scopeForValues = () => (valueScope ??= { ...(scope.custom as Scope | undefined), ...scope });
  for (const root of roots) {
    if (Object.hasOwn(scope, root)) continue;
    const variable = variables.find((v) => v.key === root && v.isActive !== false);
    if (!variable) continue;
    const value = renderValue(variable, scopeForValues, seed) ?? cleanText(variable.defaultValue);
    if (value !== undefined) scope[root] = value;
  }
}
