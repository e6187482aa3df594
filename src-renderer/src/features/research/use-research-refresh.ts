import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import type { EventPayloads } from '../../../../src-shared/contract';
import { useAppEvent } from '../../api/hooks';

/**
 * Keeps lead views current while website analysis updates leads: refetches lead queries and
 * evidence at most every few seconds while a job runs, and once when it ends.
 */
export function useResearchRefresh(everyMs = 3000): void {
  const client = useQueryClient();
  const last = useRef(0);
  const onProgress = useCallback(
    ({ job }: EventPayloads['research.progressed']) => {
      const ended = job.status === 'completed' || job.status === 'cancelled' || job.status === 'failed';
      if (!ended && Date.now() - last.current < everyMs) return;
      if (job.leadsUpdated === 0 && !ended) return;
      last.current = Date.now();
      void client.invalidateQueries({
        predicate: (q) => typeof q.queryKey[0] === 'string' && (q.queryKey[0].startsWith('leads.') || q.queryKey[0] === 'research.evidence'),
      });
    },
    [client, everyMs],
  );
  useAppEvent('research.progressed', onProgress);
}
