import { cleanLabel } from './detect-pricing';
import { visibleText, type ParsedPage } from './parse-page';
import { moneyPattern, servicesHeading, serviceItemMarkers } from './rules';

/**
 * Names of services listed on a page: titles of service cards, and the list items and
 * sub-headings under a "services" heading. The caller merges them with priced rows and counts
 * distinct names across pages.
 */
export function listServices(page: ParsedPage): string[] {
  const { $ } = page;
  const names: string[] = [];
  const add = (text: string): void => {
    const name = cleanLabel(text.replace(moneyPattern, ' '));
    if (name.length >= 2 && name.length <= 80) names.push(name);
  };

  $('[class]').each((_, el) => {
    if (!serviceItemMarkers.test(el.attribs.class ?? '')) return;
    if ($(el).closest('nav, header, footer').length > 0) return;
    const title = $(el).find('h2, h3, h4, h5, h6, strong, [class*="title" i], [class*="name" i]').first();
    if (title.length > 0) add(title.text());
  });

  $('h1, h2, h3').each((_, el) => {
    const heading = $(el);
    if (heading.closest('nav, header, footer').length > 0) return;
    const text = heading.text().replace(/\s+/g, ' ').trim();
    if (text.length > 60 || !servicesHeading.test(text)) return;
    const level = Number(el.tagName.slice(1));
    const stop = Array.from({ length: level }, (_, i) => `h${i + 1}`).join(', ');
    const section = heading.nextUntil(stop);
    section
      .find('li')
      .add(section.filter('li'))
      .each((_, li) => add(visibleText($(li).contents().toArray())));
    const deeper = Array.from({ length: 6 - level }, (_, i) => `h${level + i + 1}`).join(', ');
    if (deeper) {
      section
        .find(deeper)
        .add(section.filter(deeper))
        .each((_, h) => {
          const title = $(h).text();
          if (!servicesHeading.test(title)) add(title);
        });
    }
  });
  return names;
}

/** "Coupe femme – 45 €" and "coupe femme" are one service. */
export function serviceKey(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .slice(0, 50);
}
