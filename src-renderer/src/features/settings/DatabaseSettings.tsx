import { Alert, Badge, Button, Card, Code, Group, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconPlugConnected } from '@tabler/icons-react';
import { useState } from 'react';
import type { ConnectionTest } from '../../../../src-shared/contract/database';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { formatBytes, formatNumber } from '../../components/format';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" style={{ wordBreak: 'break-all' }}>
        {children}
      </Text>
    </div>
  );
}

export function DatabaseSettings() {
  const status = useApiQuery('database.status', {});
  const [url, setUrl] = useState('');
  const [test, setTest] = useState<ConnectionTest | null>(null);
  const testConnection = useApiMutation('database.testConnection', { onSuccess: setTest });
  const useServer = useApiMutation('database.useServer', { invalidates: ['database.'] });
  const useEmbedded = useApiMutation('database.useEmbedded', { invalidates: ['database.'] });
  const data = status.data;

  return (
    <Stack maw={900} data-testid="database-settings">
      <Card withBorder padding="lg">
        <Group justify="space-between" mb="md">
          <Title order={4}>Database in use</Title>
          {data && (
            <Badge variant="light" color={data.mode === 'embedded' ? 'indigo' : 'teal'} data-testid="database-mode-badge">
              {data.mode === 'embedded' ? 'Embedded (on this computer)' : 'PostgreSQL server'}
            </Badge>
          )}
        </Group>
        {data && (
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
            <Fact label={data.mode === 'embedded' ? 'Folder' : 'Server'}>
              <Code data-testid="database-location">{data.location}</Code>
            </Fact>
            <Fact label="Size">{formatBytes(data.sizeBytes)}</Fact>
            <Fact label="Schema version">
              {data.schemaVersion.latest ?? 'none'} · {data.schemaVersion.applied} migrations
              {data.schemaVersion.pending > 0 ? `, ${data.schemaVersion.pending} pending` : ''}
            </Fact>
          </SimpleGrid>
        )}
        {data?.overriddenBy && (
          <Alert mt="md" color="yellow" icon={<IconAlertTriangle size={18} />}>
            This database was chosen by {data.overriddenBy === 'environment' ? 'the DATABASE_URL environment variable' : 'the --database-url option'}; the choice below applies when that is not set.
          </Alert>
        )}
        {data?.nextStart && (
          <Alert mt="md" color="blue" icon={<IconCircleCheck size={18} />} data-testid="database-next-start">
            From the next start Outreach Desk will use {data.nextStart.mode === 'embedded' ? 'the embedded database' : 'the server'} <Code>{data.nextStart.location}</Code>. Restart the app to switch.
          </Alert>
        )}
      </Card>

      <Card withBorder padding="lg">
        <Title order={4} mb={4}>
          Use a PostgreSQL server
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          When one laptop is not enough — a second computer, or an always-on machine that sends while yours sleeps — keep your data on a PostgreSQL server. It is prepared (migrated) now and used from the next start. Your data in the embedded database stays where it is.
        </Text>
        <Stack>
          <TextInput
            label="Server URL"
            placeholder="postgres://user:password@host:5432/outreach"
            value={url}
            onChange={(e) => {
              setUrl(e.currentTarget.value);
              setTest(null);
            }}
            error={testConnection.error?.fieldErrors.url?.[0] ?? useServer.error?.message}
            data-testid="server-url"
          />
          {test && (
            <Alert color={test.ok ? 'teal' : 'red'} icon={test.ok ? <IconCircleCheck size={18} /> : <IconAlertTriangle size={18} />} data-testid="connection-result">
              {test.ok ? `${test.message} (${test.latencyMs} ms)` : `Could not connect: ${test.message}`}
            </Alert>
          )}
          <Group>
            <Button variant="default" leftSection={<IconPlugConnected size={16} />} disabled={!url.trim()} loading={testConnection.isPending} onClick={() => testConnection.mutate({ url })}>
              Test connection
            </Button>
            <Button disabled={!test?.ok} loading={useServer.isPending} onClick={() => useServer.mutate({ url })}>
              Use this server from the next start
            </Button>
            {(data?.mode === 'server' || data?.nextStart?.mode === 'server') && (
              <Button variant="light" color="gray" loading={useEmbedded.isPending} onClick={() => useEmbedded.mutate({})}>
                Switch back to the embedded database
              </Button>
            )}
          </Group>
        </Stack>
      </Card>

      <Card withBorder padding="lg">
        <Title order={4} mb="md">
          What is stored
        </Title>
        <Table striped withRowBorders={false} data-testid="table-counts">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Table</Table.Th>
              <Table.Th ta="right">Rows</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data?.tables.map((t) => (
              <Table.Tr key={t.table}>
                <Table.Td>
                  <Code>{t.table}</Code>
                </Table.Td>
                <Table.Td ta="right">{formatNumber(t.rows)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
    </Stack>
  );
}
