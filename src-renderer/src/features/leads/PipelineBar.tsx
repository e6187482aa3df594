import { Group, Paper, Text, UnstyledButton } from '@mantine/core';
import type { LeadFilter } from '../../../../src-shared/contract/leads';
import { leadStatusColors, leadStatusLabels, leadStatusValues, type LeadStatusValue } from '../../../../src-shared/domain/lead-values';
import { useApiQuery } from '../../api/hooks';

/** Counts per status over the current filter; a click filters on that status (Ctrl/⌘-click adds it). */
export function PipelineBar({ filter, onChange, enabled = true }: { filter: LeadFilter; onChange(filter: LeadFilter): void; enabled?: boolean }) {
  const { statuses: _statuses, ...rest } = filter;
  const pipeline = useApiQuery('leads.pipeline', { filter: rest }, { enabled, staleTime: 10_000, placeholderData: (previous) => previous });
  const selected = new Set(filter.statuses ?? []);
  const total = pipeline.data?.total ?? 0;

  function toggle(status: LeadStatusValue, add: boolean) {
    let next: Set<LeadStatusValue>;
    if (add) {
      next = new Set(selected);
      if (next.has(status)) next.delete(status);
      else next.add(status);
    } else {
      // A second click on the only selected status shows every status again.
      next = selected.size === 1 && selected.has(status) ? new Set() : new Set([status]);
    }
    onChange({ ...filter, statuses: next.size ? [...next] : undefined });
  }

  return (
    <Paper withBorder radius="md" p={4} mb="sm" data-testid="pipeline-bar">
      <Group gap={4} wrap="nowrap" style={{ overflowX: 'auto' }}>
        {leadStatusValues.map((status) => {
          const count = pipeline.data?.counts[status] ?? 0;
          const active = selected.has(status);
          const color = `var(--mantine-color-${leadStatusColors[status]}-filled)`;
          return (
            <UnstyledButton
              key={status}
              onClick={(e) => toggle(status, e.metaKey || e.ctrlKey)}
              data-testid={`pipeline-${status}`}
              aria-pressed={active}
              style={{
                flex: `${Math.max(count / Math.max(total, 1), 0.06)} 1 0`,
                minWidth: 92,
                borderRadius: 'var(--mantine-radius-sm)',
                padding: '6px 10px',
                background: active ? `var(--mantine-color-${leadStatusColors[status]}-light)` : undefined,
                borderBottom: `3px solid ${active || selected.size === 0 ? color : 'transparent'}`,
                opacity: selected.size && !active ? 0.55 : 1,
              }}
            >
              <Text size="xs" c="dimmed" fw={500} truncate>
                {leadStatusLabels[status]}
              </Text>
              <Text size="sm" fw={700}>
                {pipeline.data ? count.toLocaleString() : '·'}
              </Text>
            </UnstyledButton>
          );
        })}
      </Group>
    </Paper>
  );
}
