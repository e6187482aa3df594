import { describe, expect, it } from 'vitest';
import { detectGallery } from './detect-gallery';
import { parsePage } from './parse-page';

const gallery = (body: string, url = 'https://salon.example/') => detectGallery(parsePage(`<html><body>${body}</body></html>`, url));
const images = (n: number): string => Array.from({ length: n }, (_, i) => `<img src="/p${i}.jpg">`).join('');

describe('detectGallery', () => {
  it('finds a gallery container with three images or more', () => {
    expect(gallery(`<div class="gallery-grid">${images(3)}</div>`)).toBe('gallery of 3 images');
    expect(gallery(`<div class="gallery-grid">${images(2)}</div>`)).toBeNull();
  });

  it('wants five images before a slider counts', () => {
    expect(gallery(`<div class="hero-slider swiper">${images(3)}</div>`)).toBeNull();
    expect(gallery(`<div class="swiper">${images(6)}</div>`)).toBe('gallery of 6 images');
  });

  it('accepts a gallery page full of pictures', () => {
    expect(gallery(`<main>${images(5)}</main>`, 'https://salon.example/galerie/')).toBe('gallery page with 5 images');
    expect(gallery(`<main>${images(5)}</main>`, 'https://salon.example/team/')).toBeNull();
  });
});
