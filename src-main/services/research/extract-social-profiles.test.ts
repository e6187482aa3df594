import { describe, expect, it } from 'vitest';
import { extractSocialProfiles } from './extract-social-profiles';
import { parsePage } from './parse-page';

const profiles = (hrefs: string[]) =>
  extractSocialProfiles(
    parsePage(`<html><body>${hrefs.map((h) => `<a href="${h}">x</a>`).join('')}</body></html>`, 'https://salon.example/'),
  );

describe('extractSocialProfiles', () => {
  it('keeps profile links, canonicalised', () => {
    expect(
      profiles([
        'https://de-de.facebook.com/haarwerkberlin/',
        'https://instagram.com/brooklynbarberco',
        'https://de.linkedin.com/company/elektro-schmidt-gmbh',
        'https://twitter.com/brightsmileatx',
        'https://www.tiktok.com/@glownailbar',
        'https://www.youtube.com/@brightsmiledentalatx',
        'https://www.pinterest.com/serenitydayspa/',
        'https://www.facebook.com/profile.php?id=100012345678',
      ]),
    ).toEqual([
      { network: 'facebook', url: 'https://www.facebook.com/haarwerkberlin' },
      { network: 'instagram', url: 'https://www.instagram.com/brooklynbarberco' },
      { network: 'linkedin', url: 'https://www.linkedin.com/company/elektro-schmidt-gmbh' },
      { network: 'x', url: 'https://x.com/brightsmileatx' },
      { network: 'tiktok', url: 'https://www.tiktok.com/@glownailbar' },
      { network: 'youtube', url: 'https://www.youtube.com/@brightsmiledentalatx' },
      { network: 'pinterest', url: 'https://www.pinterest.com/serenitydayspa' },
      { network: 'facebook', url: 'https://www.facebook.com/profile.php?id=100012345678' },
    ]);
  });

  it('drops share links, posts, plugins and look-alikes', () => {
    expect(
      profiles([
        'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fsalon.example',
        'https://www.facebook.com/plugins/page.php?href=x',
        'https://twitter.com/intent/tweet?url=x',
        'https://x.com/home?status=x',
        'https://www.linkedin.com/shareArticle?mini=true&url=x',
        'https://pinterest.com/pin/create/button/?url=x',
        'https://www.instagram.com/p/Cx1234/',
        'https://www.youtube.com/watch?v=abc',
        'https://www.youtube.com/embed/abc',
        'https://facebook.com.evil.example/salon',
      ]),
    ).toEqual([]);
  });
});
