import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { normaliseLeadColumns, type LeadColumnState } from '../../../../src-shared/domain/lead-columns';
import { useApiMutation, useApiQuery } from '../../api/hooks';

/**
 * The table's column layout and density, remembered in settings (`leads.columns`, `ui.density`).
 * Changes apply at once and are saved a moment later, so dragging a column edge is not 60 writes.
 */
export function useLeadLayout() {
  const settings = useApiQuery('settings.get', { keys: ['leads.columns', 'ui.density'] }, { staleTime: Infinity });
  const save = useApiMutation('settings.set');
  const [columns, setColumnsState] = useState<LeadColumnState[] | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const stored = settings.data?.['leads.columns'];
  const effective = useMemo(() => columns ?? normaliseLeadColumns(stored), [columns, stored]);
  const density = settings.data?.['ui.density'] ?? 'comfortable';

  const { mutate } = save;
  const setColumns = useCallback(
    (next: LeadColumnState[]) => {
      setColumnsState(next);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => mutate({ key: 'leads.columns', value: next }), 400);
    },
    [mutate],
  );
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const setDensity = useCallback(
    (value: 'compact' | 'comfortable') => mutate({ key: 'ui.density', value }, { onSuccess: () => void settings.refetch() }),
    [mutate, settings],
  );

  return { columns: effective, setColumns, density, setDensity, ready: settings.isSuccess };
}
