import type { Template } from 'liquidjs';
import { deriveHtmlFromText, deriveTextFromHtml } from './derive-parts';
import { describeLiquidError } from './liquid-errors';
import { engineFor, type EscapeMode } from './liquid-engine';
import { assignLookupSlots, compilePlan, type Plan } from './render-plan';
import { scopeNeeds, type ScopeNeeds } from './lead-scope';
import { referencedVariables } from './referenced-variables';
import { scanTemplate, toLiquidSource, type ScannedSource } from './template-source';
import { RESERVED_ROOTS } from './template-variables';
import { TemplateSyntaxError, type TemplateInput, type TemplateIssue, type TemplatePart } from './types';

/** A template ready to render for many leads. Opaque: pass it to renderEmail. */
export interface CompiledTemplate {
  /** Variables the template reads ("firstName", "sender.name", "custom.revenue"), in order of use. */
  readonly variables: readonly string[];
  /** Where the text part comes from: the user's bodyText, or derived from bodyHtml. */
  readonly textSource: 'bodyText' | 'bodyHtml' | 'none';
}

export interface CompiledParts {
  subject: Plan;
  html: Plan;
  /** null: derive the text part from each rendered HTML (placeholders did not survive). */
  text: Plan | null;
  textDerived: boolean;
  /** Roots that may name custom variables: read but not built in. */
  customRoots: string[];
  /** What of the lead the scope needs (everything when custom variables may read any of it). */
  scopeNeeds: ScopeNeeds;
  /** Variables the parts share one lookup of per render (see assignLookupSlots); 0: none. */
  lookupSlots: number;
}

const compiled = new WeakMap<CompiledTemplate, CompiledParts>();

export function partsOf(template: CompiledTemplate): CompiledParts {
  const parts = compiled.get(template);
  if (!parts) throw new TypeError('Not a compiled template: call compileTemplate first');
  return parts;
}

function blankToUndefined(source: string | null | undefined): string | undefined {
  return source && source.trim() ? source : undefined;
}

export function parseScanned(scan: ScannedSource, mode: EscapeMode): Template[] {
  return engineFor(mode).parse(toLiquidSource(scan));
}

function parsePart(scan: ScannedSource, mode: EscapeMode, part: TemplatePart, issues: TemplateIssue[]): Template[] {
  try {
    return parseScanned(scan, mode);
  } catch (error) {
    issues.push({ ...describeLiquidError(error), part });
    return [];
  }
}

/**
 * Parses subject and bodies once. Throws TemplateSyntaxError listing every problem found (the
 * editor shows the same list from analyseTemplate before anyone gets here).
 */
export function compileTemplate(input: TemplateInput): CompiledTemplate {
  const issues: TemplateIssue[] = [];
  const scanned = (source: string, mode: 'html' | 'text', part: TemplatePart): ScannedSource => {
    const scan = scanTemplate(source, mode);
    issues.push(...scan.issues.map((issue) => ({ ...issue, part })));
    return scan;
  };
  const htmlSource = blankToUndefined(input.bodyHtml);
  const textSource = blankToUndefined(input.bodyText);
  const subjectScan = scanned(input.subject ?? '', 'text', 'subject');
  const htmlScan = htmlSource === undefined ? undefined : scanned(htmlSource, 'html', 'bodyHtml');
  const textScan = textSource === undefined ? undefined : scanned(textSource, 'text', 'bodyText');
  if (issues.length > 0) throw new TemplateSyntaxError(issues);

  const empty: ScannedSource = { pieces: [], groupKeys: [], issues: [] };
  const subject = parsePart(subjectScan, 'text', 'subject', issues);
  const html = htmlScan
    ? parsePart(htmlScan, 'html', 'bodyHtml', issues)
    : parsePart(textScan ? deriveHtmlFromText(textScan) : empty, 'html', 'bodyText', issues);
  let text: Template[] | null = [];
  if (textScan) {
    text = parsePart(textScan, 'text', 'bodyText', issues);
  } else if (htmlScan) {
    const derived = deriveTextFromHtml(htmlScan);
    try {
      text = derived ? parseScanned(derived, 'text') : null;
    } catch {
      // Tags the HTML-to-text reading dropped (inside <style>, say) unbalance the derived text;
      // the text part is then converted from each rendered HTML instead.
      text = null;
    }
  }
  if (issues.length > 0) throw new TemplateSyntaxError(issues);

  const variables = referencedVariables([subject, html, ...(textScan && text ? [text] : [])]);
  const roots = new Set(variables.map((v) => v.split(/[.[]/)[0]!));
  const customRoots = [...roots].filter((root) => !RESERVED_ROOTS.has(root));
  const template: CompiledTemplate = Object.freeze({
    variables: Object.freeze(variables),
    textSource: textScan ? 'bodyText' : htmlScan ? 'bodyHtml' : 'none',
  });
  const plans = { subject: compilePlan(subject), html: compilePlan(html), text: text ? compilePlan(text) : null };
  compiled.set(template, {
    ...plans,
    textDerived: !textScan,
    customRoots,
    scopeNeeds: scopeNeeds(customRoots.length > 0 ? undefined : roots),
    lookupSlots: assignLookupSlots([plans.subject, plans.html, ...(plans.text ? [plans.text] : [])]),
  });
  return template;
}
