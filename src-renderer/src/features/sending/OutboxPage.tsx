import { Alert, Badge, Button, Code, Drawer, Group, Pagination, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconPlayerPause, IconPlayerPlay } from '@tabler/icons-react';
import { useState } from 'react';
import { deliveryStates, type DeliveryLogRow, type DeliveryState } from '../../../../src-shared/contract/sending';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { formatWhen, useSendingRefresh } from './use-sending-refresh';

const PAGE = 100;
export const stateColor: Record<DeliveryState, string> = {
  queued: 'gray', sending: 'blue', sent: 'teal', delivered: 'teal', opened: 'teal', clicked: 'teal',
  bounced: 'red', failed: 'red', spam: 'red', unknown: 'orange', skipped: 'yellow', cancelled: 'gray', awaiting_approval: 'violet',
};
export const stateLabel = (s: DeliveryState) => s.replace('_', ' ');

function Detail({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" style={{ wordBreak: 'break-word' }}>
        {children || '—'}
      </Text>
    </div>
  );
}

function ResolveButtons({ row }: { row: DeliveryLogRow }) {
  const resolve = useApiMutation('sending.resolveUnknown', { invalidates: ['sending.', 'smtp.'] });
  const cancel = useApiMutation('sending.cancel', { invalidates: ['sending.'] });
  if (row.status === 'unknown') {
    return (
      <Group gap={4} wrap="nowrap">
        <Button size="compact-xs" variant="light" color="teal" loading={resolve.isPending} onClick={() => resolve.mutate({ emailId: row.id, outcome: 'sent' })} data-testid="mark-sent">
          Mark sent
        </Button>
        <Button size="compact-xs" variant="light" color="red" loading={resolve.isPending} onClick={() => resolve.mutate({ emailId: row.id, outcome: 'failed' })}>
          Mark failed
        </Button>
      </Group>
    );
  }
  if (row.status === 'queued') {
    return (
      <Button size="compact-xs" variant="subtle" color="gray" loading={cancel.isPending} onClick={() => cancel.mutate({ emailId: row.id })}>
        Cancel
      </Button>
    );
  }
  return null;
}

export function OutboxPage() {
  useSendingRefresh();
  const [status, setStatus] = useState<DeliveryState | 'all'>('all');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<DeliveryLogRow | null>(null);
  const summary = useApiQuery('sending.status', {});
  const log = useApiQuery('sending.log', { status, search: search || undefined, offset: (page - 1) * PAGE, limit: PAGE });
  const setPaused = useApiMutation('sending.setPaused', { invalidates: ['sending.'] });
  const counts = summary.data?.counts;
  const total = log.data?.total ?? 0;

  return (
    <>
      <PageHeader
        title="Outbox"
        description="Every email with its state, the account that sent it, the server's reply, and why it is waiting or was skipped."
        actions={
          summary.data && (
            <Button
              variant={summary.data.paused ? 'filled' : 'default'}
              leftSection={summary.data.paused ? <IconPlayerPlay size={16} /> : <IconPlayerPause size={16} />}
              onClick={() => setPaused.mutate({ paused: !summary.data!.paused })}
              loading={setPaused.isPending}
              data-testid="outbox-pause"
            >
              {summary.data.paused ? 'Resume sending' : 'Pause sending'}
            </Button>
          )
        }
      />
      <Stack>
        {summary.data && (
          <Group gap="xs" data-testid="outbox-summary">
            {(['awaiting_approval', 'queued', 'sending', 'sent', 'bounced', 'failed', 'unknown', 'skipped', 'cancelled'] as const).filter((s) => s !== 'awaiting_approval' || counts?.[s]).map((s) => (
              <Badge key={s} variant={status === s ? 'filled' : 'light'} color={stateColor[s]} style={{ cursor: 'pointer' }} onClick={() => (setStatus(status === s ? 'all' : s), setPage(1))}>
                {stateLabel(s)} {counts?.[s] ?? 0}
              </Badge>
            ))}
            <Text size="sm" c="dimmed" ml="sm">
              {summary.data.due} due now · {summary.data.activeAccounts} account(s) ready{summary.data.restingAccounts ? `, ${summary.data.restingAccounts} resting` : ''}
              {summary.data.engineRunning ? '' : ' · no engine in this process: run `outreach-desk run` or open the app'}
            </Text>
          </Group>
        )}
        {(counts?.unknown ?? 0) > 0 && (
          <Alert color="orange" icon={<IconAlertTriangle size={18} />} data-testid="unknown-alert">
            {counts!.unknown} email(s) may or may not have been delivered: the connection broke after the message was sent. They are never resent automatically. Check your Sent folder, then mark each one sent or failed.{' '}
            <Button size="compact-xs" variant="light" color="orange" onClick={() => (setStatus('unknown'), setPage(1))}>
              Show them
            </Button>
          </Alert>
        )}
        <Group>
          <Select
            data={[{ value: 'all', label: 'All states' }, ...deliveryStates.map((s) => ({ value: s, label: s[0]!.toUpperCase() + stateLabel(s).slice(1) }))]}
            value={status}
            onChange={(v) => (setStatus((v as DeliveryState) ?? 'all'), setPage(1))}
            allowDeselect={false}
            w={180}
            data-testid="outbox-filter"
          />
          <TextInput placeholder="Search recipient, company or subject" value={search} onChange={(e) => (setSearch(e.currentTarget.value), setPage(1))} w={320} />
          <Text size="sm" c="dimmed">
            {total} email(s)
          </Text>
        </Group>
        <Table striped highlightOnHover data-testid="outbox-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={120}>State</Table.Th>
              <Table.Th>To</Table.Th>
              <Table.Th>Subject</Table.Th>
              <Table.Th>Account</Table.Th>
              <Table.Th>When</Table.Th>
              <Table.Th>Server reply / reason</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {log.data?.rows.map((row) => (
              <Table.Tr key={row.id} style={{ cursor: 'pointer' }} onClick={() => setOpen(row)}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Badge variant="light" color={stateColor[row.status]} style={{ overflow: 'visible' }}>
                    {stateLabel(row.status)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{row.to ?? '—'}</Text>
                  <Text size="xs" c="dimmed">
                    {row.company}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {row.subject}
                  </Text>
                  {row.campaignName && (
                    <Text size="xs" c="dimmed">
                      {row.campaignName} · step {row.step}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{row.accountName ?? '—'}</Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{formatWhen(row.sentAt ?? row.bouncedAt ?? row.claimedAt ?? row.nextAttemptAt)}</Text>
                </Table.Td>
                <Table.Td maw={320}>
                  <Text size="xs" ff={row.smtpResponse && row.status !== 'queued' ? 'monospace' : undefined} lineClamp={2}>
                    {row.status === 'queued' || row.status === 'skipped' || (row.status === 'sent' && row.waitReason) ? row.waitReason : (row.smtpResponse ?? row.errorMessage ?? row.waitReason)}
                  </Text>
                </Table.Td>
                <Table.Td onClick={(e) => e.stopPropagation()}>
                  <ResolveButtons row={row} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {total === 0 && log.data && (
          <Text c="dimmed" ta="center" py="xl">
            Nothing here yet. Emails appear as soon as a campaign queues them.
          </Text>
        )}
        {total > PAGE && <Pagination value={page} onChange={setPage} total={Math.ceil(total / PAGE)} />}
      </Stack>
      <Drawer opened={open !== null} onClose={() => setOpen(null)} position="right" size="lg" title={open?.subject}>
        {open && (
          <Stack>
            <Group>
              <Badge color={stateColor[open.status]}>{stateLabel(open.status)}</Badge>
              <ResolveButtons row={open} />
            </Group>
            <SimpleGrid cols={2}>
              <Detail label="To">{open.to}</Detail>
              <Detail label="Company">{open.company}</Detail>
              <Detail label="Account">{open.accountName}</Detail>
              <Detail label="Campaign">{open.campaignName ? `${open.campaignName}, step ${open.step}` : null}</Detail>
              <Detail label="Scheduled">{formatWhen(open.scheduledAt)}</Detail>
              <Detail label="Next attempt">{open.status === 'queued' ? formatWhen(open.nextAttemptAt) : null}</Detail>
              <Detail label="Handed to the server">{formatWhen(open.claimedAt)}</Detail>
              <Detail label="Sent">{formatWhen(open.sentAt)}</Detail>
              <Detail label="Attempts">{String(open.attempts)}</Detail>
              <Detail label="Bounced">{formatWhen(open.bouncedAt)}</Detail>
            </SimpleGrid>
            <Detail label="Message-ID">{open.messageId && <Code>{open.messageId}</Code>}</Detail>
            <Detail label="Server reply">{open.smtpResponse && <Code block>{open.smtpResponse}</Code>}</Detail>
            <Detail label="Error">{open.errorMessage}</Detail>
            <Detail label="Waiting or skipped because">{open.waitReason}</Detail>
          </Stack>
        )}
      </Drawer>
    </>
  );
}
