import { z } from 'zod';
import { smtpProviders } from '../domain/smtp-presets';
import { procedure } from './procedure';

export interface SmtpAccount {
  id: string;
  provider: string;
  providerName: string;
  host: string;
  port: number;
  secure: boolean;
  username: string | null;
  /** Never the password itself: the renderer only learns whether one is stored. */
  passwordSet: boolean;
  fromEmail: string;
  fromName: string | null;
  replyTo: string | null;
  dailyLimit: number | null;
  hourlyLimit: number | null;
  isActive: boolean;
  isPrimary: boolean;
  priority: number;
  documentationUrl: string | null;
  setupNotes: string | null;
  /** Set while a provider-level failure rests the account (ISO time), with the reason. */
  restingUntil: string | null;
  restReason: string | null;
  /** Sends over rolling windows, counted from the emails table. */
  usage: { lastHour: number; last24h: number };
  createdAt: string;
}

const nullableText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((v) => (v ? v : null));
const limit = z.number().int().min(0).max(1_000_000).nullable();

const accountFields = {
  provider: z.enum(smtpProviders),
  providerName: z.string().trim().min(1, 'needs a name').max(100),
  host: z.string().trim().min(1, 'needs a host').max(255),
  port: z.number().int().min(1).max(65535),
  secure: z.boolean(),
  username: nullableText(255),
  fromEmail: z.email().max(255),
  fromName: nullableText(255),
  replyTo: z.union([z.literal(''), z.email().max(255)]).nullable().transform((v) => (v ? v : null)),
  dailyLimit: limit,
  hourlyLimit: limit,
  isActive: z.boolean(),
  isPrimary: z.boolean(),
  priority: z.number().int().min(0).max(1000),
  documentationUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]).nullable().transform((v) => (v ? v : null)),
  setupNotes: nullableText(4000),
};

/** A new password (never echoed back); omitted keeps the stored one, null removes it. */
const password = z.string().max(500).nullable().optional();
/** Where secrets fall back to a key file beside the data (Linux without a keyring), the user must say yes first. */
const acknowledgeWeakStorage = z.boolean().optional();

export const smtpAccountInput = z.object({ ...accountFields, password, acknowledgeWeakStorage }).strict();
export const smtpAccountUpdate = z
  .object({ id: z.uuid(), ...Object.fromEntries(Object.entries(accountFields).map(([k, v]) => [k, v.optional()])), password, acknowledgeWeakStorage })
  .strict() as unknown as z.ZodType<
  { id: string; password?: string | null; acknowledgeWeakStorage?: boolean } & Partial<z.output<z.ZodObject<typeof accountFields>>>,
  { id: string; password?: string | null; acknowledgeWeakStorage?: boolean } & Partial<z.input<z.ZodObject<typeof accountFields>>>
>;

export type SmtpAccountInput = z.input<typeof smtpAccountInput>;

export interface SmtpCheck {
  ok: boolean;
  /** The server's own reply, or the error it gave. */
  message: string;
  messageId?: string;
}

export interface SecretsStatus {
  kind: 'os-keychain' | 'key-file' | 'plain-text-fallback';
  /** What this means for the user, in a sentence. */
  message: string;
}

const byId = z.object({ id: z.uuid() }).strict();

export const smtpContract = {
  'smtp.list': procedure(z.object({}).strict()).returns<SmtpAccount[]>(),
  'smtp.create': procedure(smtpAccountInput).returns<SmtpAccount>(),
  'smtp.update': procedure(smtpAccountUpdate).returns<SmtpAccount>(),
  'smtp.delete': procedure(byId).returns<{ deleted: boolean }>(),
  /** Connect, EHLO, log in (nodemailer verify), and report the server's words. */
  'smtp.testConnection': procedure(byId).returns<SmtpCheck>(),
  'smtp.sendTest': procedure(z.object({ id: z.uuid(), to: z.email() }).strict()).returns<SmtpCheck>(),
  /** Ends a rest early (the user fixed the password or the provider's limit reset). */
  'smtp.endRest': procedure(byId).returns<SmtpAccount>(),
  'secrets.status': procedure(z.object({}).strict()).returns<SecretsStatus>(),
};
