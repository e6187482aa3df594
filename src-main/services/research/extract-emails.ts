import { parse as parseDomain } from 'tldts';
import type { ParsedPage } from './parse-page';
import { ignoredEmailDomains } from './rules';

// "info [at] salon [dot] de", "info(at)salon.de", "info {at} salon (punkt) de".
const obfuscatedAt = /\s*[[({<]\s*(?:at|@|ät|arroba|chiocciola|apenstaartje)\s*[\])}>]\s*/gi;
const obfuscatedDot = /\s*[[({<]\s*(?:dot|punkt|point|punto|punt)\s*[\])}>]\s*/gi;
const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/** E-mail addresses from mailto links, page text (de-obfuscated) and Cloudflare-protected spans. */
export function extractEmails(page: ParsedPage): string[] {
  const { $ } = page;
  const found = new Set<string>();
  const add = (candidate: string): void => {
    const email = cleanEmail(candidate);
    if (email) found.add(email);
  };
  $('a[href^="mailto:" i]').each((_, el) => {
    const raw = ($(el).attr('href') ?? '').slice('mailto:'.length).split('?')[0]!;
    let decoded = raw;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      // keep the raw value
    }
    for (const part of decoded.split(/[,;]/)) add(part);
  });
  $('[data-cfemail]').each((_, el) => add(decodeCloudflareEmail($(el).attr('data-cfemail') ?? '')));
  $('a[href*="/cdn-cgi/l/email-protection#"]').each((_, el) => add(decodeCloudflareEmail(($(el).attr('href') ?? '').split('#')[1] ?? '')));

  const text = page.text.replace(obfuscatedAt, '@').replace(obfuscatedDot, '.');
  for (const match of text.matchAll(emailPattern)) add(match[0]);
  return [...found];
}

function cleanEmail(candidate: string): string | null {
  const email = candidate
    .trim()
    .replace(/^[.]+|[.]+$/g, '')
    .toLowerCase();
  const at = email.lastIndexOf('@');
  if (at < 1 || email.length > 254 || at > 64) return null;
  const domain = email.slice(at + 1);
  if (ignoredEmailDomains.has(domain)) return null;
  // "logo@2x.png" and the like: the part after @ must end in a real public suffix.
  const parsed = parseDomain(domain);
  if (!parsed.isIcann || !parsed.domain || parsed.domain === parsed.publicSuffix) return null;
  return email;
}

/** Cloudflare's scrape shield: hex, first byte is the XOR key for the rest. */
function decodeCloudflareEmail(hex: string): string {
  if (!/^[0-9a-f]{4,}$/i.test(hex)) return '';
  const key = parseInt(hex.slice(0, 2), 16);
  let out = '';
  for (let i = 2; i < hex.length; i += 2) out += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16) ^ key);
  return out;
}
