import type { PreviewReport, RenderedEmail } from './types';

// Deliverability hints for the preview; none of them blocks sending.
const SUBJECT_MAX = 78; // RFC 5322's recommended line length; longer subjects are cut in inboxes too.
const LINKS_MAX = 3;
const HTML_MAX_BYTES = 100 * 1024; // Gmail clips messages past ~102 kB, hiding the rest (and the opt-out).
const SPAM_PHRASES = [
  'act now',
  'buy now',
  'click here',
  'risk-free',
  'risk free',
  '100% free',
  'guaranteed',
  'winner',
  'urgent',
  'limited time',
  'cash bonus',
  'no obligation',
  'double your',
  'earn money',
];
const SHORTENERS = /https?:\/\/(bit\.ly|tinyurl\.com|goo\.gl|t\.co|ow\.ly|is\.gd|buff\.ly|rebrand\.ly|cutt\.ly)\//i;

function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function countLinks(html: string): number {
  return (html.match(/<a\s[^>]*?href\s*=\s*["']?(?!#|mailto:|tel:)[^"'\s>]/gi) ?? []).length;
}

export function previewWarnings(
  rendered: Pick<RenderedEmail, 'subject' | 'html' | 'text'> & { missing?: readonly string[] },
): PreviewReport {
  const subject = rendered.subject ?? '';
  const subjectLength = [...subject].length;
  const linksCount = countLinks(rendered.html ?? '');
  const htmlBytes = utf8Bytes(rendered.html ?? '');
  const warnings: string[] = [];

  if (!subject.trim()) warnings.push('The subject is empty.');
  if (subjectLength > SUBJECT_MAX) warnings.push(`The subject is ${subjectLength} characters; inboxes cut it after about ${SUBJECT_MAX}.`);
  const letters = subject.replace(/[^\p{L}]/gu, '');
  const capitals = letters.replace(/[^\p{Lu}]/gu, '');
  if (letters.length >= 8 && capitals.length / letters.length > 0.6)
    warnings.push('The subject is mostly capital letters, which spam filters penalise.');
  if (/[!?]{2,}|\${2,}/.test(subject)) warnings.push('Repeated "!", "?" or "$" in the subject look like spam.');
  const lowerAll = `${subject}\n${rendered.text ?? ''}`.toLowerCase();
  const phrases = SPAM_PHRASES.filter((phrase) => lowerAll.includes(phrase));
  if (phrases.length > 0) warnings.push(`Phrases spam filters watch for: ${phrases.map((p) => `"${p}"`).join(', ')}.`);
  if (linksCount > LINKS_MAX) warnings.push(`${linksCount} links; cold emails with more than ${LINKS_MAX} are more often filtered.`);
  if (SHORTENERS.test(rendered.html ?? '') || SHORTENERS.test(rendered.text ?? ''))
    warnings.push('Link shorteners (bit.ly and the like) hurt deliverability; link your own domain.');
  if (htmlBytes > HTML_MAX_BYTES) warnings.push(`The HTML is ${Math.round(htmlBytes / 1024)} kB; Gmail clips emails over about 100 kB.`);
  if (!(rendered.text ?? '').trim()) warnings.push('The plain-text part is empty.');
  if (/<img\b/i.test(rendered.html ?? '') && (rendered.text ?? '').trim().length < 50)
    warnings.push('Mostly images and little text look like spam.');
  if (rendered.missing && rendered.missing.length > 0) warnings.push(`No value for ${rendered.missing.join(', ')} (and no default).`);
  return { subjectLength, linksCount, htmlBytes, warnings };
}
