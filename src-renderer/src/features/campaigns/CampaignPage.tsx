import { Alert, Badge, Button, Card, Group, Pagination, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconRocket, IconUsersPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { showSaved } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { stateColor, stateLabel } from '../sending/OutboxPage';
import { formatWhen } from '../sending/use-sending-refresh';
import { ApprovalQueue } from './ApprovalQueue';
import { CampaignActions, statusColor } from './CampaignsPage';

const PAGE = 50;

function Figure({ label, value, testId }: { label: string; value: number; testId?: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700} data-testid={testId}>
        {value}
      </Text>
    </Card>
  );
}

/** Review for a draft: what blocks the launch, warnings, and the 14-day dry run. */
function Review({ id }: { id: string }) {
  const check = useApiQuery('campaigns.preflight', { id });
  const launch = useApiMutation('campaigns.launch', { invalidates: ['campaigns.', 'sending.'] });
  if (!check.data) return null;
  const { problems, warnings, calendar, audience } = check.data;
  return (
    <Stack mb="lg">
      <Title order={4}>Review</Title>
      {problems.map((p) => (
        <Alert key={p} color="red" variant="light">
          {p}
        </Alert>
      ))}
      {warnings.map((w) => (
        <Alert key={w} color="yellow" variant="light">
          {w}
        </Alert>
      ))}
      {calendar.days.length > 0 && (
        <>
          <Text size="sm">
            {audience} leads. Projected finish: {calendar.projectedFinish ? new Date(calendar.projectedFinish).toLocaleDateString() : 'not within a year'}.
          </Text>
          <Table withTableBorder verticalSpacing={4} data-testid="dry-run-calendar">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Day</Table.Th>
                <Table.Th>New leads</Table.Th>
                <Table.Th>First emails</Table.Th>
                <Table.Th>Follow-ups</Table.Th>
                {calendar.accounts.map((a) => (
                  <Table.Th key={a.id}>{a.name}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {calendar.days.map((d) => (
                <Table.Tr key={d.date}>
                  <Table.Td>{new Date(`${d.date}T12:00:00`).toLocaleDateString([], { weekday: 'short', day: 'numeric', month: 'short' })}</Table.Td>
                  <Table.Td>{d.newLeads}</Table.Td>
                  <Table.Td>{d.firstEmails}</Table.Td>
                  <Table.Td>{d.followUps}</Table.Td>
                  {calendar.accounts.map((a) => (
                    <Table.Td key={a.id}>{(d.byAccount[a.id]?.firstEmails ?? 0) + (d.byAccount[a.id]?.followUps ?? 0)}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
      <Group>
        <Button leftSection={<IconRocket size={16} />} disabled={problems.length > 0} loading={launch.isPending} onClick={() => launch.mutate({ id })} data-testid="launch-campaign">
          Launch
        </Button>
      </Group>
    </Stack>
  );
}

/** A campaign scheduled by hand starts its next leads when the user says so. */
function EnrolBatchButton({ id, leadsPerDay }: { id: string; leadsPerDay: number }) {
  const enrol = useApiMutation('campaigns.enrolBatch', {
    invalidates: ['campaigns.', 'sending.'],
    onSuccess: (r) => showSaved(r.enrolled > 0 ? `${r.enrolled} leads enrolled; their first emails are on the way.` : 'Every lead of the audience is already enrolled.'),
  });
  return (
    <Button size="xs" leftSection={<IconUsersPlus size={14} />} loading={enrol.isPending} onClick={() => enrol.mutate({ id })} data-testid="enrol-batch">
      Enrol next {leadsPerDay} leads
    </Button>
  );
}

export function CampaignPage({ id }: { id: string }) {
  const [, navigate] = useLocation();
  const [leadPage, setLeadPage] = useState(1);
  const [logPage, setLogPage] = useState(1);
  const campaign = useApiQuery('campaigns.get', { id });
  const people = useApiQuery('campaigns.leads', { id, offset: (leadPage - 1) * PAGE, limit: PAGE });
  const log = useApiQuery('sending.log', { status: 'all', campaignId: id, offset: (logPage - 1) * PAGE, limit: PAGE });
  const c = campaign.data;
  if (!c) return null;
  const n = c.numbers;
  return (
    <>
      <PageHeader
        title={c.name}
        description={
          <>
            <Badge color={statusColor[c.status]} variant="light" mr="xs" data-testid="campaign-status">
              {c.status}
            </Badge>
            {c.scheduleInWords}
          </>
        }
        actions={
          <>
            <Button variant="default" size="xs" onClick={() => navigate('/')}>
              All campaigns
            </Button>
            {c.status === 'draft' && (
              <Button variant="default" size="xs" onClick={() => navigate(`/${id}/edit`)}>
                Edit
              </Button>
            )}
            {c.status === 'active' && c.scheduleType === 'manual' && <EnrolBatchButton id={id} leadsPerDay={c.settings.leadsPerDay} />}
            <CampaignActions campaign={c} />
          </>
        }
      />
      {c.status === 'draft' && <Review id={id} />}
      <SimpleGrid cols={{ base: 3, md: c.campaignType === 'manual' ? 7 : 6 }} mb="lg">
        <Figure label="Enrolled" value={n.enrolled} testId="figure-enrolled" />
        {c.campaignType === 'manual' && <Figure label="To approve" value={n.awaitingApproval} testId="figure-awaiting" />}
        <Figure label="Sent" value={n.sent} testId="figure-sent" />
        <Figure label="Queued" value={n.queued} />
        <Figure label="Bounced" value={n.bounced} />
        <Figure label="Replied" value={n.replied} />
        <Figure label="Unknown" value={n.unknown} />
      </SimpleGrid>
      {c.campaignType === 'manual' && c.status !== 'draft' && <ApprovalQueue campaignId={id} />}
      <Title order={4} mb="xs">
        Leads ({people.data?.total ?? 0})
      </Title>
      <Table verticalSpacing={4} mb="xs" data-testid="campaign-leads">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Company</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th>State</Table.Th>
            <Table.Th>Step reached</Table.Th>
            <Table.Th>Next send</Table.Th>
            <Table.Th>Last email</Table.Th>
            <Table.Th>Time zone</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(people.data?.rows ?? []).map((r) => (
            <Table.Tr key={r.leadId}>
              <Table.Td>{r.companyName}</Table.Td>
              <Table.Td>{r.email}</Table.Td>
              <Table.Td>{r.leftReason ? `left: ${r.leftReason}` : r.state}</Table.Td>
              <Table.Td>{r.stepReached}</Table.Td>
              <Table.Td>{r.state === 'active' ? formatWhen(r.nextDueAt) : '—'}</Table.Td>
              <Table.Td>{r.lastEmailStatus?.replace('_', ' ') ?? '—'}</Table.Td>
              <Table.Td>{r.timeZone ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {(people.data?.total ?? 0) > PAGE && <Pagination total={Math.ceil((people.data?.total ?? 0) / PAGE)} value={leadPage} onChange={setLeadPage} mb="lg" />}
      <Title order={4} mt="lg" mb="xs">
        Delivery log
      </Title>
      <Table verticalSpacing={4} data-testid="campaign-log">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>To</Table.Th>
            <Table.Th>Step</Table.Th>
            <Table.Th>State</Table.Th>
            <Table.Th>Subject</Table.Th>
            <Table.Th>When</Table.Th>
            <Table.Th>Why waiting</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(log.data?.rows ?? []).map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>{r.to}</Table.Td>
              <Table.Td>{r.step}</Table.Td>
              <Table.Td>
                <Badge color={stateColor[r.status]} variant="light">
                  {stateLabel(r.status)}
                </Badge>
              </Table.Td>
              <Table.Td>{r.subject}</Table.Td>
              <Table.Td>{formatWhen(r.sentAt ?? r.nextAttemptAt)}</Table.Td>
              <Table.Td>
                <Text size="xs">{r.waitReason ?? ''}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {(log.data?.total ?? 0) > PAGE && <Pagination total={Math.ceil((log.data?.total ?? 0) / PAGE)} value={logPage} onChange={setLogPage} />}
    </>
  );
}
