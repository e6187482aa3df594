import { z } from 'zod';
import { procedure } from './procedure';

export const doNotContactReasons = ['unsubscribed', 'bounced', 'complained', 'manual'] as const;
export type DoNotContactReason = (typeof doNotContactReasons)[number];

export interface DoNotContactRow {
  id: string;
  kind: 'address' | 'domain';
  value: string;
  reason: DoNotContactReason;
  note: string | null;
  createdAt: string;
}

/** An address (ann@example.com) or a whole domain (example.com, also written @example.com). */
export const doNotContactValue = z
  .string()
  .trim()
  .toLowerCase()
  .transform((v) => v.replace(/^@/, ''))
  .refine((v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) || /^(?=.{3,253}$)([a-z0-9-]+\.)+[a-z0-9-]{2,}$/.test(v), 'is neither an email address nor a domain');

// Import and export pass the CSV as text: do-not-contact lists are small (one line per address).
const MAX_CSV_CHARS = 5_000_000;

export const doNotContactContract = {
  'doNotContact.list': procedure(
    z.object({ search: z.string().trim().max(255).optional(), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) }).strict(),
  ).returns<{ rows: DoNotContactRow[]; total: number }>(),
  'doNotContact.add': procedure(
    z.object({ value: doNotContactValue, reason: z.enum(doNotContactReasons).default('manual'), note: z.string().trim().max(2000).optional() }).strict(),
  ).returns<{ entry: DoNotContactRow; created: boolean; queuedSkipped: number }>(),
  'doNotContact.remove': procedure(z.object({ id: z.uuid() }).strict()).returns<{ removed: boolean }>(),
  /** A CSV whose first column (or a column named email, address, domain or value) holds the entries. */
  'doNotContact.importCsv': procedure(
    z.object({ csv: z.string().max(MAX_CSV_CHARS), reason: z.enum(doNotContactReasons).default('manual') }).strict(),
  ).returns<{ added: number; alreadyListed: number; invalid: string[] }>(),
  'doNotContact.exportCsv': procedure(z.object({}).strict()).returns<{ csv: string; count: number }>(),
};
