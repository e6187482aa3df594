import type { ParsedPage } from './parse-page';

/** Languages the site offers: <html lang> and hreflang alternates, as primary subtags ("de", "en"). */
export function detectLanguages(page: ParsedPage): { lang: string | null; region: string | null; languages: string[] } {
  const { $ } = page;
  const htmlLang = ($('html').attr('lang') ?? $('html').attr('xml:lang') ?? '').trim();
  const [primary, region] = htmlLang.toLowerCase().split(/[-_]/);
  const languages = new Set<string>();
  if (primary && /^[a-z]{2,3}$/.test(primary)) languages.add(primary);
  $('link[hreflang], a[hreflang]').each((_, el) => {
    const tag = ($(el).attr('hreflang') ?? '').toLowerCase().split(/[-_]/)[0]!;
    if (/^[a-z]{2,3}$/.test(tag)) languages.add(tag);
  });
  return {
    lang: primary && /^[a-z]{2,3}$/.test(primary) ? primary : null,
    region: region && /^[a-z]{2}$/.test(region) ? region.toUpperCase() : null,
    languages: [...languages],
  };
}
