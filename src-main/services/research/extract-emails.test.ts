import { describe, expect, it } from 'vitest';
import { extractEmails } from './extract-emails';
import { parsePage } from './parse-page';

const emails = (body: string): string[] => extractEmails(parsePage(`<html><body>${body}</body></html>`, 'https://salon.example/')).sort();

describe('extractEmails', () => {
  it('reads mailto links, with their query and encoding removed', () => {
    expect(emails('<a href="mailto:Info%40Salon.de?subject=Termin">Schreiben Sie uns</a>')).toEqual(['info@salon.de']);
  });

  it.each([
    ['info [at] salon-lumiere [dot] co.uk', 'info@salon-lumiere.co.uk'],
    ['kontakt(at)elektro-schmidt.de', 'kontakt@elektro-schmidt.de'],
    ['praxis (at) zahnarzt (punkt) de', 'praxis@zahnarzt.de'],
    ['hola {arroba} clinica [punto] es', 'hola@clinica.es'],
    ['plain hello@bistrot.fr in text.', 'hello@bistrot.fr'],
  ])('reads "%s"', (text, expected) => {
    expect(emails(`<p>${text}</p>`)).toEqual([expected]);
  });

  it('decodes Cloudflare-protected addresses', () => {
    // "clinic@harbour.co.uk" XOR 0x5a, as Cloudflare's email obfuscation writes it.
    const hex = '5a' + [...'clinic@harbour.co.uk'].map((c) => (c.charCodeAt(0) ^ 0x5a).toString(16).padStart(2, '0')).join('');
    expect(
      emails(`<a href="/cdn-cgi/l/email-protection#${hex}"><span class="__cf_email__" data-cfemail="${hex}">[email protected]</span></a>`),
    ).toEqual(['clinic@harbour.co.uk']);
  });

  it('ignores image names, placeholders and platform addresses', () => {
    expect(emails('<p>logo@2x.png you@example.com 605a7baf2e@sentry.wixpress.com name@domain.com</p>')).toEqual([]);
  });
});
