import type { Cheerio } from 'cheerio';
import type { Element } from 'domhandler';
import { findByHost, resolveLink } from './match-host';
import type { ParsedPage } from './parse-page';
import { appointmentFieldTokens, formServiceHosts, nonContactFormMarkers } from './rules';

export interface FormFindings {
  /** Detail for evidence ("form with date field") or null. */
  appointmentForm: string | null;
  contactForm: string | null;
}

const invisibleInputs = /^(hidden|submit|button|reset|image|checkbox|radio)$/i;

/**
 * Appointment form: asks for a date or time (a date/time input, or a field named or labelled
 * so in one of our languages). Contact form: a form to write to the business (a message box,
 * or an e-mail/phone field among several), not a search, newsletter or login form.
 */
export function detectForms(page: ParsedPage): FormFindings {
  const { $ } = page;
  let appointmentForm: string | null = null;
  let contactForm: string | null = null;

  $('form').each((_, formEl) => {
    const form = $(formEl);
    if (form.find('input[type="password" i]').length > 0) return;
    const fields = form.find('input, select, textarea').filter((_, f) => !invisibleInputs.test($(f).attr('type') ?? ''));
    if (fields.length === 0) return;
    const hasMessage = form.find('textarea').length > 0;
    const identity = [form.attr('id'), form.attr('class'), form.attr('action'), form.attr('role'), form.attr('name')].join(' ');
    if (!hasMessage && (nonContactFormMarkers.test(identity) || fields.length === 1)) return;

    const dateInput = form.find('input[type="date" i], input[type="datetime-local" i], input[type="time" i]').first();
    if (dateInput.length > 0) appointmentForm ??= `form with a ${dateInput.attr('type')!.toLowerCase()} field`;
    else {
      const word = appointmentWord($, form, fields);
      if (word && fields.length >= 2) appointmentForm ??= `form asking for "${word}"`;
    }

    const reachable = form.find('input[type="email" i], input[type="tel" i]').length > 0 || /mail|phone|tel/i.test(fieldNames($, fields));
    if (hasMessage || (reachable && fields.length >= 3)) contactForm ??= hasMessage ? 'contact form with a message field' : 'contact form';
  });

  if (!contactForm) {
    $('iframe, script[src]').each((_, el) => {
      const url = resolveLink($(el).attr('src') ?? $(el).attr('data-src'), page.url);
      const service = url && findByHost(formServiceHosts, url);
      if (service && !contactForm) contactForm = `${service.name} embed`;
    });
  }
  return { appointmentForm, contactForm };
}

function fieldNames($: ParsedPage['$'], fields: Cheerio<Element>): string {
  return fields
    .map((_, f) => `${$(f).attr('name') ?? ''} ${$(f).attr('id') ?? ''}`)
    .get()
    .join(' ');
}

/** The first appointment word among field names, ids, placeholders and labels, if any. */
function appointmentWord($: ParsedPage['$'], form: Cheerio<Element>, fields: Cheerio<Element>): string | null {
  const sources: string[] = [];
  fields.each((_, f) => {
    const field = $(f);
    sources.push(field.attr('name') ?? '', field.attr('id') ?? '', field.attr('placeholder') ?? '', field.attr('aria-label') ?? '');
  });
  // Short labels only: a consent text ("…withdraw at any time") is not a field asking for a time.
  form.find('label').each((_, l) => {
    const text = $(l).text().trim();
    if (text.length <= 40) sources.push(text);
  });
  for (const source of sources) {
    for (const token of tokens(source)) if (appointmentFieldTokens.has(token)) return token;
  }
  return null;
}

/** "preferredDate" / "preferred_date" / "Date souhaitée" → ["preferred", "date", …]. */
function tokens(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
}
