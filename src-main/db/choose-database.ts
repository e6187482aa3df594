import type { AppConfigFile } from '../config/app-config-file';
import type { SecretStore } from '../secrets/secret-store';
import { openEmbeddedDatabase, openServerDatabase, type DatabaseHandle } from './client';

export type DatabaseChoice =
  | { mode: 'embedded'; dataDir: string; override: null }
  | { mode: 'server'; url: string; override: 'environment' | 'command-line' | null };

export interface ChooseDatabaseInput {
  dataDir: string;
  config: AppConfigFile;
  secrets: SecretStore;
  /** `--database-url` wins over DATABASE_URL, which wins over the choice saved in Settings. */
  commandLineUrl?: string | undefined;
  environmentUrl?: string | undefined;
}

export function chooseDatabase(input: ChooseDatabaseInput): DatabaseChoice {
  if (input.commandLineUrl) return { mode: 'server', url: input.commandLineUrl, override: 'command-line' };
  if (input.environmentUrl) return { mode: 'server', url: input.environmentUrl, override: 'environment' };
  const saved = input.config.read().database;
  if (saved.mode === 'server') return { mode: 'server', url: input.secrets.decrypt(saved.sealedUrl), override: null };
  return { mode: 'embedded', dataDir: input.dataDir, override: null };
}

export function openChosenDatabase(choice: DatabaseChoice): Promise<DatabaseHandle> {
  return choice.mode === 'server' ? openServerDatabase({ url: choice.url }) : openEmbeddedDatabase({ dataDir: choice.dataDir });
}
