import { SPIN_END_TAG, SPIN_OR_TAG, SPIN_TAG } from './template-source';
import { REMOVED_TAGS } from './liquid-engine';
import type { TemplateIssue } from './types';

const END_TAGS: Record<string, string> = {
  if: 'endif',
  unless: 'endunless',
  for: 'endfor',
  case: 'endcase',
  capture: 'endcapture',
  comment: 'endcomment',
  raw: 'endraw',
};
const FILE_TAGS = new Set(['include', 'render', 'layout', 'block']);

/** A liquidjs parse error as the editor shows it: one sentence and the line it is on. */
export function describeLiquidError(error: unknown): TemplateIssue {
  const raw = error instanceof Error ? error.message : String(error);
  const position = (error as { token?: { getPosition?: () => [number, number] } }).token?.getPosition?.();
  const line = position?.[0] ?? Number(/line:(\d+)/.exec(raw)?.[1] ?? 1);
  const text = raw.replace(/,?\s*line:\d+, col:\d+[\s\S]*$/, '').trim();
  return { message: friendlyMessage(text), line };
}

function friendlyMessage(text: string): string {
  if (text.includes(SPIN_TAG) || text.includes(SPIN_OR_TAG) || text.includes(SPIN_END_TAG) || text.includes('spintax')) {
    return 'A spintax group {…|…} and a Liquid block overlap: an {% if %} or {% for %} must open and close inside one spintax option';
  }
  let match = /^tag "([\w-]+)" not found/.exec(text);
  if (match) {
    const tag = match[1]!;
    if (FILE_TAGS.has(tag)) return `{% ${tag} %} is not available: email templates cannot load other templates or files`;
    if ((REMOVED_TAGS as readonly string[]).includes(tag)) return `{% ${tag} %} is not available in email templates`;
    return `Unknown tag {% ${tag} %}`;
  }
  match = /^undefined filter: ([\w-]+)/.exec(text);
  if (match) return `Unknown filter "${match[1]}"`;
  match = /^tag (\{%-?\s*([\w-]+)[\s\S]*?%\}) not closed/.exec(text);
  if (match) {
    const end = END_TAGS[match[2]!];
    return `${match[1]} is never closed${end ? ` (missing {% ${end} %})` : ''}`;
  }
  match = /^output "?(.*?)"? not closed/.exec(text);
  if (match) return `"{{" is never closed with "}}"`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
