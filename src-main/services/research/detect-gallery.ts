import type { ParsedPage } from './parse-page';
import { galleryMarkers, galleryPageWords } from './rules';

/** A photo gallery: a gallery/slider container with enough images, or a gallery page full of them. */
export function detectGallery(page: ParsedPage): string | null {
  const { $ } = page;
  let found: string | null = null;
  $('[class], [id]').each((_, el) => {
    if (found) return false;
    const names = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
    for (const marker of galleryMarkers) {
      if (!marker.pattern.test(names)) continue;
      const images = $(el).find('img, picture, [style*="background-image"]').length;
      if (images >= marker.minImages) {
        found = `gallery of ${images} images`;
        return false;
      }
    }
    return undefined;
  });
  if (found) return found;
  const path = decodeURIComponent(page.url.pathname).toLowerCase();
  const heading = $('h1').first().text().trim().toLowerCase();
  const isGalleryPage = galleryPageWords.some((w) => path.includes(w.replace(/\s+/g, '-')) || heading === w || heading.startsWith(`${w} `));
  const images = $('main img, article img, .content img, #content img').length || $('body img').length;
  return isGalleryPage && images >= 4 ? `gallery page with ${images} images` : null;
}
