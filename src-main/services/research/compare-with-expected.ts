import type { FixtureExpectation } from '../../testing/fixture-site-server';
import type { SiteAnalysis } from './site-analysis';

/**
 * Differences between an analysis and a fixture's expected.json, as readable lines. Shared by
 * the fixture test (which fails on any) and the benchmark (which checks its sample).
 */
export function compareWithExpected(analysis: SiteAnalysis, expected: FixtureExpectation): string[] {
  const problems: string[] = [];
  const same = (field: string, actual: unknown, wanted: unknown): void => {
    if (JSON.stringify(actual) !== JSON.stringify(wanted))
      problems.push(`${field}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(wanted)}`);
  };
  const inRange = (field: string, actual: number, range: [number, number] | undefined): void => {
    if (range && (actual < range[0] || actual > range[1])) problems.push(`${field}: got ${actual}, expected ${range[0]}–${range[1]}`);
  };
  same('currentBookingTool', analysis.currentBookingTool, expected.bookingTool);
  const booleans = [
    'hasAppointmentForm',
    'hasContactForm',
    'hasPhoneOnly',
    'hasPricing',
    'hasGallery',
    'hasReviews',
    'hasCalendar',
    'hasWeekendHours',
    'hasBookingKeywords',
    'multiLocation',
  ] as const;
  for (const key of booleans) if (expected[key] !== undefined) same(key, analysis[key], expected[key]);
  inRange('servicesCount', analysis.servicesCount, expected.servicesCount);
  inRange('bookingKeywordScore', analysis.bookingKeywordScore, expected.bookingKeywordScore);
  if (expected.languageSupport) same('languageSupport', [...analysis.languageSupport].sort(), [...expected.languageSupport].sort());
  if (expected.emails) same('emails', [...analysis.emails].sort(), [...expected.emails].sort());
  if (expected.phones) same('phones', [...analysis.phones].sort(), [...expected.phones].sort());
  if (expected.socialNetworks)
    same('socialNetworks', [...new Set(analysis.socialProfiles.map((s) => s.network))].sort(), expected.socialNetworks);
  if (expected.localBusinessName !== undefined)
    same('localBusiness.name', analysis.localBusiness?.name ?? null, expected.localBusinessName);
  if (expected.minPages !== undefined) {
    const fetched = analysis.pages.filter((p) => p.status >= 200 && p.status < 300).length;
    if (fetched < expected.minPages) problems.push(`pages fetched: ${fetched}, expected at least ${expected.minPages}`);
  }
  return problems;
}
