import { Alert, Badge, Button, Card, Group, Modal, NumberInput, Progress, SimpleGrid, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconKey, IconMoon, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { SmtpAccount, SmtpCheck } from '../../../../src-shared/contract/smtp';
import { call } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { showApiError, showSaved } from '../../components/notify';
import { AccountForm } from './AccountForm';
import { formatWhen, useSendingRefresh } from './use-sending-refresh';

function UsageBar({ label, used, limit }: { label: string; used: number; limit: number | null }) {
  const percent = limit ? Math.min(100, (used / Math.max(1, limit)) * 100) : 0;
  return (
    <div>
      <Group justify="space-between" mb={2}>
        <Text size="xs" c="dimmed">
          {label}
        </Text>
        <Text size="xs" fw={500}>
          {used}
          {limit !== null ? ` / ${limit}` : ' (no limit)'}
        </Text>
      </Group>
      <Progress value={limit ? percent : used > 0 ? 100 : 0} color={limit && percent >= 100 ? 'orange' : limit ? 'teal' : 'gray'} size="sm" />
    </div>
  );
}

function AccountCard({ account, onEdit }: { account: SmtpAccount; onEdit: () => void }) {
  const [check, setCheck] = useState<(SmtpCheck & { what: string }) | null>(null);
  const [testTo, setTestTo] = useState('');
  const [testing, setTesting] = useState<'connection' | 'email' | null>(null);
  const remove = useApiMutation('smtp.delete', { invalidates: ['smtp.', 'sending.'] });
  const endRest = useApiMutation('smtp.endRest', { invalidates: ['smtp.', 'sending.'] });

  async function run(what: 'connection' | 'email') {
    setTesting(what);
    setCheck(null);
    try {
      const result = what === 'connection' ? await call('smtp.testConnection', { id: account.id }) : await call('smtp.sendTest', { id: account.id, to: testTo });
      setCheck({ ...result, what: what === 'connection' ? 'Connection' : `Test email to ${testTo}` });
    } catch (error) {
      showApiError(error);
    } finally {
      setTesting(null);
    }
  }

  return (
    <Card withBorder padding="lg" data-testid="account-card">
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <div>
          <Group gap="xs">
            <Title order={5}>{account.providerName}</Title>
            {account.isPrimary && <Badge variant="light">Primary</Badge>}
            {!account.isActive && <Badge color="gray">Off</Badge>}
            {account.restingUntil && (
              <Badge color="orange" leftSection={<IconMoon size={12} />} data-testid="account-resting">
                Resting
              </Badge>
            )}
            {!account.passwordSet && account.username && <Badge color="red">No password</Badge>}
          </Group>
          <Text size="sm" c="dimmed">
            {account.fromName ? `${account.fromName} <${account.fromEmail}>` : account.fromEmail} · {account.host}:{account.port} {account.secure ? '(TLS)' : '(STARTTLS)'} · priority {account.priority}
          </Text>
        </div>
        <Group gap="xs" wrap="nowrap">
          <Button size="xs" variant="default" onClick={onEdit}>
            Edit
          </Button>
          <Button
            size="xs"
            variant="subtle"
            color="red"
            loading={remove.isPending}
            onClick={() => {
              if (window.confirm(`Remove ${account.providerName}? Emails it sent keep their history.`)) remove.mutate({ id: account.id });
            }}
          >
            Remove
          </Button>
        </Group>
      </Group>
      {account.restingUntil && (
        <Alert color="orange" icon={<IconMoon size={18} />} mb="sm" data-testid="account-rest-reason">
          <Text size="sm">
            Resting until {formatWhen(account.restingUntil)} — {account.restReason}. The next active account by priority sends meanwhile.
          </Text>
          <Button size="xs" mt="xs" variant="light" color="orange" loading={endRest.isPending} onClick={() => endRest.mutate({ id: account.id })}>
            End the rest now
          </Button>
        </Alert>
      )}
      <SimpleGrid cols={2} mb="md">
        <UsageBar label="Sent in the last hour" used={account.usage.lastHour} limit={account.hourlyLimit} />
        <UsageBar label="Sent in the last 24 hours" used={account.usage.last24h} limit={account.dailyLimit} />
      </SimpleGrid>
      <Group align="flex-end">
        <Button size="xs" variant="light" loading={testing === 'connection'} onClick={() => void run('connection')} data-testid="account-test-connection">
          Test connection
        </Button>
        <TextInput size="xs" placeholder="you@example.com" value={testTo} onChange={(e) => setTestTo(e.currentTarget.value)} data-testid="account-test-to" w={220} />
        <Button size="xs" variant="light" disabled={!testTo.includes('@')} loading={testing === 'email'} onClick={() => void run('email')} data-testid="account-send-test">
          Send a test email
        </Button>
      </Group>
      {check && (
        <Alert mt="sm" color={check.ok ? 'teal' : 'red'} icon={check.ok ? <IconCircleCheck size={18} /> : <IconAlertTriangle size={18} />} data-testid="account-check-result">
          <Text size="sm" fw={500}>
            {check.what}: {check.ok ? 'OK' : 'failed'}
          </Text>
          <Text size="sm" ff="monospace">
            {check.message}
          </Text>
        </Alert>
      )}
    </Card>
  );
}

function SendingControls() {
  const status = useApiQuery('sending.status', {});
  const setPaused = useApiMutation('sending.setPaused', { invalidates: ['sending.'] });
  const [gap, setGap] = useState<{ min: number; max: number } | null>(null);
  const current = gap ?? (status.data ? { min: status.data.gap.minSeconds, max: status.data.gap.maxSeconds } : null);

  async function saveGap() {
    if (!current) return;
    try {
      await call('settings.set', { key: 'sending.gapMinSeconds', value: current.min });
      await call('settings.set', { key: 'sending.gapMaxSeconds', value: Math.max(current.min, current.max) });
      setGap(null);
      await status.refetch();
      showSaved('The gap between sends is saved.');
    } catch (error) {
      showApiError(error);
    }
  }

  return (
    <Card withBorder padding="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={4}>Sending</Title>
          <Text size="sm" c="dimmed" maw={560}>
            Each account waits a random gap between two sends, so your mailbox never sends in bursts. Pausing stops every engine on this database (the app and <code>outreach-desk run</code>).
          </Text>
        </div>
        <Switch
          size="md"
          label={status.data?.paused ? 'Sending is paused' : 'Sending is on'}
          checked={!status.data?.paused}
          onChange={(e) => setPaused.mutate({ paused: !e.currentTarget.checked })}
          data-testid="sending-switch"
        />
      </Group>
      {current && (
        <Group mt="md" align="flex-end">
          <NumberInput label="Gap from (seconds)" min={0} max={86400} value={current.min} onChange={(v) => setGap({ ...current, min: Number(v) || 0 })} w={170} />
          <NumberInput label="to (seconds)" min={0} max={86400} value={current.max} onChange={(v) => setGap({ ...current, max: Number(v) || 0 })} w={170} />
          <Button variant="default" disabled={!gap} onClick={() => void saveGap()}>
            Save gap
          </Button>
        </Group>
      )}
    </Card>
  );
}

export function SendingAccountsSettings() {
  useSendingRefresh();
  const accounts = useApiQuery('smtp.list', {});
  const secrets = useApiQuery('secrets.status', {});
  const [editing, setEditing] = useState<SmtpAccount | 'new' | null>(null);

  return (
    <Stack maw={960} data-testid="sending-accounts">
      <SendingControls />
      <Group justify="space-between">
        <div>
          <Title order={4}>Sending accounts</Title>
          <Text size="sm" c="dimmed">
            Your own mailboxes and SMTP services. Emails go out from the primary account; when one rests (wrong password, quota, outage) the next by priority takes over.
          </Text>
        </div>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')} data-testid="add-account">
          Add account
        </Button>
      </Group>
      {secrets.data && (
        <Alert color={secrets.data.kind === 'plain-text-fallback' ? 'yellow' : 'gray'} variant="light" icon={<IconKey size={18} />} data-testid="secrets-status">
          <Text size="sm">{secrets.data.message}</Text>
        </Alert>
      )}
      {accounts.data?.length === 0 && (
        <Card withBorder padding="xl">
          <Text c="dimmed" ta="center">
            No sending account yet. Add your Gmail, Outlook or SMTP service to start sending.
          </Text>
        </Card>
      )}
      {accounts.data?.map((account) => <AccountCard key={account.id} account={account} onEdit={() => setEditing(account)} />)}
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? 'Add a sending account' : 'Edit sending account'} size="xl">
        {editing !== null && <AccountForm account={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />}
      </Modal>
    </Stack>
  );
}
