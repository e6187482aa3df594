import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from './decode-html';

const text = 'Öffnungszeiten – Grüße, Café, naïve, €5';

describe('decodeHtml', () => {
  it('reads UTF-8 by default', () => {
    expect(decodeHtml(Buffer.from(`<p>${text}</p>`), 'text/html').text).toContain(text);
  });

  it('uses <meta charset> when the header has none', () => {
    const body = iconv.encode(`<meta charset="windows-1252"><p>${text}</p>`, 'windows-1252');
    expect(decodeHtml(body, 'text/html')).toMatchObject({ charset: 'windows-1252' });
    expect(decodeHtml(body, 'text/html').text).toContain(text);
  });

  it('uses <meta http-equiv> and maps ISO-8859-1 to Windows-1252 as browsers do', () => {
    const body = iconv.encode(`<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>${text}</p>`, 'windows-1252');
    const decoded = decodeHtml(body, '');
    expect(decoded.charset).toBe('windows-1252');
    expect(decoded.text).toContain('€5');
  });

  it('lets the Content-Type header override the meta tag', () => {
    const body = iconv.encode(`<meta charset="utf-8"><p>${text}</p>`, 'windows-1252');
    expect(decodeHtml(body, 'text/html; charset=windows-1252').text).toContain(text);
  });

  it('lets a byte-order mark override everything', () => {
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<meta charset="iso-8859-1"><p>${text}</p>`)]);
    const decoded = decodeHtml(body, 'text/html; charset=iso-8859-1');
    expect(decoded.charset).toBe('utf-8');
    expect(decoded.text.startsWith('<meta')).toBe(true);
  });

  it('guesses a legacy encoding when nothing is declared and the bytes are not UTF-8', () => {
    const body = iconv.encode(`<p>${text} ${'Größe und Maße für schöne Füße. '.repeat(20)}</p>`, 'windows-1252');
    expect(decodeHtml(body, 'text/html').text).toContain('Grüße');
  });

  it('falls back to UTF-8 for an unknown charset label', () => {
    expect(decodeHtml(Buffer.from(`<p>${text}</p>`), 'text/html; charset=x-klingon').text).toContain(text);
  });
});
