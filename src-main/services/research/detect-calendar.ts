import { findByHost, resolveLink } from './match-host';
import type { ParsedPage } from './parse-page';
import { calendarEmbedHosts, calendarMarkers, iconClass } from './rules';

const notWidgets = new Set(['i', 'span', 'svg', 'use', 'path', 'img', 'a', 'button', 'li', 'link', 'meta', 'script', 'body', 'html']);

/**
 * A calendar or date-picker widget on the page: an embedded calendar (Google Calendar, …) or an
 * element whose class/id names one. Icons that draw a calendar glyph ("fa-calendar") are not
 * widgets; booking-tool embeds are counted separately by the caller.
 */
export function detectCalendar(page: ParsedPage): string | null {
  const { $ } = page;
  let found: string | null = null;
  $('iframe').each((_, el) => {
    const url = resolveLink($(el).attr('src') ?? $(el).attr('data-src'), page.url);
    const embed = url && findByHost(calendarEmbedHosts, url);
    if (embed && !found) found = embed.name;
  });
  if (found) return found;
  $('[class], [id]').each((_, el) => {
    if (found || notWidgets.has(el.tagName)) return;
    const className = el.attribs.class ?? '';
    const names = `${className} ${el.attribs.id ?? ''}`;
    if (!calendarMarkers.test(names) || iconClass.test(className)) return;
    found = `calendar widget (${names
      .trim()
      .split(/\s+/)
      .find((n) => calendarMarkers.test(n))})`;
  });
  return found;
}
