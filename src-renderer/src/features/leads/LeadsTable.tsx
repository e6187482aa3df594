import { Center, Checkbox, Paper, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconUsers } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type MouseEvent, type PointerEvent as ReactPointerEvent } from 'react';
import type { LeadListRow, LeadSort } from '../../../../src-shared/contract/leads';
import { leadColumnDefs, sortColumnOf, type LeadColumnState } from '../../../../src-shared/domain/lead-columns';
import { renderLeadCell } from './lead-cells';
import { useColumnsInView } from './use-columns-in-view';
import classes from './LeadsTable.module.css';

export interface LeadsTableProps {
  columns: LeadColumnState[];
  onColumnsChange(columns: LeadColumnState[]): void;
  sort: LeadSort;
  onSortChange(sort: LeadSort): void;
  density: 'compact' | 'comfortable';
  total: number;
  rowAt(index: number): LeadListRow | undefined;
  loading: boolean;
  onVisibleRangeChange(range: { start: number; end: number }): void;
  isSelected(id: string): boolean;
  allSelected: boolean;
  someSelected: boolean;
  onToggleRow(index: number, row: LeadListRow, shiftKey: boolean): void;
  onToggleAll(): void;
  activeIndex: number;
  onOpen(index: number, row: LeadListRow): void;
  emptyMessage: string;
}

/**
 * The lead table: a virtual list (only the rows in view exist in the DOM), a sticky header that
 * sorts on click and resizes on drag, and a checkbox column for selection.
 */
export function LeadsTable(props: LeadsTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowHeight = props.density === 'compact' ? 34 : 46;
  const visible = props.columns.filter((c) => c.visible);
  const width = 44 + visible.reduce((sum, c) => sum + c.width, 0);

  const virtualizer = useVirtualizer({
    count: props.total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    // A few rows past the view keep scrolling smooth; each extra row is render time on the first screen.
    overscan: 5,
  });
  useEffect(() => virtualizer.measure(), [rowHeight, virtualizer]);
  const inView = useColumnsInView(scrollRef, visible);

  const items = virtualizer.getVirtualItems();
  const start = items[0]?.index ?? 0;
  const end = items[items.length - 1]?.index ?? 0;
  const { onVisibleRangeChange, activeIndex } = props;
  useEffect(() => onVisibleRangeChange({ start, end }), [start, end, onVisibleRangeChange]);
  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, virtualizer]);

  const [resizing, setResizing] = useState<string | null>(null);
  function startResize(event: ReactPointerEvent, column: LeadColumnState) {
    event.preventDefault();
    event.stopPropagation();
    const startX = event.clientX;
    const startWidth = column.width;
    const min = leadColumnDefs[column.id].minWidth;
    setResizing(column.id);
    const move = (e: PointerEvent) => {
      const next = Math.max(min, Math.min(800, startWidth + e.clientX - startX));
      props.onColumnsChange(props.columns.map((c) => (c.id === column.id ? { ...c, width: next } : c)));
    };
    const up = () => {
      setResizing(null);
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  }

  function clickHeader(column: LeadColumnState) {
    const sortColumn = sortColumnOf(column.id);
    if (!sortColumn) return;
    const direction =
      props.sort.column === sortColumn && props.sort.direction === 'asc' ? 'desc' : props.sort.column === sortColumn ? 'asc' : 'asc';
    props.onSortChange({ column: sortColumn, direction });
  }

  return (
    <Paper withBorder radius="md" className={classes.frame}>
      <div
        ref={scrollRef}
        className={classes.scroller}
        role="grid"
        aria-label="Leads"
        aria-rowcount={props.total}
        data-testid="leads-table"
      >
        <div className={classes.header} style={{ width }} role="row">
          <div className={classes.checkCell}>
            <Checkbox
              size="xs"
              aria-label="Select every lead of this filter"
              checked={props.allSelected}
              indeterminate={!props.allSelected && props.someSelected}
              onChange={props.onToggleAll}
              disabled={props.total === 0}
            />
          </div>
          {visible.map((column) => {
            const sortColumn = sortColumnOf(column.id);
            const sorted = sortColumn !== null && props.sort.column === sortColumn;
            return (
              <div
                key={column.id}
                role="columnheader"
                aria-sort={sorted ? (props.sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
                className={`${classes.headCell} ${sortColumn ? classes.sortable : ''}`}
                style={{ width: column.width }}
                onClick={() => clickHeader(column)}
              >
                <span className={classes.truncate}>{leadColumnDefs[column.id].label}</span>
                {sorted && (props.sort.direction === 'asc' ? <IconArrowUp size={13} /> : <IconArrowDown size={13} />)}
                <div
                  className={`${classes.resizer} ${resizing === column.id ? classes.resizing : ''}`}
                  onPointerDown={(e) => startResize(e, column)}
                  onClick={(e) => e.stopPropagation()}
                  role="separator"
                  aria-label={`Resize ${leadColumnDefs[column.id].label}`}
                />
              </div>
            );
          })}
        </div>
        {props.total === 0 && !props.loading ? (
          <Center h={260} style={{ width: '100%' }}>
            <Stack align="center" gap={6}>
              <IconUsers size={34} stroke={1.4} color="var(--mantine-color-dimmed)" />
              <Text c="dimmed" size="sm" data-testid="leads-empty">
                {props.emptyMessage}
              </Text>
            </Stack>
          </Center>
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), width, position: 'relative' }}>
            {items.map((item) => {
              const row = props.rowAt(item.index);
              const selected = row ? props.isSelected(row.id) : false;
              return (
                <div
                  key={item.key}
                  role="row"
                  aria-rowindex={item.index + 1}
                  className={classes.row}
                  data-selected={selected || undefined}
                  data-active={item.index === props.activeIndex || undefined}
                  data-testid={row ? 'lead-row' : 'lead-row-loading'}
                  style={{ height: rowHeight, width, transform: `translateY(${item.start}px)` }}
                  onClick={() => row && props.onOpen(item.index, row)}
                >
                  <div
                    className={classes.checkCell}
                    onClick={(e: MouseEvent) => {
                      // The click (not the checkbox's change event) knows whether Shift was held: range select.
                      e.stopPropagation();
                      if (row) props.onToggleRow(item.index, row, e.shiftKey);
                    }}
                  >
                    {row && <Checkbox size="xs" aria-label={`Select ${row.companyName}`} checked={selected} onChange={() => undefined} />}
                  </div>
                  {visible.map((column, i) => (
                    <div key={column.id} role="gridcell" className={classes.cell} style={{ width: column.width }}>
                      {i < inView.first || i > inView.last ? null : row ? (
                        renderLeadCell(column.id, row)
                      ) : (
                        <div className={classes.skeleton} />
                      )}
                    </div>
                  ))}
                </div>
              );
            })}
          </div>
        )}
      </div>
    </Paper>
  );
}
