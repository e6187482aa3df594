import { z } from 'zod';
import { procedure } from './procedure';

export interface TableCount {
  table: string;
  rows: number;
}

export interface DatabaseStatus {
  mode: 'embedded' | 'server';
  /** Embedded: the folder. Server: the URL with its password removed. */
  location: string;
  sizeBytes: number | null;
  schemaVersion: { applied: number; latest: string | null; pending: number };
  tables: TableCount[];
  /** What the next start will use, when the user switched in Settings. */
  nextStart: { mode: 'embedded' | 'server'; location: string } | null;
  /** Set when DATABASE_URL or --database-url overrides the saved choice. */
  overriddenBy: 'environment' | 'command-line' | null;
}

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must start with postgres:// or postgresql://')
  .refine((value) => {
    try {
      new URL(value);
      return true;
    } catch {
      return false;
    }
  }, 'is not a valid URL');

export interface ConnectionTest {
  ok: boolean;
  serverVersion: string | null;
  /** The server's own words when the connection failed. */
  message: string;
  latencyMs: number | null;
}

export const databaseContract = {
  'database.status': procedure(z.object({}).strict()).returns<DatabaseStatus>(),
  'database.testConnection': procedure(z.object({ url: postgresUrl }).strict()).returns<ConnectionTest>(),
  /** Migrates the server database now and makes it the database of the next start. */
  'database.useServer': procedure(z.object({ url: postgresUrl }).strict()).returns<DatabaseStatus>(),
  'database.useEmbedded': procedure(z.object({}).strict()).returns<DatabaseStatus>(),
};
