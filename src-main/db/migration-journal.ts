import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrationsFolder } from './migrations-folder';

export interface JournalEntry {
  idx: number;
  tag: string;
  when: number;
}

/** The migrations this build ships, in order (drizzle-kit's journal). */
export function readMigrationJournal(): JournalEntry[] {
  const raw = JSON.parse(readFileSync(join(migrationsFolder(), 'meta', '_journal.json'), 'utf8')) as { entries: JournalEntry[] };
  return raw.entries;
}
