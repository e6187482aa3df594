import type { LeadListRow } from '../../../../src-shared/contract/leads';

const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

export function formatDate(iso: string | null | undefined): string {
  return iso ? dateFormat.format(new Date(iso)) : '—';
}

/** "3 days ago", "2 months ago"; dates older than a year as a date. */
export function formatRelative(iso: string | null | undefined, now = Date.now()): string {
  if (!iso) return '—';
  const days = Math.round((new Date(iso).getTime() - now) / 86_400_000);
  if (Math.abs(days) < 1) return 'today';
  if (Math.abs(days) < 31) return relative.format(days, 'day');
  if (Math.abs(days) < 365) return relative.format(Math.round(days / 30), 'month');
  return formatDate(iso);
}

/** example.com from https://www.example.com/contact. */
export function websiteDomain(website: string | null | undefined): string {
  if (!website) return '';
  try {
    return new URL(/^https?:\/\//i.test(website) ? website : `https://${website}`).hostname.replace(/^www\./, '');
  } catch {
    return website;
  }
}

export function websiteHref(website: string): string {
  return /^https?:\/\//i.test(website) ? website : `https://${website}`;
}

export function locationOf(row: Pick<LeadListRow, 'city' | 'country'>): string {
  return [row.city, row.country].filter(Boolean).join(', ');
}

export const tierColors = { hot: 'red', warm: 'orange', cold: 'gray' } as const;
export const bookingColors: Record<string, string> = { high: 'teal', medium: 'yellow', low: 'gray' };
export const verificationColors: Record<string, string> = { unverified: 'gray', email_verified: 'teal', phone_verified: 'cyan', fully_verified: 'green' };
