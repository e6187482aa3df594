import { getDomain } from 'tldts';

// Practical, not RFC 5322: dot-atom local part, a domain of labels with a letter TLD (or
// punycode). Unicode letters are allowed: internationalised addresses do exist.
export const emailPattern =
  /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/u;

// "acme.com", "https://www.acme.com/about": nothing for the URL parser to do but lower-case the host.
// (tldts refuses hosts with misplaced hyphens.)
const plainWebAddress = /^(https?:\/\/)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(\/[\w\-.~/%]*)?$/i;

const trackingParams =
  /^(utm_|hsa_|pk_|mtm_)|^(gclid|gbraid|wbraid|dclid|fbclid|msclkid|yclid|twclid|ttclid|li_fat_id|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|igshid|mkt_tok|ref|ref_src|srsltid|trk|trkinfo)$/i;

/**
 * A website as stored: https:// added when there is no scheme, host lower-cased, tracking
 * parameters and #fragment dropped, no trailing slash on a bare domain; plus its registrable
 * domain (tldts, private suffixes too, so "acme.wixsite.com" is its own domain).
 */
export function normaliseWebsite(value: string, withDomain = true): { url: string; domain: string } | { error: string } {
  const plain = plainWebAddress.exec(value);
  if (plain && !plain[3]?.includes('/.')) {
    const host = plain[2]!.toLowerCase();
    if (/(^|\.)-|-(\.|$)/.test(host)) return { error: `"${value}" is not a web address.` };
    const domain = withDomain ? getDomain(host, { allowPrivateDomains: true, extractHostname: false }) : host;
    if (!domain) return { error: `"${value}" is not a web address.` };
    const path = plain[3] && plain[3] !== '/' ? plain[3] : '';
    return { url: `${plain[1]?.toLowerCase() ?? 'https://'}${host}${path}`, domain };
  }
  const space = value.search(/\s/);
  let s = (space === -1 ? value : value.slice(0, space)).replace(/^[<"']+|[>"',;]+$/g, '');
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) {
    if (/^[a-z][a-z0-9+.-]*:(?!\d)/i.test(s)) return { error: `"${value}" is not a web address.` };
    s = `https://${s.replace(/^\/+/, '')}`;
  }
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return { error: `"${value}" is not a web address.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { error: `"${value}" is not a web address.` };
  let host = url.hostname;
  if (host.endsWith('.')) url.hostname = host = host.slice(0, -1);
  const domain = withDomain ? getDomain(host, { allowPrivateDomains: true, extractHostname: false }) : host;
  if (!domain || !host.includes('.')) return { error: `"${value}" is not a web address.` };
  if (url.username || url.password) url.username = url.password = '';
  // The query is filtered as text: URLSearchParams.delete re-serialises the URL on every call.
  const withoutHash = url.hash ? url.href.slice(0, url.href.indexOf('#')) : url.href;
  const q = withoutHash.indexOf('?');
  const kept =
    q === -1
      ? []
      : withoutHash
          .slice(q + 1)
          .split('&')
          .filter((p) => p && !trackingParams.test(p.split('=', 1)[0]!));
  const path = q === -1 ? withoutHash : withoutHash.slice(0, q);
  if (kept.length) return { url: `${path}?${kept.join('&')}`, domain };
  return { url: url.pathname === '/' ? path.slice(0, -1) : path, domain };
}
