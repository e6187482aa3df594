import { ActionIcon, Anchor, Badge, Button, Group, Menu, Modal, Stack, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconChevronDown, IconChevronRight, IconDots, IconDownload, IconPlayerStop } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import type { ImportBatchSummary } from '../../../../src-shared/contract/imports';
import { useApiMutation } from '../../api/hooks';
import { formatNumber } from '../../components/format';
import { showApiError } from '../../components/notify';
import { BatchDetails } from './BatchDetails';
import { batchLeadsHref, downloadErrorReport } from './import-source';

const statusColors: Record<string, string> = {
  running: 'blue',
  completed: 'teal',
  cancelled: 'yellow',
  interrupted: 'orange',
  failed: 'red',
};

export function StatusBadge({ batch }: { batch: ImportBatchSummary }) {
  if (batch.undoneAt)
    return (
      <Badge color="gray" style={{ minWidth: 'max-content' }}>
        Undone
      </Badge>
    );
  return (
    <Badge color={statusColors[batch.status]} variant="light" style={{ minWidth: 'max-content' }}>
      {batch.status}
    </Badge>
  );
}

/** Every import with file, counts, mapping and time; view its leads, download its errors, undo it. */
export function BatchesTable({ batches }: { batches: ImportBatchSummary[] }) {
  const [open, setOpen] = useState<string | null>(null);
  const [undoing, setUndoing] = useState<ImportBatchSummary | null>(null);
  const cancel = useApiMutation('imports.cancel', { invalidates: ['imports.'] });
  const undo = useApiMutation('imports.undo', {
    invalidates: ['imports.'],
    onSuccess: (result) => {
      setUndoing(null);
      notifications.show({
        color: 'teal',
        title: 'Import undone',
        message: `Removed ${formatNumber(result.removed)} leads${result.kept ? `; kept ${formatNumber(result.kept)} that were changed, emailed or added to a campaign since` : ''}.`,
      });
    },
  });

  return (
    <>
      <Table highlightOnHover verticalSpacing="xs" data-testid="batches-table" style={{ whiteSpace: 'nowrap' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={30} />
            <Table.Th>File</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Started</Table.Th>
            <Table.Th ta="right">Rows</Table.Th>
            <Table.Th ta="right">Imported</Table.Th>
            <Table.Th ta="right">Updated</Table.Th>
            <Table.Th ta="right">Duplicates</Table.Th>
            <Table.Th ta="right">Failed</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {batches.map((b) => (
            <Fragment key={b.id}>
              <Table.Tr data-testid="batch-row">
                <Table.Td>
                  <ActionIcon variant="subtle" size="sm" aria-label="Details" onClick={() => setOpen(open === b.id ? null : b.id)}>
                    {open === b.id ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
                  </ActionIcon>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {b.fileName ?? b.name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <StatusBadge batch={b} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{new Date(b.createdAt).toLocaleString()}</Text>
                </Table.Td>
                <Table.Td ta="right">{formatNumber(b.rows)}</Table.Td>
                <Table.Td ta="right">{formatNumber(b.imported)}</Table.Td>
                <Table.Td ta="right">{formatNumber(b.updated)}</Table.Td>
                <Table.Td ta="right">{formatNumber(b.duplicates)}</Table.Td>
                <Table.Td ta="right" c={b.failed ? 'red' : undefined}>
                  {formatNumber(b.failed)}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Anchor size="sm" href={batchLeadsHref(b.id)}>
                      View leads
                    </Anchor>
                    {b.runningHere ? (
                      <Tooltip label="Cancel this import">
                        <ActionIcon
                          color="red"
                          variant="subtle"
                          aria-label="Cancel import"
                          onClick={() => cancel.mutate({ batchId: b.id })}
                        >
                          <IconPlayerStop size={16} />
                        </ActionIcon>
                      </Tooltip>
                    ) : (
                      <Menu position="bottom-end" withinPortal>
                        <Menu.Target>
                          <ActionIcon variant="subtle" aria-label={`Actions for ${b.fileName ?? b.name}`}>
                            <IconDots size={16} />
                          </ActionIcon>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Item
                            leftSection={<IconDownload size={14} />}
                            disabled={!b.hasErrorReport}
                            onClick={() => downloadErrorReport(b.id, b.fileName).catch((e: unknown) => showApiError(e))}
                          >
                            Download the error report
                          </Menu.Item>
                          <Menu.Item
                            color="red"
                            leftSection={<IconArrowBackUp size={14} />}
                            disabled={b.undoneAt !== null || b.status === 'running'}
                            onClick={() => setUndoing(b)}
                          >
                            Undo this import…
                          </Menu.Item>
                        </Menu.Dropdown>
                      </Menu>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
              <Table.Tr style={{ display: open === b.id ? undefined : 'none' }}>
                <Table.Td colSpan={10} p={0}>
                  {open === b.id && <BatchDetails batch={b} />}
                </Table.Td>
              </Table.Tr>
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
      <Modal opened={undoing !== null} onClose={() => setUndoing(null)} title="Undo this import?">
        {undoing && (
          <Stack>
            <Text size="sm">
              This removes the {formatNumber(undoing.imported)} leads imported from {undoing.fileName} that nobody has changed since. Leads
              edited, emailed or added to a campaign after the import are kept. Leads it updated ({formatNumber(undoing.updated)}) keep
              their new values.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setUndoing(null)}>
                Keep it
              </Button>
              <Button color="red" loading={undo.isPending} onClick={() => undo.mutate({ batchId: undoing.id })}>
                Undo the import
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
