import type { Element } from 'domhandler';
import { hostSuffixes, resolveLink } from './match-host';
import type { ParsedPage } from './parse-page';
import { bookingTools, vendorMarketingPath, vendorSharedSubdomains, vendorSiteSubdomains, type BookingToolRule } from './rules';

export interface BookingToolHit {
  toolId: string;
  name: string;
  /** Embeds (script, iframe, inline widget) are the tool running on the page; links point to it. */
  kind: 'embed' | 'link';
  /** "Calendly embed", "Setmore link". */
  detail: string;
  count: number;
}

interface IndexedHost {
  rule: BookingToolRule;
  host: string;
  path?: RegExp;
}

// host → rules, so each URL costs a few map lookups instead of a scan over every rule.
const byHost = new Map<string, IndexedHost[]>();
for (const rule of bookingTools) {
  for (const entry of rule.hosts) {
    const indexed = typeof entry === 'string' ? { rule, host: entry } : { rule, host: entry.host, path: entry.path };
    byHost.set(indexed.host, [...(byHost.get(indexed.host) ?? []), indexed]);
  }
}
const platformRules = bookingTools.filter((r) => r.platform);

/** The booking tool a URL belongs to, judged by its parsed host name (and path where needed). */
export function matchBookingTool(url: URL, kind: 'embed' | 'link'): BookingToolRule | null {
  for (const suffix of hostSuffixes(url.hostname)) {
    for (const entry of byHost.get(suffix) ?? []) {
      if (entry.path && !entry.path.test(url.pathname)) continue;
      if (kind === 'link' && !isCustomerPage(url, entry)) continue;
      return entry.rule;
    }
  }
  return null;
}

/**
 * A link counts only when it leads to someone's booking page: "calendly.com/jane-doe" or
 * "salon.setmore.com", not "calendly.com/", "calendly.com/blog/…" or "www.vagaro.com/pricing".
 */
function isCustomerPage(url: URL, entry: IndexedHost): boolean {
  if (entry.rule.ignorePath?.test(url.pathname)) return false;
  const path = url.pathname.replace(/\/+$/, '');
  const hostname = url.hostname.toLowerCase();
  const subdomain = hostname === entry.host ? '' : hostname.slice(0, -entry.host.length - 1);
  const firstLabel = subdomain.split('.')[0]!;
  if (vendorSiteSubdomains.has(firstLabel)) return false;
  const tenantSubdomain = subdomain !== '' && !vendorSharedSubdomains.has(firstLabel);
  if (path === '' || path === '/') return tenantSubdomain;
  if (!tenantSubdomain && vendorMarketingPath.test(path)) return false;
  return true;
}

// URLs inside inline handlers: Calendly.initPopupWidget({url: '…'}), window.open('…').
const quotedUrl = /["'](https?:\/\/[^"'\s]+)["']/g;

export function detectBookingTools(page: ParsedPage): BookingToolHit[] {
  const { $, url: base } = page;
  const hits = new Map<string, BookingToolHit>();
  const record = (raw: string | undefined, kind: 'embed' | 'link'): void => {
    const url = resolveLink(raw, base);
    if (!url) return;
    const rule = matchBookingTool(url, kind);
    if (!rule) return;
    const key = `${rule.id}:${kind}`;
    const hit = hits.get(key);
    if (hit) hit.count++;
    else hits.set(key, { toolId: rule.id, name: rule.name, kind, detail: `${rule.name} ${kind}`, count: 1 });
  };

  // One pass over every element; each attribute value is judged once per element.
  for (const el of $('*').toArray() as Element[]) {
    const attrs = el.attribs;
    const tag = el.tagName;
    const seen = new Set<string>();
    const once = (raw: string | undefined, kind: 'embed' | 'link'): void => {
      if (raw && !seen.has(raw)) {
        seen.add(raw);
        record(raw, kind);
      }
    };
    if (tag === 'a' || tag === 'area') once(attrs.href, 'link');
    else if (tag === 'form') once(attrs.action, 'link');
    else if (tag === 'iframe') once(attrs.src ?? attrs['data-src'], 'embed');
    else if (tag === 'link') {
      if (/stylesheet|preload|prefetch/i.test(attrs.rel ?? '')) once(attrs.href, 'embed');
    } else {
      // Scripts by their src; inline widgets (Calendly's data-url, lazy frames) by a data
      // attribute; some loaders keep the real URL in an attribute of their own (Jobber's form_url).
      if (tag === 'script') once(attrs.src, 'embed');
      for (const [name, value] of Object.entries(attrs)) {
        if (name.startsWith('data-') || ((tag === 'script' || tag === 'div') && /^https?:\/\//i.test(value))) {
          if (/^(https?:)?\/\//i.test(value)) once(value, 'embed');
        }
      }
    }
    if (attrs.onclick) for (const match of attrs.onclick.matchAll(quotedUrl)) once(match[1], 'link');
  }

  const generator = $('meta[name="generator" i]').attr('content') ?? '';
  for (const rule of platformRules) {
    if (!rule.platform!.generator.test(generator)) continue;
    $('a[href]').each((_, el) => {
      const url = resolveLink($(el).attr('href'), base);
      if (url && url.hostname === base.hostname && rule.platform!.internalPath.test(url.pathname)) {
        const key = `${rule.id}:link`;
        const hit = hits.get(key);
        if (hit) hit.count++;
        else hits.set(key, { toolId: rule.id, name: rule.name, kind: 'link', detail: `${rule.name} page`, count: 1 });
      }
    });
  }
  return [...hits.values()];
}
