import pg from 'pg';
import type { ConnectionTest } from '../../../src-shared/contract/database';

/** Connects once and reports the server's own words, so the user can fix a URL without guessing. */
export async function testServerConnection(url: string, timeoutMs = 8_000): Promise<ConnectionTest> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const result = await client.query<{ version: string }>("SELECT current_setting('server_version') AS version");
    const version = result.rows[0]?.version ?? null;
    return { ok: true, serverVersion: version, message: `Connected to PostgreSQL ${version ?? ''}`.trim(), latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, serverVersion: null, message: (error as Error).message || String(error), latencyMs: null };
  } finally {
    await client.end().catch(() => undefined);
  }
}
