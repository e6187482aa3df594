import { useCallback, useMemo, useState } from 'react';
import type { LeadFilter, LeadListRow, LeadTarget } from '../../../../src-shared/contract/leads';

type Selection = { all: false; ids: Set<string> } | { all: true; excluded: Set<string> };
const none: Selection = { all: false, ids: new Set() };

/**
 * Which leads are selected: a set of ids the user ticked, or "every lead of the filter" minus the
 * ones unticked since. Bulk actions get the filter itself in the second case, never a list of ids.
 */
export function useLeadSelection(filter: LeadFilter, total: number) {
  const [selection, setSelection] = useState<Selection>(none);
  const [anchor, setAnchor] = useState<number | null>(null);

  const isSelected = useCallback((id: string) => (selection.all ? !selection.excluded.has(id) : selection.ids.has(id)), [selection]);
  const count = selection.all ? Math.max(0, total - selection.excluded.size) : selection.ids.size;

  const setMany = (ids: string[], selected: boolean) =>
    setSelection((current) => {
      if (current.all) {
        const excluded = new Set(current.excluded);
        for (const id of ids) {
          if (selected) excluded.delete(id);
          else excluded.add(id);
        }
        return { all: true, excluded };
      }
      const next = new Set(current.ids);
      for (const id of ids) {
        if (selected) next.add(id);
        else next.delete(id);
      }
      return { all: false, ids: next };
    });

  /** A click on a row's box; with Shift, every loaded row from the last clicked one takes its new state. */
  const toggleRow = (index: number, row: LeadListRow, shift: boolean, rowAt: (i: number) => LeadListRow | undefined) => {
    const selected = !isSelected(row.id);
    if (shift && anchor !== null) {
      const ids: string[] = [];
      for (let i = Math.min(anchor, index); i <= Math.max(anchor, index); i++) {
        const r = rowAt(i);
        if (r) ids.push(r.id);
      }
      setMany(ids, selected);
    } else setMany([row.id], selected);
    setAnchor(index);
  };

  const selectIds = (ids: string[]) => setSelection({ all: false, ids: new Set(ids) });
  const selectAllMatching = () => setSelection({ all: true, excluded: new Set() });
  const clear = useCallback(() => {
    setSelection(none);
    setAnchor(null);
  }, []);

  const target = useMemo<LeadTarget | null>(() => {
    if (selection.all) return { filter, ...(selection.excluded.size ? { excludeIds: [...selection.excluded] } : {}) };
    return selection.ids.size ? { ids: [...selection.ids] } : null;
  }, [selection, filter]);

  return { isSelected, count, toggleRow, selectIds, selectAllMatching, clear, target, allMatching: selection.all };
}
