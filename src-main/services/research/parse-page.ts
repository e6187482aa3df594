import { load, type CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';

/** One fetched HTML page, parsed once and shared by every detector. */
export interface ParsedPage {
  url: URL;
  $: CheerioAPI;
  /** Visible text, whitespace collapsed, blocks separated by newlines. */
  text: string;
  /** `text` lower-cased with all whitespace as single spaces, for keyword matching. */
  flatLower: string;
}

// htmlparser2 instead of parse5: about twice as fast, and we need no spec-exact tree.
const parserOptions = { xml: { xmlMode: false, decodeEntities: true } } as const;

export function parsePage(html: string, url: string | URL): ParsedPage {
  const $ = load(html, parserOptions);
  const text = visibleText($.root().children().toArray());
  return { url: new URL(url), $, text, flatLower: text.toLowerCase().replace(/\s+/g, ' ') };
}

const hidden = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'head', 'object', 'canvas']);
const blocks = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'nav',
  'main',
  'aside',
  'li',
  'ul',
  'ol',
  'table',
  'tr',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'br',
  'dd',
  'dt',
  'dl',
  'address',
  'blockquote',
  'form',
  'label',
  'option',
  'figure',
  'figcaption',
  'hr',
  'pre',
  'body',
  'html',
  'tbody',
  'thead',
  'button',
  'caption',
]);
// Inline boxes that layouts set apart (flex rows of "name | price" spans, link lists).
const spaced = new Set(['span', 'a', 'label', 'small', 'time', 'cite', 'img', 'input', 'select', 'textarea']);

/**
 * Text as a reader sees it: table cells and blocks apart ("Samstag" and "9–13" must not fuse
 * into "Samstag9–13"), spans apart, emphasis joined ("<b>Sa</b>mstag" stays one word), submit button
 * labels included because "Termin buchen" is often only there.
 */
export function visibleText(nodes: AnyNode[]): string {
  const parts: string[] = [];
  const walk = (list: AnyNode[]): void => {
    for (const node of list) {
      if (node.type === 'text') parts.push((node as unknown as { data: string }).data);
      else if (node.type === 'tag') {
        const el = node as unknown as { name: string; attribs: Record<string, string>; children: AnyNode[] };
        if (hidden.has(el.name)) continue;
        if (el.name === 'input' && /^(submit|button)$/i.test(el.attribs.type ?? '') && el.attribs.value) {
          parts.push(`\n${el.attribs.value}\n`);
          continue;
        }
        const gap = blocks.has(el.name) ? '\n' : spaced.has(el.name) ? ' ' : '';
        parts.push(gap);
        walk(el.children);
        parts.push(gap);
      }
    }
  };
  walk(nodes);
  return parts
    .join('')
    .replace(/[ \t\f\v\u00a0\u202f\u2009]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
}
