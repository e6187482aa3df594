import { openApp, type OpenApp, type OpenAppOptions } from '../start/open-app';
import type { GlobalOptions } from './cli-command';

export function openAppForCli(globals: GlobalOptions, extra: Partial<OpenAppOptions> = {}): Promise<OpenApp> {
  return openApp({
    dataDir: globals.dataDir,
    databaseUrl: globals.databaseUrl,
    environmentUrl: globals.environmentUrl,
    shell: 'cli',
    background: false,
    ...extra,
  });
}
