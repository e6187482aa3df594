// db.create: first open of a new data folder (PGlite boot + all migrations).
// db.reopen / db.rss: a later start, measured in a fresh process so nothing from the first open is warm.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportFigure, rssMb } from '../testing/bench';
import { openEmbeddedDatabase } from './client';

const reopenDir = process.argv[2] === '--reopen' ? process.argv[3] : undefined;

if (reopenDir) {
  const started = performance.now();
  const handle = await openEmbeddedDatabase({ dataDir: reopenDir });
  const ms = performance.now() - started;
  const rss = rssMb();
  await handle.close();
  process.stdout.write(JSON.stringify({ ms, rss }));
} else {
  const dataDir = mkdtempSync(join(tmpdir(), 'outreach-desk-bench-db-'));
  try {
    const started = performance.now();
    const handle = await openEmbeddedDatabase({ dataDir });
    reportFigure('db.create', performance.now() - started, 'ms');
    await handle.close();

    const runs: Array<{ ms: number; rss: number }> = [];
    for (let i = 0; i < 3; i++) {
      const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--reopen', dataDir], { encoding: 'utf8' });
      if (child.status !== 0) throw new Error(child.stderr);
      runs.push(JSON.parse(child.stdout) as { ms: number; rss: number });
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    reportFigure('db.reopen', median(runs.map((r) => r.ms)), 'ms', { runs: runs.length });
    reportFigure('db.rss', median(runs.map((r) => r.rss)), 'MB');
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
