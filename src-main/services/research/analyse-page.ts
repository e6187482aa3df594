import { countBookingKeywords } from './score-booking-keywords';
import { detectBookingTools, type BookingToolHit } from './detect-booking-tools';
import { detectCalendar } from './detect-calendar';
import { detectForms, type FormFindings } from './detect-forms';
import { detectGallery } from './detect-gallery';
import { detectLanguages } from './detect-languages';
import { detectLocations, type LocationFindings } from './detect-locations';
import { detectPricing } from './detect-pricing';
import { detectReviews } from './detect-reviews';
import { findWeekendHours } from './detect-weekend-hours';
import { extractEmails } from './extract-emails';
import { extractStructuredData, type StructuredData } from './extract-local-business';
import { extractPhones } from './extract-phones';
import { extractSocialProfiles } from './extract-social-profiles';
import { listServices } from './count-services';
import type { ParsedPage } from './parse-page';
import { countryByLanguage } from './rules';
import type { SocialProfile } from './site-analysis';

/** Everything one page says; summarise-findings turns the pages of a site into one analysis. */
export interface PageFindings {
  url: string;
  bookingTools: BookingToolHit[];
  keywordCounts: Map<string, number>;
  forms: FormFindings;
  calendar: string | null;
  gallery: string | null;
  reviews: string | null;
  pricing: string | null;
  serviceNames: string[];
  locations: LocationFindings;
  weekendHours: string | null;
  emails: string[];
  phones: string[];
  socialProfiles: SocialProfile[];
  structuredData: StructuredData;
  languages: string[];
}

/** `siteCountry`: the country the site's domain implies (".de" → DE), for national phone numbers. */
export function analysePage(page: ParsedPage, siteCountry: string | null): PageFindings {
  const languages = detectLanguages(page);
  const structuredData = extractStructuredData(page);
  const country =
    structuredData.businesses.find((b) => b.country)?.country ??
    siteCountry ??
    languages.region ??
    (languages.lang ? (countryByLanguage[languages.lang] ?? null) : null);
  const pricing = detectPricing(page);
  return {
    url: page.url.href,
    bookingTools: detectBookingTools(page),
    keywordCounts: countBookingKeywords(page.flatLower),
    forms: detectForms(page),
    calendar: detectCalendar(page),
    gallery: detectGallery(page),
    reviews: detectReviews(page),
    pricing: pricing.detail,
    serviceNames: [...pricing.pricedItems, ...listServices(page)],
    locations: detectLocations(page),
    weekendHours: findWeekendHours(page.flatLower) ?? structuredData.businesses.find((b) => b.weekendHours)?.weekendHours ?? null,
    emails: extractEmails(page),
    phones: extractPhones(page, country),
    socialProfiles: extractSocialProfiles(page),
    structuredData,
    languages: languages.languages,
  };
}
