import { hostMatches, resolveLink } from './match-host';
import type { ParsedPage } from './parse-page';
import { socialRules } from './rules';
import type { SocialProfile } from './site-analysis';

/** Links to the business's own profiles; share buttons, posts and plugins are left out. */
export function extractSocialProfiles(page: ParsedPage): SocialProfile[] {
  const { $ } = page;
  const found = new Map<string, SocialProfile>();
  $('a[href]').each((_, el) => {
    const url = resolveLink($(el).attr('href'), page.url);
    if (!url) return;
    const profile = socialProfileOf(url);
    if (profile) found.set(profile.url.toLowerCase(), profile);
  });
  return [...found.values()];
}

export function socialProfileOf(url: URL): SocialProfile | null {
  for (const rule of socialRules) {
    if (!rule.hosts.some((h) => hostMatches(url.hostname, h))) continue;
    if (!rule.profilePath.test(url.pathname)) return null;
    const path = url.pathname.replace(/\/+$/, '');
    // profile.php is the one profile address whose identity lives in the query.
    const id = path === '/profile.php' ? url.searchParams.get('id') : null;
    if (path === '/profile.php' && !id) return null;
    return { network: rule.network, url: `https://${rule.canonicalHost}${path}${id ? `?id=${id}` : ''}` };
  }
  return null;
}
