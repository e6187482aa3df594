import { Context } from 'liquidjs';
import { partsOf, type CompiledTemplate } from './compile-template';
import { addCustomVariables } from './custom-variables';
import { neutraliseRenderedText, sanitiseSubject } from './escape';
import { htmlToText } from './html-to-text';
import { leadScope } from './lead-scope';
import { attachState, engineFor, type RenderState } from './liquid-engine';
import { BufferEmitter, DerivedTextEmitter, lookupMemo, runPlan, type Plan } from './render-plan';
import type { LookupMemo } from './plan-output';
import { fnv1a32 } from './spin-hash';
import { TemplateRenderError, type RenderedEmail, type TemplateCustomVariable, type TemplateLead, type TemplateSender } from './types';

function renderPart(plan: Plan, ctx: Context, memo: LookupMemo | undefined): BufferEmitter {
  const emitter = new BufferEmitter();
  runPlan(plan, ctx, emitter, memo);
  return emitter;
}

/**
 * One lead's email. Pure: the preview and the sender call it with the same arguments and get
 * the same bytes, spintax included (it is seeded by lead.id).
 *
 * Values are escaped for where they land (HTML-escaped in `html`, verbatim in `text` and
 * `subject`), "{{"/"{%" never reach the output, and the subject is one line.
 * Throws TemplateRenderError only when Liquid itself fails for this lead (a filter on bad
 * input, the render time limit).
 */
export function renderEmail(
  template: CompiledTemplate,
  lead: TemplateLead,
  sender: TemplateSender,
  customVariables: readonly TemplateCustomVariable[] = [],
): RenderedEmail {
  const parts = partsOf(template);
  const state: RenderState = { seed: fnv1a32(String(lead.id ?? '')), missing: [] };
  const scope = leadScope(lead, sender, parts.scopeNeeds);
  addCustomVariables(scope, parts.customRoots, customVariables, state.seed);
  const engine = engineFor('html');
  const ctx = new Context(scope, engine.options, { sync: true }, { liquid: engine });
  attachState(ctx, state);
  const memo = lookupMemo(parts.lookupSlots);
  try {
    const subject = sanitiseSubject(renderPart(parts.subject, ctx, memo).buffer);
    const html = renderPart(parts.html, ctx, memo).html();
    let text: string;
    if (parts.text === null) {
      text = neutraliseRenderedText(htmlToText(html));
    } else if (parts.textDerived) {
      const emitter = new DerivedTextEmitter();
      runPlan(parts.text, ctx, emitter, memo);
      text = emitter.finish();
    } else {
      text = neutraliseRenderedText(renderPart(parts.text, ctx, memo).buffer);
    }
    return { subject, text, html, missing: state.missing };
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/,?\s*line:\d+, col:\d+[\s\S]*$/, '') : String(error);
    throw new TemplateRenderError(`Could not render the template for this lead: ${message}`, { cause: error });
  }
}
