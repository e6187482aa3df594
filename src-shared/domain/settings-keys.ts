import { z } from 'zod';
import { leadColumnsSchema } from './lead-columns-schema';

/**
 * Every key the `settings` table may hold, with the schema its value must satisfy.
 * A key that is not listed here cannot be written: typos fail loudly instead of piling up.
 */
export const settingSchemas = {
  'profile.name': z.string().trim().max(120),
  'profile.company': z.string().trim().max(160),
  'profile.website': z.union([z.literal(''), z.url({ protocol: /^https?$/ })]),
  'profile.timeZone': z.string().trim().max(64),
  'ui.colorScheme': z.enum(['light', 'dark', 'auto']),
  'ui.density': z.enum(['compact', 'comfortable']),
  /** Let website analysis reach private, loopback and link-local addresses (intranet sites, testing). */
  'research.allowPrivateNetwork': z.boolean(),
  /** Websites analysed at the same time. */
  'research.concurrency': z.number().int().min(1).max(32),
  /** Pause between two requests to one website, in milliseconds. */
  'research.politeDelayMs': z.number().int().min(0).max(10_000),
  /** The lead table's columns: order, shown or hidden, width. */
  'leads.columns': leadColumnsSchema,
  // The random pause between two sends from one account, so a mailbox never sends in bursts.
  'sending.gapMinSeconds': z.number().int().min(0).max(86_400),
  'sending.gapMaxSeconds': z.number().int().min(0).max(86_400),
  // The user's "Pause all sending": every engine (app, outreach-desk run) stops claiming.
  'sending.paused': z.boolean(),
} as const;

export type SettingKey = keyof typeof settingSchemas;
export type SettingValue<K extends SettingKey> = z.infer<(typeof settingSchemas)[K]>;
export type Settings = { [K in SettingKey]: SettingValue<K> };

export const settingKeys = Object.keys(settingSchemas) as SettingKey[];

export const settingDefaults: Settings = {
  'profile.name': '',
  'profile.company': '',
  'profile.website': '',
  'profile.timeZone': '',
  'ui.colorScheme': 'auto',
  'ui.density': 'comfortable',
  'research.allowPrivateNetwork': false,
  'research.concurrency': 8,
  'research.politeDelayMs': 500,
  'leads.columns': [],
  'sending.gapMinSeconds': 60,
  'sending.gapMaxSeconds': 180,
  'sending.paused': false,
};
