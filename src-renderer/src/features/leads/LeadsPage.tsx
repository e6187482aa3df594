import { Alert, Anchor, Badge, Button, Group, Kbd, SegmentedControl, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconFilter, IconLayoutList, IconLayoutRows, IconPlus, IconSearch } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useParams } from 'wouter';
import type { BulkAction, LeadFilter, LeadSort, LeadTarget } from '../../../../src-shared/contract/leads';
import { defaultLeadSort, normaliseLeadColumns, type LeadColumnState } from '../../../../src-shared/domain/lead-columns';
import { call } from '../../api/client';
import { useApiQuery, useAppEvent } from '../../api/hooks';
import { showApiError } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { AnalyseWebsitesButton } from '../research/AnalyseWebsitesButton';
import { useResearchRefresh } from '../research/use-research-refresh';
import { ActiveFilters } from './ActiveFilters';
import { BulkActions } from './BulkActions';
import { ColumnChooser } from './ColumnChooser';
import { cleanFilter, FilterPanel } from './FilterPanel';
import { LeadDrawer } from './LeadDrawer';
import { LeadsTable } from './LeadsTable';
import { NewLeadModal } from './NewLeadModal';
import { PipelineBar } from './PipelineBar';
import { SaveViewModal } from './SaveViewModal';
import { useLeadLayout } from './use-lead-layout';
import { leadPageSize, useLeadRows } from './use-lead-rows';
import { useLeadSelection } from './use-lead-selection';

const typing = (target: EventTarget | null) => target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function LeadsPage() {
  const params = useParams<{ id?: string; batchId?: string }>();
  const viewId = params.id ?? null;
  const client = useQueryClient();
  useResearchRefresh(); // Research: analysed leads show their new fields without a reload.
  const views = useApiQuery('leads.listViews', {}, { staleTime: 30_000 });
  const view = views.data?.find((v) => v.id === viewId) ?? null;

  // Opened from an import's "View the batch's leads": start filtered to that batch.
  const [filter, setFilterState] = useState<LeadFilter>(() => (params.batchId ? { batchIds: [params.batchId] } : {}));
  const [sort, setSort] = useState<LeadSort>(defaultLeadSort);
  const [viewColumns, setViewColumns] = useState<LeadColumnState[] | null>(null);
  const [searchText, setSearchText] = useState('');
  const [debouncedSearch] = useDebouncedValue(searchText, 160);
  const layout = useLeadLayout();
  const columns = viewColumns ?? layout.columns;
  const setColumns = (next: LeadColumnState[]) => (viewColumns ? setViewColumns(next) : layout.setColumns(next));

  // Opening a saved view (or saving it again) replaces the filter, sort and, if it has them, columns.
  const viewVersion = view ? `${view.id}@${view.updatedAt}` : null;
  const [appliedView, setAppliedView] = useState<string | null>(null);
  if (viewVersion !== appliedView && (view || !viewId)) {
    setAppliedView(viewVersion);
    if (view) {
      const { search, ...rest } = view.filter;
      setFilterState(rest);
      setSearchText(search ?? '');
      setSort(view.sort ?? defaultLeadSort);
      setViewColumns(view.columns?.length ? normaliseLeadColumns(view.columns) : null);
    }
  }

  const effectiveFilter = useMemo(() => cleanFilter({ ...filter, search: debouncedSearch.trim() || undefined }), [filter, debouncedSearch]);
  // The search lives in the search box alone: filter changes (pills, pipeline, panel) never carry it back.
  const setFilter = (next: LeadFilter) => {
    const { search: _search, ...rest } = next;
    setFilterState(rest);
  };

  const [range, setRange] = useState({ start: 0, end: 30 });
  const rows = useLeadRows(effectiveFilter, sort, range);
  const selection = useLeadSelection(effectiveFilter, rows.total);
  const { clear: clearSelection } = selection;
  const filterKey = JSON.stringify(effectiveFilter);
  useEffect(() => clearSelection(), [filterKey, clearSelection]);

  const [activeIndex, setActiveIndex] = useState(-1);
  const [openId, setOpenId] = useState<string | null>(null);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [creating, setCreating] = useState(false);
  const [savingView, setSavingView] = useState(false);
  const [busy, setBusy] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);

  const refresh = useCallback(() => client.invalidateQueries({ predicate: (q) => typeof q.queryKey[0] === 'string' && q.queryKey[0].startsWith('leads.') && q.queryKey[0] !== 'leads.listViews' }), [client]);
  useAppEvent('leads.changed', refresh);

  async function runBulk(action: BulkAction) {
    if (!selection.target) return;
    setBusy(true);
    try {
      const { affected } = await call('leads.bulkUpdate', { target: selection.target, action });
      notifications.show({ color: 'teal', title: 'Done', message: `${affected.toLocaleString()} lead${affected === 1 ? '' : 's'} changed.` });
      await refresh();
    } catch (error) {
      showApiError(error);
    } finally {
      setBusy(false);
    }
  }

  async function deleteTarget(target: LeadTarget) {
    setBusy(true);
    try {
      const { deleted, undoToken } = await call('leads.delete', { target });
      selection.clear();
      setOpenId(null);
      await refresh();
      const id = `deleted-${undoToken}`;
      notifications.show({
        id,
        color: 'gray',
        title: `${deleted.toLocaleString()} lead${deleted === 1 ? '' : 's'} deleted`,
        autoClose: 10_000,
        message: undoToken ? (
          <Anchor
            component="button"
            size="sm"
            data-testid="undo-delete"
            onClick={async () => {
              notifications.hide(id);
              try {
                const { restored } = await call('leads.restore', { undoToken });
                notifications.show({ color: 'teal', title: 'Restored', message: `${restored.toLocaleString()} lead${restored === 1 ? '' : 's'} are back.` });
                await refresh();
              } catch (error) {
                showApiError(error);
              }
            }}
          >
            Undo
          </Anchor>
        ) : (
          'Nothing matched.'
        ),
      });
    } catch (error) {
      showApiError(error);
    } finally {
      setBusy(false);
    }
  }

  async function exportCsv(target: LeadTarget | null) {
    try {
      const columnIds = columns.filter((c) => c.visible).map((c) => c.id);
      const base = { sort, columns: columnIds };
      const input = target && 'ids' in target ? { ...base, filter: {}, ids: target.ids } : { ...base, filter: target?.filter ?? effectiveFilter, ...(target && 'excludeIds' in target && target.excludeIds ? { excludeIds: target.excludeIds } : {}) };
      const result = await call('leads.export', input);
      if (result.kind === 'download') {
        // The browser streams the file to disk: the page never holds the CSV.
        const link = document.createElement('a');
        link.href = result.url;
        link.download = result.fileName;
        document.body.appendChild(link);
        link.click();
        link.remove();
      } else {
        notifications.show({ color: 'teal', title: 'Exported', message: `${result.rows.toLocaleString()} leads saved to ${result.path}` });
      }
    } catch (error) {
      showApiError(error);
    }
  }

  // Keyboard: / search, j/k move, Enter opens, Esc closes the lead or clears the selection.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.metaKey || event.ctrlKey || event.altKey) return;
      if (typing(event.target)) {
        if (event.key === 'Escape' && event.target === searchRef.current) searchRef.current?.blur();
        return;
      }
      if (document.querySelector('.mantine-Modal-root [role="dialog"]')) return;
      if (event.key === '/') {
        event.preventDefault();
        searchRef.current?.focus();
      } else if (event.key === 'j' || event.key === 'ArrowDown' || event.key === 'k' || event.key === 'ArrowUp') {
        event.preventDefault();
        const down = event.key === 'j' || event.key === 'ArrowDown';
        const next = Math.max(0, Math.min(rows.total - 1, activeIndex + (down ? 1 : -1)));
        setActiveIndex(next);
        // With the drawer open, j/k walk through the leads.
        const row = rows.rowAt(next);
        if (openId && row) setOpenId(row.id);
      } else if (event.key === 'Enter' && activeIndex >= 0) {
        const row = rows.rowAt(activeIndex);
        if (row) setOpenId(row.id);
      } else if (event.key === 'Escape') {
        if (openId) setOpenId(null);
        else selection.clear();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  const activeFilterCount = Object.keys(effectiveFilter).filter((k) => k !== 'search' && k !== 'tagsMode').length;
  const firstPageIds = useMemo(() => {
    const ids: string[] = [];
    for (let i = 0; i < Math.min(rows.total, leadPageSize); i++) {
      const row = rows.rowAt(i);
      if (row) ids.push(row.id);
    }
    return ids;
  }, [rows]);
  const totalLabel = `${rows.total.toLocaleString()}${rows.totalIsExact ? '' : '+'}`;

  return (
    <Stack gap={0} style={{ height: 'calc(100dvh - 52px - 2 * var(--mantine-spacing-lg))' }}>
      <PageHeader
        title={view?.name ?? 'Leads'}
        description={
          <span data-testid="leads-total">
            {rows.loading ? 'Loading…' : `${totalLabel} lead${rows.total === 1 ? '' : 's'}${activeFilterCount || effectiveFilter.search ? ' match' : ''}`}
          </span>
        }
        actions={
          <>
            <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => void exportCsv(null)} data-testid="export-button" disabled={rows.total === 0}>
              Export CSV
            </Button>
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)} data-testid="new-lead-button">
              New lead
            </Button>
          </>
        }
      />
      <Group gap="sm" mb="sm" wrap="nowrap">
        <TextInput
          ref={searchRef}
          placeholder="Search company, contact, email, website, city, notes"
          leftSection={<IconSearch size={16} />}
          rightSection={<Kbd size="xs">/</Kbd>}
          value={searchText}
          onChange={(e) => setSearchText(e.currentTarget.value)}
          style={{ flex: 1, maxWidth: 520 }}
          aria-label="Search leads"
          data-testid="leads-search"
        />
        <Button
          variant={activeFilterCount ? 'light' : 'default'}
          leftSection={<IconFilter size={16} />}
          rightSection={activeFilterCount ? <Badge size="xs" circle>{activeFilterCount}</Badge> : null}
          onClick={() => setFiltersOpen(true)}
          data-testid="filters-button"
        >
          Filters
        </Button>
        <ColumnChooser columns={columns} onChange={setColumns} />
        <Tooltip label="Row density">
          <SegmentedControl
            value={layout.density}
            onChange={(v) => layout.setDensity(v as 'compact' | 'comfortable')}
            data={[
              { value: 'comfortable', label: <IconLayoutRows size={16} aria-label="Comfortable rows" style={{ display: 'block' }} /> },
              { value: 'compact', label: <IconLayoutList size={16} aria-label="Compact rows" style={{ display: 'block' }} /> },
            ]}
            data-testid="density"
          />
        </Tooltip>
        <Button variant="subtle" onClick={() => setSavingView(true)} data-testid="save-view-button">
          {view ? 'Save view…' : 'Save as view…'}
        </Button>
      </Group>
      <ActiveFilters filter={effectiveFilter} onChange={setFilter} />
      {/* The counts scan every lead; asked after the page of rows, they never hold the table up. */}
      <PipelineBar filter={effectiveFilter} onChange={setFilter} enabled={!rows.loading} />
      {selection.count > 0 && !selection.allMatching && selection.count >= Math.min(firstPageIds.length, rows.total) && rows.total > selection.count && (
        <Alert color="indigo" variant="light" py={6} mb="sm" data-testid="select-all-banner">
          <Group gap="xs">
            <Text size="sm">{selection.count.toLocaleString()} leads on this page are selected.</Text>
            <Anchor component="button" size="sm" fw={600} onClick={selection.selectAllMatching} data-testid="select-all-matching">
              Select all {totalLabel} leads matching this filter
            </Anchor>
          </Group>
        </Alert>
      )}
      <LeadsTable
        columns={columns}
        onColumnsChange={setColumns}
        sort={sort}
        onSortChange={setSort}
        density={layout.density}
        total={rows.total}
        rowAt={rows.rowAt}
        loading={rows.loading}
        onVisibleRangeChange={setRange}
        isSelected={selection.isSelected}
        allSelected={selection.count > 0 && selection.count >= rows.total}
        someSelected={selection.count > 0}
        onToggleRow={(index, row, shift) => selection.toggleRow(index, row, shift, rows.rowAt)}
        onToggleAll={() => (selection.count > 0 ? selection.clear() : selection.selectIds(firstPageIds))}
        activeIndex={activeIndex}
        onOpen={(index, row) => {
          setActiveIndex(index);
          setOpenId(row.id);
        }}
        emptyMessage={activeFilterCount || effectiveFilter.search ? 'No lead matches these filters.' : 'No leads yet. Import a CSV or create one by hand.'}
      />
      <BulkActions
        count={selection.count}
        countIsExact={!selection.allMatching || rows.totalIsExact}
        busy={busy}
        onRun={runBulk}
        onExport={() => void exportCsv(selection.target)}
        onDelete={async () => {
          if (selection.target) await deleteTarget(selection.target);
        }}
        onClear={selection.clear}
        extraActions={<AnalyseWebsitesButton target={selection.target} />}
      />
      <FilterPanel opened={filtersOpen} onClose={() => setFiltersOpen(false)} filter={effectiveFilter} onChange={setFilter} />
      <LeadDrawer id={openId} onClose={() => setOpenId(null)} onDelete={(id) => void deleteTarget({ ids: [id] })} />
      <NewLeadModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(id) => {
          setCreating(false);
          setOpenId(id);
        }}
      />
      <SaveViewModal opened={savingView} onClose={() => setSavingView(false)} view={view} filter={effectiveFilter} sort={sort} columns={viewColumns ?? layout.columns} />
    </Stack>
  );
}
