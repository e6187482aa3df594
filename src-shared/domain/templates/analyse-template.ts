import type { Template } from 'liquidjs';
import { parseScanned } from './compile-template';
import { describeLiquidError } from './liquid-errors';
import { referencedVariables } from './referenced-variables';
import { scanTemplate } from './template-source';
import { isKnownVariable } from './template-variables';
import type { TemplateAnalysis, TemplateInput, TemplateIssue, TemplatePart } from './types';

/**
 * What the editor shows while the user types: the variables a template reads, those it does
 * not know, and syntax errors with their line. Never throws.
 *
 * `source`: one part as a string (read as HTML), or the whole template, whose issues then name
 * their part. `knownVariables`: usually knownTemplateVariables(customVariables, customFieldKeys).
 */
export function analyseTemplate(source: string | TemplateInput, knownVariables: Iterable<string>): TemplateAnalysis {
  const known = new Set(knownVariables);
  const parts: [TemplatePart | undefined, string, 'html' | 'text'][] =
    typeof source === 'string'
      ? [[undefined, source, 'html']]
      : [
          ['subject', source.subject ?? '', 'text'],
          ['bodyHtml', source.bodyHtml ?? '', 'html'],
          ['bodyText', source.bodyText ?? '', 'text'],
        ];
  const errors: TemplateIssue[] = [];
  const parsed: Template[][] = [];
  for (const [part, text, mode] of parts) {
    const withPart = (issue: TemplateIssue): TemplateIssue => (part ? { ...issue, part } : issue);
    try {
      const scan = scanTemplate(text, mode);
      errors.push(...scan.issues.map(withPart));
      parsed.push(parseScanned(scan, mode));
    } catch (error) {
      errors.push(withPart(describeLiquidError(error)));
    }
  }
  let variables: string[] = [];
  try {
    variables = referencedVariables(parsed);
  } catch (error) {
    errors.push(describeLiquidError(error));
  }
  return { variables, unknown: variables.filter((v) => !isKnownVariable(v, known)), errors };
}
