/**
 * Host name matching on parsed URLs. A rule for "calendly.com" matches calendly.com and
 * *.calendly.com, never "calendly.com.evil.example" or "notcalendly.com": we compare labels,
 * not substrings of raw HTML.
 */
export function hostMatches(hostname: string, ruleHost: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host === ruleHost || host.endsWith(`.${ruleHost}`);
}

/** a.b.example.com → [a.b.example.com, b.example.com, example.com, com], for indexed lookups. */
export function hostSuffixes(hostname: string): string[] {
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  return labels.map((_, i) => labels.slice(i).join('.'));
}

/** First entry whose host matches the URL (and whose path, if any, matches too). */
export function findByHost<T extends { host: string; path?: RegExp }>(entries: readonly T[], url: URL): T | undefined {
  return entries.find((e) => hostMatches(url.hostname, e.host) && (!e.path || e.path.test(url.pathname)));
}

/** An http(s) URL from an attribute value, resolved against the page; null for anything else. */
export function resolveLink(raw: string | undefined, base: URL): URL | null {
  if (!raw) return null;
  const value = raw.trim();
  if (value === '' || value.startsWith('#') || /^(javascript|mailto|tel|data|sms|whatsapp):/i.test(value)) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}
