// Compiling a template (scan, Liquid parse, render plan) costs far more than rendering it once.
// The scheduler renders the same few templates every tick, often for many campaigns at once, so
// compiled templates are kept by their exact source. A compiled template is immutable and pure.
import { compileTemplate, type CompiledTemplate } from '../../../src-shared/domain/templates';
import type { TemplateInput } from '../../../src-shared/domain/templates/types';

/** Enough for every step of every active campaign of a busy user; the oldest use goes first. */
const KEEP = 200;
const kept = new Map<string, CompiledTemplate>();

/** The compiled form of `input`, compiled once per distinct source. Throws as compileTemplate does. */
export function compiledTemplateOf(input: TemplateInput): CompiledTemplate {
  const key = JSON.stringify([input.subject, input.bodyHtml ?? null, input.bodyText ?? null]);
  const hit = kept.get(key);
  if (hit) {
    // Re-inserting marks it as the most recent use.
    kept.delete(key);
    kept.set(key, hit);
    return hit;
  }
  const compiled = compileTemplate(input);
  kept.set(key, compiled);
  if (kept.size > KEEP) kept.delete(kept.keys().next().value!);
  return compiled;
}
