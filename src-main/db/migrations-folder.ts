import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The committed drizzle-kit migrations. Source (src-main/db) and bundle (out/main) both sit two
 * levels below the project root; a packaged app ships the folder beside its code.
 */
export function migrationsFolder(): string {
  const fromEnv = process.env.OUTREACH_MIGRATIONS_DIR;
  if (fromEnv) return resolve(fromEnv);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'migrations', 'meta', '_journal.json');
    if (existsSync(candidate)) return join(dir, 'migrations');
    dir = dirname(dir);
  }
  throw new Error('The migrations folder was not found beside the application code.');
}
