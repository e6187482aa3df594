import { ActionIcon, Button, Checkbox, Group, Popover, ScrollArea, Stack, Text, Tooltip } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconColumns3, IconGripVertical } from '@tabler/icons-react';
import { useState } from 'react';
import { defaultLeadColumns, leadColumnDefs, type LeadColumnState } from '../../../../src-shared/domain/lead-columns';

/** Show, hide and reorder the table's columns (drag a row, or use the arrows). Widths: drag a header edge. */
export function ColumnChooser({ columns, onChange }: { columns: LeadColumnState[]; onChange(columns: LeadColumnState[]): void }) {
  const [dragging, setDragging] = useState<number | null>(null);
  const move = (from: number, to: number) => {
    if (to < 0 || to >= columns.length || from === to) return;
    const next = [...columns];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    onChange(next);
  };
  return (
    <Popover position="bottom-end" shadow="md" width={290} withinPortal>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns3 size={16} />} data-testid="columns-button">
          Columns
        </Button>
      </Popover.Target>
      <Popover.Dropdown p="xs">
        <Group justify="space-between" mb={6} px={4}>
          <Text size="sm" fw={600}>
            Columns
          </Text>
          <Button variant="subtle" size="compact-xs" onClick={() => onChange(defaultLeadColumns())}>
            Reset
          </Button>
        </Group>
        <ScrollArea.Autosize mah={420}>
          <Stack gap={2}>
            {columns.map((column, index) => (
              <Group
                key={column.id}
                gap={6}
                wrap="nowrap"
                draggable
                onDragStart={() => setDragging(index)}
                onDragOver={(e) => e.preventDefault()}
                onDrop={() => {
                  if (dragging !== null) move(dragging, index);
                  setDragging(null);
                }}
                style={{ padding: '3px 4px', borderRadius: 6, background: dragging === index ? 'var(--mantine-color-default-hover)' : undefined }}
              >
                <IconGripVertical size={14} style={{ cursor: 'grab', opacity: 0.5, flex: 'none' }} />
                <Checkbox
                  size="xs"
                  style={{ flex: 1 }}
                  label={leadColumnDefs[column.id].label}
                  checked={column.visible}
                  disabled={column.id === 'companyName'}
                  onChange={(e) => onChange(columns.map((c) => (c.id === column.id ? { ...c, visible: e.currentTarget.checked } : c)))}
                  data-testid={`column-toggle-${column.id}`}
                />
                <Tooltip label="Move up" withinPortal>
                  <ActionIcon size="sm" variant="subtle" color="gray" onClick={() => move(index, index - 1)} disabled={index === 0} aria-label={`Move ${leadColumnDefs[column.id].label} up`}>
                    <IconChevronUp size={14} />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label="Move down" withinPortal>
                  <ActionIcon size="sm" variant="subtle" color="gray" onClick={() => move(index, index + 1)} disabled={index === columns.length - 1} aria-label={`Move ${leadColumnDefs[column.id].label} down`}>
                    <IconChevronDown size={14} />
                  </ActionIcon>
                </Tooltip>
              </Group>
            ))}
          </Stack>
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
