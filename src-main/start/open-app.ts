import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import pkg from '../../package.json';
import { openAppConfigFile } from '../config/app-config-file';
import { createEventSink, systemClock, type AppContext, type Clock, type Logger, consoleLogger } from '../context';
import { chooseDatabase, openChosenDatabase } from '../db/choose-database';
import { handlers } from '../handlers';
import { createRouter, type Router } from '../rpc/router';
import { createKeyFileSecretStore } from '../secrets/key-file-secret-store';
import type { SecretStore } from '../secrets/secret-store';
import { startBackgroundWork, type BackgroundOptions } from './background-work';
import { importJobsFor } from '../services/imports/import-jobs';
import { markInterruptedImports } from '../services/imports/mark-interrupted-imports';
import { removeStaleUploads } from '../services/imports/upload-store';

export interface OpenAppOptions {
  dataDir: string;
  shell: AppContext['shell'];
  databaseUrl?: string | undefined;
  environmentUrl?: string | undefined;
  secrets?: SecretStore;
  clock?: Clock;
  log?: Logger;
  openExternal?: (url: string) => Promise<void>;
  chooseSavePath?: (defaultName: string) => Promise<string | null>;
  /** Start the sending engine and scheduler with the app (off for one-shot CLI commands). */
  background?: BackgroundOptions | false;
}

export interface OpenApp {
  ctx: AppContext;
  router: Router;
  close(): Promise<void>;
}

/** Opens the data folder, the chosen database (migrated), and the router over it: shared by app, bridge and CLI. */
export async function openApp(options: OpenAppOptions): Promise<OpenApp> {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const config = openAppConfigFile(dataDir);
  const secrets = options.secrets ?? createKeyFileSecretStore(dataDir);
  const choice = chooseDatabase({
    dataDir,
    config,
    secrets,
    commandLineUrl: options.databaseUrl,
    environmentUrl: options.environmentUrl,
  });
  const database = await openChosenDatabase(choice);
  const ctx: AppContext = {
    db: database.db,
    database,
    databaseOverride: choice.mode === 'server' ? choice.override : null,
    dataDir,
    shell: options.shell,
    version: pkg.version,
    clock: options.clock ?? systemClock,
    events: createEventSink(),
    secrets,
    config,
    log: options.log ?? consoleLogger,
    ...(options.openExternal ? { openExternal: options.openExternal } : {}),
    ...(options.chooseSavePath ? { chooseSavePath: options.chooseSavePath } : {}),
  };
  let stopWork: () => Promise<void> = async () => undefined;
  try {
    // Embedded, nothing else can be importing; on a shared server, give other instances' imports time to beat.
    await markInterruptedImports(ctx.db, { staleAfterMs: database.mode === 'embedded' ? 0 : 120_000 });
    removeStaleUploads(dataDir, ctx.clock.now());
    if (options.background) stopWork = await startBackgroundWork(ctx, options.background);
  } catch (error) {
    await database.close();
    throw error;
  }
  const router = createRouter(handlers, () => ctx);
  let closed: Promise<void> | null = null;
  return {
    ctx,
    router,
    close() {
      // Stop work first, then close the database, once, however often close is called.
      closed ??= (async () => {
        try {
          await importJobsFor(ctx).stopAll();
          await stopWork();
        } finally {
          await database.close();
        }
      })();
      return closed;
    },
  };
}
