import { randomBytes } from 'node:crypto';
import type { LeadExportInput } from '../../../src-shared/contract/leads';

/**
 * One-time links for CSV downloads through the HTTP bridge. A browser download cannot send the
 * bearer token, so `leads.export` (token-checked) hands out an unguessable ticket that the download
 * route accepts once, within two minutes.
 */
export interface ExportTickets {
  issue(input: LeadExportInput, now: Date): string;
  redeem(ticket: string, now: Date): LeadExportInput | null;
}

const lifetimeMs = 120_000;

export function createExportTickets(): ExportTickets {
  const tickets = new Map<string, { input: LeadExportInput; expires: number }>();
  return {
    issue(input, now) {
      for (const [key, value] of tickets) if (value.expires < now.getTime()) tickets.delete(key);
      const ticket = randomBytes(24).toString('base64url');
      tickets.set(ticket, { input, expires: now.getTime() + lifetimeMs });
      return ticket;
    },
    redeem(ticket, now) {
      const entry = tickets.get(ticket);
      tickets.delete(ticket);
      return entry && entry.expires >= now.getTime() ? entry.input : null;
    },
  };
}

// One ticket book per app context (the bridge and its router share one).
const books = new WeakMap<object, ExportTickets>();

export function exportTicketsOf(ctx: object): ExportTickets {
  let book = books.get(ctx);
  if (!book) books.set(ctx, (book = createExportTickets()));
  return book;
}

export function exportFileName(now: Date): string {
  return `leads-${now.toISOString().slice(0, 16).replace(/[:T]/g, '-')}.csv`;
}
