import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';

// The database choice cannot live in the database it chooses, so it sits in a small file beside it.
const appConfigSchema = z.object({
  database: z
    .discriminatedUnion('mode', [
      z.object({ mode: z.literal('embedded') }),
      // The URL is stored sealed by the SecretStore: it may carry a password.
      z.object({ mode: z.literal('server'), sealedUrl: z.string(), displayUrl: z.string() }),
    ])
    .default({ mode: 'embedded' }),
});

export type AppConfig = z.infer<typeof appConfigSchema>;

export interface AppConfigFile {
  readonly path: string;
  read(): AppConfig;
  write(config: AppConfig): void;
}

export function appConfigPath(dataDir: string): string {
  return join(dataDir, 'config.json');
}

export function openAppConfigFile(dataDir: string): AppConfigFile {
  const path = appConfigPath(dataDir);
  return {
    path,
    read() {
      let raw: unknown = {};
      try {
        raw = JSON.parse(readFileSync(path, 'utf8'));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
          throw new Error(`The settings file ${path} cannot be read: ${(error as Error).message}`);
        }
      }
      const parsed = appConfigSchema.safeParse(raw);
      if (!parsed.success) throw new Error(`The settings file ${path} is damaged: ${parsed.error.message}`);
      return parsed.data;
    },
    write(config) {
      mkdirSync(dirname(path), { recursive: true });
      // Write then rename, so a crash never leaves half a file behind.
      const temp = `${path}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify(appConfigSchema.parse(config), null, 2), { mode: 0o600 });
      renameSync(temp, path);
    },
  };
}
