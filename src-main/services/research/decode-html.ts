import chardet from 'chardet';
import iconv from 'iconv-lite';

/**
 * Bytes → text the way a browser would pick the encoding: byte-order mark, then the charset of
 * the Content-Type header, then a <meta> declaration in the first 1024 bytes; with none of
 * those, UTF-8 when the bytes are valid UTF-8 and a statistical guess otherwise (small business
 * sites saved in Windows-1252 without saying so are common).
 */
export function decodeHtml(body: Buffer, contentType: string): { text: string; charset: string } {
  const charset =
    charsetFromBom(body) ??
    usable(charsetFromContentType(contentType)) ??
    usable(charsetFromMeta(body)) ??
    (isValidUtf8(body) ? 'utf-8' : usable(guessCharset(body))) ??
    'windows-1252';
  const start = charset === 'utf-8' && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf ? 3 : 0;
  return { text: iconv.decode(start ? body.subarray(start) : body, charset), charset };
}

export function charsetFromContentType(contentType: string): string | null {
  const match = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType);
  return match ? match[1]!.toLowerCase() : null;
}

/** The HTML prescan, simplified: `<meta charset=…>` or `<meta http-equiv content="…; charset=…">`. */
export function charsetFromMeta(body: Buffer): string | null {
  const head = body.subarray(0, 1024).toString('latin1');
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct) return direct[1]!.toLowerCase();
  }
  return null;
}

function charsetFromBom(body: Buffer): string | null {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return 'utf-8';
  if (body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  if (body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  return null;
}

// WHATWG maps these labels to windows-1252; so do browsers, so pages written for them expect it.
const aliases: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'x-user-defined': 'windows-1252',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
};

function usable(label: string | null): string | null {
  if (!label) return null;
  const name = aliases[label] ?? label;
  // A page declaring UTF-16 in a meta tag is ASCII-compatible in fact: the spec says UTF-8.
  if (name.startsWith('utf-16')) return 'utf-8';
  return iconv.encodingExists(name) ? name : null;
}

function guessCharset(body: Buffer): string | null {
  const guess = chardet.detect(body.subarray(0, 64 * 1024));
  return guess ? guess.toLowerCase() : null;
}

function isValidUtf8(body: Buffer): boolean {
  try {
    // The last bytes may be a character cut in half by the size cap.
    new TextDecoder('utf-8', { fatal: true }).decode(body.subarray(0, Math.max(0, body.length - 3)));
    return true;
  } catch {
    return false;
  }
}
