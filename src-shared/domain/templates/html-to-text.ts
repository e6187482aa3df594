import { decodeEntities } from './html-entities';

// Converts an email's HTML to its plain-text alternative without a DOM, so the same code runs in
// the main process and in the renderer. It is a reading of the HTML for people, not a parser for
// every document: it knows the handful of elements emails are made of.

const SKIP_CONTENT = new Set(['script', 'style', 'head', 'title', 'template', 'noscript', 'svg', 'object', 'iframe']);
const BLOCK_TWO = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'table',
  'blockquote',
  'pre',
  'hr',
  'dl',
  'figure',
  'form',
]);
const BLOCK_ONE = new Set([
  'div',
  'li',
  'tr',
  'dt',
  'dd',
  'section',
  'article',
  'header',
  'footer',
  'nav',
  'main',
  'aside',
  'caption',
  'fieldset',
  'details',
  'summary',
  'center',
  'address',
  'tbody',
  'thead',
  'tfoot',
  'figcaption',
  'legend',
]);

export interface HtmlToTextOptions {
  /**
   * Characters that belong to no line (template-tag placeholders while a template is compiled):
   * they are copied through without flushing pending line breaks or spaces.
   */
  isInert?: (ch: string) => boolean;
  /** Maps text before a link's text and href are compared ("acme.com (acme.com)" is avoided). */
  resolve?: (text: string) => string;
  /** Writes a link's URL after its text; defaults to " (url)". */
  formatLinkUrl?: (href: string) => string;
  /**
   * Writes line breaks as this marker instead of newlines. Breaks next to template tags can only
   * be merged once the tags have rendered (two paragraphs around an {% if %} that printed
   * nothing are one blank line, not two), so the compiled text part keeps them symbolic.
   */
  breakMarker?: (count: number) => string;
}

interface LinkFrame {
  href: string | undefined;
  start: number;
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  if (!match) return undefined;
  return decodeEntities(match[1] ?? match[2] ?? match[3] ?? '').trim();
}

function comparable(url: string): string {
  return url
    .replace(/^(mailto:|tel:|[a-z][a-z0-9+.-]*:\/\/)/i, '')
    .replace(/^www\./i, '')
    .replace(/\/$/, '')
    .toLowerCase();
}

// Index just past the ">" that closes the tag starting at `from`, honouring quoted attribute values.
function tagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length; i++) {
    const ch = html[i]!;
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      // Only quotes that open an attribute value count; an apostrophe in a bare word does not.
      if (/=\s*$/.test(html.slice(Math.max(from, i - 8), i))) quote = ch;
    } else if (ch === '>') {
      return i + 1;
    }
  }
  return html.length;
}

class TextBuilder {
  out = '';
  private pendingBreaks = 0;
  private pendingSpace = false;
  private pendingPrefix = '';
  private readonly breakChars = new Set<string>();

  constructor(
    private readonly isInert: (ch: string) => boolean = () => false,
    private readonly breakMarker?: (count: number) => string,
  ) {}

  requestBreaks(count: number): void {
    this.pendingBreaks = Math.max(this.pendingBreaks, count);
    this.pendingSpace = false;
  }

  addBreak(): void {
    this.pendingBreaks += 1;
    this.pendingSpace = false;
  }

  requestSpace(): void {
    this.pendingSpace = true;
  }

  setPrefix(prefix: string): void {
    this.pendingPrefix = prefix;
  }

  /** A template-tag placeholder: written after the line breaks and space that precede it. */
  appendInert(text: string): void {
    this.flushPending();
    this.out += text;
  }

  /** Visible text: first the line breaks or space that earlier markup asked for. */
  appendText(text: string): void {
    if (!text) return;
    this.flushPending();
    this.out += text;
  }

  private flushPending(): void {
    if (this.out.length > 0 && this.pendingBreaks > 0 && this.breakMarker) {
      const marker = this.breakMarker(Math.min(2, this.pendingBreaks));
      this.breakChars.add(marker);
      this.out = this.out.replace(/[ \t]+$/, '') + marker;
    } else if (this.out.length > 0 && this.pendingBreaks > 0) {
      this.out = this.out.replace(/[ \t]+$/, '');
      const existing = /\n*$/.exec(this.out)![0].length;
      this.out += '\n'.repeat(Math.max(0, this.pendingBreaks - existing));
    } else if (this.pendingSpace && this.needsSpace()) {
      this.out += ' ';
    }
    this.pendingBreaks = 0;
    this.pendingSpace = false;
    if (this.pendingPrefix) {
      this.out += this.pendingPrefix;
      this.pendingPrefix = '';
    }
  }

  // A space separates words: not at the start of the text or of a line, nor twice. Placeholders
  // of template tags are looked through.
  private needsSpace(): boolean {
    for (let i = this.out.length - 1; i >= 0; i--) {
      const ch = this.out[i]!;
      if (this.isInert(ch)) continue;
      return !/\s/.test(ch) && !this.breakChars.has(ch);
    }
    return false;
  }

  finish(): string {
    return this.out
      .replace(/\u00a0/g, ' ')
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }
}

export function convertHtmlToText(html: string, options: HtmlToTextOptions = {}): string {
  const isInert = options.isInert;
  const resolve = options.resolve ?? ((text: string) => text);
  const formatLinkUrl = options.formatLinkUrl ?? ((href: string) => ` (${href})`);
  const builder = new TextBuilder(isInert, options.breakMarker);
  const links: LinkFrame[] = [];
  const lists: { ordered: boolean; count: number }[] = [];
  let preDepth = 0;

  const handleText = (raw: string): void => {
    if (!raw) return;
    if (preDepth > 0) {
      builder.appendText(decodeEntities(raw));
      return;
    }
    let word = '';
    const flushWord = () => {
      if (word) builder.appendText(decodeEntities(word));
      word = '';
    };
    for (const ch of raw) {
      if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f') {
        flushWord();
        builder.requestSpace();
      } else if (isInert?.(ch)) {
        flushWord();
        builder.appendInert(ch);
      } else {
        word += ch;
      }
    }
    flushWord();
  };

  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      handleText(html.slice(i));
      break;
    }
    handleText(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const nameMatch = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(lt, lt + 40));
    if (!nameMatch) {
      if (html[lt + 1] === '!' || html[lt + 1] === '?') {
        i = tagEnd(html, lt);
      } else {
        // A "<" that starts no tag ("a < b") is text.
        handleText('<');
        i = lt + 1;
      }
      continue;
    }
    const end = tagEnd(html, lt);
    const tag = html.slice(lt, end);
    const closing = nameMatch[1] === '/';
    const name = nameMatch[2]!.toLowerCase();
    i = end;

    if (SKIP_CONTENT.has(name)) {
      if (!closing && !tag.endsWith('/>')) {
        const close = html.toLowerCase().indexOf(`</${name}`, end);
        i = close < 0 ? html.length : tagEnd(html, close);
      }
      continue;
    }
    if (name === 'br') {
      builder.addBreak();
    } else if (name === 'li') {
      builder.requestBreaks(1);
      if (!closing) {
        const list = lists[lists.length - 1];
        const indent = '  '.repeat(Math.max(0, lists.length - 1));
        if (list?.ordered) builder.setPrefix(`${indent}${++list.count}. `);
        else builder.setPrefix(`${indent}- `);
      }
    } else if (name === 'ul' || name === 'ol') {
      builder.requestBreaks(lists.length > 0 ? 1 : 2);
      if (closing) lists.pop();
      else lists.push({ ordered: name === 'ol', count: 0 });
    } else if (name === 'a') {
      if (!closing) {
        links.push({ href: attribute(tag, 'href'), start: builder.out.length });
      } else {
        const link = links.pop();
        const href = link?.href;
        if (link && href && !/^(#|javascript:)/i.test(href)) {
          const text = builder.out.slice(link.start).trim();
          if (!text) builder.appendText(href);
          else if (comparable(resolve(text)) !== comparable(resolve(href))) builder.appendText(formatLinkUrl(href));
        }
      }
    } else if (name === 'td' || name === 'th') {
      if (closing) builder.requestSpace();
    } else if (name === 'pre') {
      builder.requestBreaks(2);
      preDepth = Math.max(0, preDepth + (closing ? -1 : 1));
    } else if (BLOCK_TWO.has(name)) {
      builder.requestBreaks(2);
    } else if (BLOCK_ONE.has(name)) {
      builder.requestBreaks(1);
    }
  }
  return builder.finish();
}

/**
 * Plain text for an HTML email: paragraphs and headings become blank lines, <br> a newline,
 * links "text (url)", list items "- item" (numbered in <ol>), tags are dropped, entities decoded,
 * and the contents of <style>, <script> and <head> are left out.
 */
export function htmlToText(html: string): string {
  return convertHtmlToText(html);
}
