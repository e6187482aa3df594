import { ActionIcon, Badge, Button, Card, FileButton, Group, Pagination, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconDownload, IconTrash, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { doNotContactReasons, type DoNotContactReason } from '../../../../src-shared/contract/do-not-contact';
import { call } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { showApiError, showSaved } from '../../components/notify';
import { formatWhen, useSendingRefresh } from './use-sending-refresh';

const PAGE = 50;
const reasonColor: Record<DoNotContactReason, string> = { unsubscribed: 'blue', bounced: 'red', complained: 'orange', manual: 'gray' };

export function DoNotContactSettings() {
  useSendingRefresh();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [value, setValue] = useState('');
  const [reason, setReason] = useState<DoNotContactReason>('manual');
  const [note, setNote] = useState('');
  const list = useApiQuery('doNotContact.list', { search: search || undefined, offset: (page - 1) * PAGE, limit: PAGE });
  const add = useApiMutation('doNotContact.add', { invalidates: ['doNotContact.', 'sending.'] });
  const remove = useApiMutation('doNotContact.remove', { invalidates: ['doNotContact.'] });
  const importCsv = useApiMutation('doNotContact.importCsv', { invalidates: ['doNotContact.', 'sending.'] });

  function submit() {
    add.mutate(
      { value, reason, ...(note ? { note } : {}) },
      {
        onSuccess: (result) => {
          setValue('');
          setNote('');
          showSaved(
            result.created
              ? `${result.entry.value} will never be contacted.${result.queuedSkipped ? ` ${result.queuedSkipped} queued email(s) skipped.` : ''}`
              : `${result.entry.value} was already on the list.`,
          );
        },
      },
    );
  }

  async function onFile(file: File | null) {
    if (!file) return;
    const csv = await file.text();
    importCsv.mutate(
      { csv, reason },
      {
        onSuccess: (r) =>
          showSaved(`${r.added} added, ${r.alreadyListed} already listed${r.invalid.length ? `, ${r.invalid.length} not understood (e.g. ${r.invalid.slice(0, 3).join(', ')})` : ''}.`),
      },
    );
  }

  async function exportCsv() {
    try {
      const { csv } = await call('doNotContact.exportCsv', {});
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = 'do-not-contact.csv';
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      showApiError(error);
    }
  }

  const total = list.data?.total ?? 0;
  return (
    <Stack maw={960} data-testid="do-not-contact">
      <Card withBorder padding="lg">
        <Title order={4}>Never contact</Title>
        <Text size="sm" c="dimmed" mb="md">
          Addresses and whole domains that must never receive an email from you. Every send checks this list; bounced addresses are added automatically. A domain also covers its subdomains.
        </Text>
        <Group align="flex-end">
          <TextInput label="Address or domain" placeholder="ann@example.com or example.com" value={value} onChange={(e) => setValue(e.currentTarget.value)} error={add.error?.fieldErrors.value?.[0]} w={280} data-testid="dnc-value" />
          <Select label="Reason" data={doNotContactReasons.map((r) => ({ value: r, label: r[0]!.toUpperCase() + r.slice(1) }))} value={reason} onChange={(r) => setReason((r as DoNotContactReason) ?? 'manual')} allowDeselect={false} w={160} data-testid="dnc-reason" />
          <TextInput label="Note (optional)" value={note} onChange={(e) => setNote(e.currentTarget.value)} w={220} />
          <Button onClick={submit} disabled={!value.trim()} loading={add.isPending} data-testid="dnc-add">
            Add
          </Button>
        </Group>
        <Group mt="md">
          <FileButton onChange={(f) => void onFile(f)} accept=".csv,text/csv,text/plain">
            {(props) => (
              <Button {...props} variant="default" leftSection={<IconUpload size={16} />} loading={importCsv.isPending}>
                Import CSV
              </Button>
            )}
          </FileButton>
          <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => void exportCsv()}>
            Export CSV
          </Button>
          <Text size="xs" c="dimmed">
            Import reads a column named email, address or domain (else the first), with the reason chosen above.
          </Text>
        </Group>
      </Card>
      <Group justify="space-between">
        <TextInput placeholder="Search" value={search} onChange={(e) => (setSearch(e.currentTarget.value), setPage(1))} w={280} />
        <Text size="sm" c="dimmed">
          {total} {total === 1 ? 'entry' : 'entries'}
        </Text>
      </Group>
      <Table striped highlightOnHover data-testid="dnc-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Address or domain</Table.Th>
            <Table.Th>Reason</Table.Th>
            <Table.Th>Note</Table.Th>
            <Table.Th>Added</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.data?.rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {row.kind === 'domain' ? `*@${row.value}` : row.value}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={reasonColor[row.reason]}>
                  {row.reason}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={1}>
                  {row.note}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatWhen(row.createdAt)}</Text>
              </Table.Td>
              <Table.Td>
                <ActionIcon variant="subtle" color="red" aria-label={`Remove ${row.value}`} onClick={() => remove.mutate({ id: row.id })}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {total > PAGE && <Pagination value={page} onChange={setPage} total={Math.ceil(total / PAGE)} />}
    </Stack>
  );
}
