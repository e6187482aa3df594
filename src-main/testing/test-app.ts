import { createEventSink, silentLogger, systemClock, type AppContext, type Clock } from '../context';
import { openAppConfigFile } from '../config/app-config-file';
import { handlers } from '../handlers';
import { createRouter, type Router } from '../rpc/router';
import { createKeyFileSecretStore } from '../secrets/key-file-secret-store';
import type { TestDatabase } from './test-db';

/** A real AppContext over a test database, for service and router tests. */
export function createTestContext(database: TestDatabase, overrides: Partial<AppContext> & { clock?: Clock } = {}): AppContext {
  return {
    db: database.db,
    database: database.handle,
    databaseOverride: null,
    dataDir: database.dataDir,
    shell: 'bridge',
    version: '0.0.0-test',
    clock: systemClock,
    events: createEventSink(),
    secrets: createKeyFileSecretStore(database.dataDir),
    config: openAppConfigFile(database.dataDir),
    log: silentLogger,
    ...overrides,
  };
}

export function createTestRouter(ctx: AppContext): Router {
  return createRouter(handlers, () => ctx);
}
