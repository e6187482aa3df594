import { getDomain } from 'tldts';

// Legal-form words at the end of a name, after punctuation is gone ("S.A.R.L." → "sarl").
const legalSuffixes = new Set([
  'inc',
  'incorporated',
  'llc',
  'llp',
  'lp',
  'ltd',
  'limited',
  'plc',
  'corp',
  'corporation',
  'co',
  'company',
  'gmbh',
  'mbh',
  'ag',
  'kg',
  'ohg',
  'ug',
  'ek',
  'ev',
  'sarl',
  'sas',
  'sasu',
  'sa',
  'eurl',
  'sci',
  'snc',
  'sl',
  'slu',
  'sau',
  'bv',
  'nv',
  'vof',
  'srl',
  'srls',
  'spa',
  'sapa',
  'oy',
  'oyj',
  'ab',
  'as',
  'asa',
  'aps',
  'pty',
  'pvt',
  'private',
  'lda',
  'ltda',
  'eireli',
  'bhd',
  'sdn',
  'kk',
  'kft',
  'zrt',
  'sro',
  'spzoo',
  'doo',
  'se',
  'cv',
  'and',
  'the',
  'cie',
]);

/** A company name for duplicate checks: "Müller GmbH & Co. KG" and "MULLER" both → "muller". */
export function normaliseCompanyName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[.'’`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/\bsp\s*z\s*o\s*o\b/g, 'spzoo')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  if (words[0] === 'the' && words.length > 1) words.shift();
  let end = words.length;
  while (end > 1 && legalSuffixes.has(words[end - 1]!)) end--;
  return words.slice(0, end).join(' ');
}

// Domains that host many businesses: they say nothing about which company a lead is.
const sharedWebDomains = new Set([
  'facebook.com',
  'instagram.com',
  'linkedin.com',
  'twitter.com',
  'x.com',
  'google.com',
  'business.site',
  'yelp.com',
  'linktr.ee',
  'wixsite.com',
  'tiktok.com',
  'youtube.com',
  'booking.com',
  'tripadvisor.com',
  'pagesjaunes.fr',
]);
const freeMailDomain =
  /^(gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|aol|icloud|me|mac|gmx|web|t-online|orange|wanadoo|free|laposte|sfr|libero|virgilio|proton|protonmail|pm|yandex|mail|qq|163|126|zoho|seznam|wp|o2|bluewin|hetnet|ziggo|telenet|skynet|btinternet|sky|comcast|verizon|att|bellsouth|sbcglobal|rocketmail)\./;

export function deriveCompanyName(websiteDomain: string | null, email: string | null): { name: string; from: string } | null {
  if (websiteDomain && !sharedWebDomains.has(websiteDomain)) return { name: websiteDomain, from: 'website' };
  const emailDomain = email ? getDomain(email.slice(email.indexOf('@') + 1), { allowPrivateDomains: true }) : null;
  if (emailDomain && !freeMailDomain.test(emailDomain)) return { name: emailDomain, from: 'email' };
  return null;
}
