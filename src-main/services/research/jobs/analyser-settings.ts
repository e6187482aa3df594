import type { DbOrTx } from '../../../db/client';
import { readSettings } from '../../settings/read-settings';
import type { AnalyserDeps } from '../analyse-site';

/** The analyser's options from Settings: private-network access, politeness delay, parallel sites. */
export async function readAnalyserSettings(db: DbOrTx): Promise<{ analyser: Pick<AnalyserDeps, 'allowPrivateNetwork' | 'politeDelayMs'>; concurrency: number }> {
  const s = await readSettings(db, ['research.allowPrivateNetwork', 'research.politeDelayMs', 'research.concurrency']);
  return {
    analyser: { allowPrivateNetwork: s['research.allowPrivateNetwork'] ?? false, politeDelayMs: s['research.politeDelayMs'] ?? 500 },
    concurrency: s['research.concurrency'] ?? 8,
  };
}
