import type { AppConfigFile } from '../../config/app-config-file';
import { openServerDatabase } from '../../db/client';
import { redactDatabaseUrl } from '../../db/redact-url';
import type { SecretStore } from '../../secrets/secret-store';
import { AppError } from '../../rpc/app-error';
import { testServerConnection } from './test-server-connection';

/**
 * Migrates the server database now, so a bad URL or missing rights show up here and not at the next
 * start, then saves it as the database of the next start. The running app keeps its current database.
 */
export async function chooseServerDatabase(url: string, config: AppConfigFile, secrets: SecretStore): Promise<void> {
  const test = await testServerConnection(url);
  if (!test.ok) throw new AppError('DATABASE_UNAVAILABLE', `Could not connect: ${test.message}`);
  try {
    const handle = await openServerDatabase({ url, poolSize: 1 });
    await handle.close();
  } catch (error) {
    throw new AppError('DATABASE_UNAVAILABLE', `Connected, but preparing the database failed: ${(error as Error).message}`);
  }
  config.write({ ...config.read(), database: { mode: 'server', sealedUrl: secrets.encrypt(url), displayUrl: redactDatabaseUrl(url) } });
}

export function chooseEmbeddedDatabase(config: AppConfigFile): void {
  config.write({ ...config.read(), database: { mode: 'embedded' } });
}
