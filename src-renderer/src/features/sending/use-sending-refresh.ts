import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useAppEvent } from '../../api/hooks';

/** Refreshes accounts, the delivery log and the do-not-contact list when the engine reports anything. */
export function useSendingRefresh(): void {
  const client = useQueryClient();
  const refresh = useCallback(() => {
    void client.invalidateQueries({
      predicate: (q) => typeof q.queryKey[0] === 'string' && /^(smtp|sending|doNotContact)\./.test(q.queryKey[0]),
    });
  }, [client]);
  useAppEvent('sending.sent', refresh);
  useAppEvent('sending.notSent', refresh);
  useAppEvent('sending.accountRested', refresh);
  useAppEvent('sending.paused', refresh);
  useAppEvent('sending.changed', refresh);
}

export function formatWhen(iso: string | null): string {
  if (!iso) return '—';
  const date = new Date(iso);
  const sameDay = date.toDateString() === new Date().toDateString();
  return sameDay ? date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' }) : date.toLocaleString();
}
