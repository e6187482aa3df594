import DOMPurify from 'dompurify';

// A grey "image blocked" box: remote images would tell the sender's tracker that the preview was opened.
const BLOCKED_IMAGE =
  'data:image/svg+xml;charset=utf-8,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#e9ecef"/><text x="60" y="25" font-family="sans-serif" font-size="11" text-anchor="middle" fill="#868e96">image blocked</text></svg>',
  );

/**
 * The rendered HTML of an email, made safe to show: DOMPurify removes scripts, handlers and
 * dangerous URLs; remote images become a placeholder. The caller still shows it in a sandboxed
 * iframe without scripts, so a sanitiser bug alone cannot run code in the app.
 */
export function safeEmailHtml(html: string): { html: string; blockedImages: number } {
  const fragment = DOMPurify.sanitize(html, { RETURN_DOM_FRAGMENT: true, FORBID_TAGS: ['style', 'form', 'input', 'button'] });
  let blockedImages = 0;
  fragment.querySelectorAll('img').forEach((img) => {
    const src = img.getAttribute('src') ?? '';
    if (!src.startsWith('data:')) {
      img.setAttribute('src', BLOCKED_IMAGE);
      img.setAttribute('title', `Blocked: ${src}`);
      blockedImages++;
    }
    img.removeAttribute('srcset');
  });
  // Background images in style attributes would load too.
  fragment.querySelectorAll('[style*="url("]').forEach((el) => el.removeAttribute('style'));
  const holder = document.createElement('div');
  holder.appendChild(fragment);
  return { html: holder.innerHTML, blockedImages };
}

export function emailDocument(bodyHtml: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><meta name="color-scheme" content="light"><style>body{margin:16px;font:14px/1.5 -apple-system,Segoe UI,Roboto,sans-serif;color:#212529;background:#fff;word-wrap:break-word}a{color:#1c7ed6}img{max-width:100%}p{margin:0 0 1em}</style></head><body>${bodyHtml}</body></html>`;
}
