import type { PageFindings } from './analyse-page';
import { serviceKey } from './count-services';
import { addressKey } from './detect-locations';
import { scoreBookingKeywords } from './score-booking-keywords';
import { bookingKeywordThreshold } from './rules';
import type { ContactSource, DetectedBookingTool, Evidence, EvidenceSignal, LocalBusiness, SiteAnalysis, SocialProfile } from './site-analysis';

export type SiteFindings = Omit<SiteAnalysis, 'pages' | 'errors' | 'url' | 'finalUrl' | 'domain' | 'ok' | 'fetchedAt'>;

/** Evidence rows kept per signal: enough to convince a user, few enough to read. */
const evidencePerSignal = 3;

/** The pages of one site → one set of signals, each with the evidence behind it. */
export function summariseFindings(pages: PageFindings[]): SiteFindings {
  const evidence: Evidence[] = [];
  const note = (signal: EvidenceSignal, detail: string | null, url: string): void => {
    if (!detail) return;
    if (evidence.filter((e) => e.signal === signal).length >= evidencePerSignal) return;
    if (evidence.some((e) => e.signal === signal && e.detail === detail && e.url === url)) return;
    evidence.push({ signal, detail, url });
  };

  const tools = new Map<string, DetectedBookingTool>();
  const keywordCounts = new Map<string, number>();
  const serviceKeys = new Set<string>();
  const addressKeys = new Set<string>();
  const emails = new Set<string>();
  const phones = new Set<string>();
  const socials = new Map<string, SocialProfile>();
  const languages = new Set<string>();
  const businesses: LocalBusiness[] = [];
  const contactSources: ContactSource[] = [];
  let hasAggregateRating = false;
  let locationsPage = false;
  let flags = { appointment: false, contact: false, calendar: false, pricing: false, gallery: false, reviews: false, weekend: false };

  for (const page of pages) {
    for (const hit of page.bookingTools) {
      const tool = tools.get(hit.toolId) ?? { id: hit.toolId, name: hit.name, embeds: 0, links: 0 };
      if (hit.kind === 'embed') tool.embeds += hit.count;
      else tool.links += hit.count;
      tools.set(hit.toolId, tool);
      note('bookingTool', hit.detail, page.url);
    }
    for (const [k, n] of page.keywordCounts) keywordCounts.set(k, (keywordCounts.get(k) ?? 0) + n);
    const topKeywords = [...page.keywordCounts].sort((a, b) => b[1] - a[1]).slice(0, 3);
    if (topKeywords.length) note('bookingKeywords', topKeywords.map(([k, n]) => `"${k}" ×${n}`).join(', '), page.url);

    flags = {
      appointment: flags.appointment || page.forms.appointmentForm !== null,
      contact: flags.contact || page.forms.contactForm !== null,
      calendar: flags.calendar || page.calendar !== null,
      pricing: flags.pricing || page.pricing !== null,
      gallery: flags.gallery || page.gallery !== null,
      reviews: flags.reviews || page.reviews !== null || page.structuredData.hasAggregateRating,
      weekend: flags.weekend || page.weekendHours !== null,
    };
    note('appointmentForm', page.forms.appointmentForm, page.url);
    note('contactForm', page.forms.contactForm, page.url);
    note('calendar', page.calendar, page.url);
    note('pricing', page.pricing, page.url);
    note('gallery', page.gallery, page.url);
    note('reviews', page.reviews ?? (page.structuredData.hasAggregateRating ? 'schema.org aggregateRating' : null), page.url);
    note('weekendHours', page.weekendHours, page.url);

    const pageServices = new Set(page.serviceNames.map(serviceKey).filter((key) => key.length >= 2));
    pageServices.forEach((key) => serviceKeys.add(key));
    if (pageServices.size) note('services', `${pageServices.size} services listed`, page.url);

    for (const key of page.locations.addressKeys) addressKeys.add(key);
    if (page.locations.locationsPage) {
      locationsPage = true;
      note('multiLocation', page.locations.locationsPage, page.url);
    }
    for (const b of page.structuredData.businesses) {
      const { country: _country, weekendHours: _weekend, ...business } = b;
      businesses.push(business);
      note('localBusiness', `schema.org ${b.type}${b.name ? ` "${b.name}"` : ''}`, page.url);
    }
    hasAggregateRating ||= page.structuredData.hasAggregateRating;
    for (const e of page.emails) {
      if (!emails.has(e)) contactSources.push({ kind: 'email', value: e, url: page.url });
      emails.add(e);
    }
    for (const p of page.phones) {
      if (!phones.has(p)) contactSources.push({ kind: 'phone', value: p, url: page.url });
      phones.add(p);
    }
    for (const s of page.socialProfiles) {
      if (!socials.has(s.url.toLowerCase())) contactSources.push({ kind: 'social', value: s.url, url: page.url });
      socials.set(s.url.toLowerCase(), s);
    }
    page.languages.forEach((l) => languages.add(l));
  }

  const businessAddresses = new Set(
    businesses
      .map((b) => b.address)
      .filter((a): a is string => !!a)
      .map(addressKey),
  );
  const multiLocation = locationsPage || addressKeys.size >= 2 || businessAddresses.size >= 2;
  if (!locationsPage && multiLocation) {
    note('multiLocation', `${Math.max(addressKeys.size, businessAddresses.size)} different addresses`, pages[0]?.url ?? '');
  }

  const ranked = [...tools.values()].sort((a, b) => b.embeds * 3 + b.links - (a.embeds * 3 + a.links));
  const currentBookingTool = ranked[0]?.id ?? null;
  const hasEmbed = ranked.some((t) => t.embeds > 0);
  const bookingKeywordScore = scoreBookingKeywords(keywordCounts);
  const hasPhoneOnly = phones.size > 0 && emails.size === 0 && !flags.contact && !flags.appointment && currentBookingTool === null;

  return {
    hasBookingKeywords: bookingKeywordScore >= bookingKeywordThreshold,
    bookingKeywordScore,
    currentBookingTool,
    hasAppointmentForm: flags.appointment,
    // A booking tool's embed shows its own calendar.
    hasCalendar: flags.calendar || hasEmbed,
    hasPricing: flags.pricing,
    hasGallery: flags.gallery,
    hasReviews: flags.reviews || hasAggregateRating,
    hasContactForm: flags.contact,
    hasPhoneOnly,
    multiLocation,
    servicesCount: serviceKeys.size,
    languageSupport: [...languages],
    hasOnlineBooking: currentBookingTool !== null,
    hasWeekendHours: flags.weekend,
    bookingTools: ranked,
    emails: [...emails],
    phones: [...phones],
    socialProfiles: [...socials.values()],
    contactSources,
    localBusiness: businesses.find((b) => b.name) ?? businesses[0] ?? null,
    evidence,
  };
}
