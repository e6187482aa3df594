/**
 * The renderer's Content-Security-Policy. Mantine injects style attributes, hence 'unsafe-inline'
 * for styles only; scripts come from the app alone. Remote images are blocked (template previews
 * must not call home for the prospect's tracking pixels).
 */
export const productionCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
