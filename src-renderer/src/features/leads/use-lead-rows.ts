import { keepPreviousData, useQueries, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { LeadFilter, LeadList, LeadListRow, LeadSort } from '../../../../src-shared/contract/leads';
import { defaultLeadSort } from '../../../../src-shared/domain/lead-columns';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/hooks';

export const leadPageSize = 100;

function pageQuery(filter: LeadFilter, sort: LeadSort, page: number) {
  const input = { filter, sort, offset: page * leadPageSize, limit: leadPageSize, count: 'fast' } as const;
  return { queryKey: ['leads.list', input] as const, queryFn: () => call('leads.list', input), staleTime: 10_000 };
}

/**
 * The app opened on the lead table: ask for its first rows before React has drawn the page, so
 * the database works while the page renders. The table then finds them in the query cache.
 */
export function prefetchFirstLeadRows(client: QueryClient, hash: string): void {
  if (hash !== '#/leads' && hash !== '#/' && hash !== '') return;
  void client.prefetchQuery(pageQuery({}, defaultLeadSort, 0));
}

/**
 * The rows of the lead table, fetched a page of 100 at a time as the virtual list reaches them: the
 * page never holds more than the pages in view. The first answer counts up to 1,000 matches; beyond,
 * the exact total follows from `leads.count`.
 */
export function useLeadRows(filter: LeadFilter, sort: LeadSort, visible: { start: number; end: number }) {
  const first = Math.floor(visible.start / leadPageSize);
  const last = Math.floor(Math.max(visible.start, visible.end) / leadPageSize);
  const pageIndexes = useMemo(() => {
    const out = new Set<number>([0]);
    for (let p = first; p <= last; p++) out.add(p);
    return [...out];
  }, [first, last]);

  const pages = useQueries({
    queries: pageIndexes.map((page) => ({
      ...pageQuery(filter, sort, page),
      // While a new filter loads, the old rows stay (no flash of an empty table).
      placeholderData: page === 0 ? keepPreviousData : undefined,
    })),
  });

  const firstPage = pages[0]?.data as LeadList | undefined;
  const exact = useApiQuery('leads.count', { filter }, { enabled: !!firstPage && !firstPage.totalExact, staleTime: 10_000 });
  const total = firstPage ? (firstPage.totalExact ? firstPage.total : (exact.data?.total ?? firstPage.total)) : 0;
  const totalIsExact = !firstPage || firstPage.totalExact || exact.data !== undefined;

  const byPage = new Map<number, LeadList>();
  pageIndexes.forEach((page, i) => {
    const data = pages[i]?.data as LeadList | undefined;
    if (data) byPage.set(page, data);
  });
  const rowAt = (index: number): LeadListRow | undefined => byPage.get(Math.floor(index / leadPageSize))?.rows[index % leadPageSize];

  return {
    rowAt,
    total,
    totalIsExact,
    loading: pages[0]?.isPending ?? true,
    fetching: pages.some((p) => p.isFetching),
    error: pages.find((p) => p.error)?.error ?? null,
  };
}
