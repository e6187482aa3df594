import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import type { CampaignStatusValue, CampaignSummary } from '../../../../src-shared/contract/campaigns';
import { useApiMutation, useApiQuery, useAppEvent } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { formatWhen } from '../sending/use-sending-refresh';
import { CampaignBuilder } from './CampaignBuilder';
import { CampaignPage } from './CampaignPage';

export const statusColor: Record<CampaignStatusValue, string> = { draft: 'gray', active: 'teal', paused: 'yellow', completed: 'blue', archived: 'dark' };

/** Campaign lists and pages refresh when the scheduler or the engine moves anything. */
export function useCampaignRefresh(): void {
  const client = useQueryClient();
  const refresh = useCallback(() => {
    void client.invalidateQueries({ predicate: (q) => typeof q.queryKey[0] === 'string' && /^(campaigns|sending)\./.test(q.queryKey[0]) });
  }, [client]);
  useAppEvent('campaigns.changed', refresh);
  useAppEvent('sending.sent', refresh);
  useAppEvent('sending.notSent', refresh);
}

export function CampaignActions({ campaign }: { campaign: Pick<CampaignSummary, 'id' | 'status'> }) {
  const [, navigate] = useLocation();
  const options = { invalidates: ['campaigns.', 'sending.'] };
  const pause = useApiMutation('campaigns.pause', options);
  const resume = useApiMutation('campaigns.resume', options);
  const archive = useApiMutation('campaigns.archive', options);
  const duplicate = useApiMutation('campaigns.duplicate', { ...options, onSuccess: (c) => navigate(`/${c.id}/edit`) });
  const id = campaign.id;
  return (
    <Group gap={4} wrap="nowrap">
      {campaign.status === 'active' && (
        <Button size="compact-xs" variant="light" color="yellow" loading={pause.isPending} onClick={() => pause.mutate({ id })}>
          Pause
        </Button>
      )}
      {campaign.status === 'paused' && (
        <Button size="compact-xs" variant="light" color="teal" loading={resume.isPending} onClick={() => resume.mutate({ id })}>
          Resume
        </Button>
      )}
      <Button size="compact-xs" variant="subtle" loading={duplicate.isPending} onClick={() => duplicate.mutate({ id })}>
        Duplicate
      </Button>
      {campaign.status !== 'archived' && (
        <Button size="compact-xs" variant="subtle" color="gray" loading={archive.isPending} onClick={() => archive.mutate({ id })}>
          Archive
        </Button>
      )}
    </Group>
  );
}

function CampaignList() {
  const [, navigate] = useLocation();
  const list = useApiQuery('campaigns.list', { includeArchived: false });
  return (
    <>
      <PageHeader
        title="Campaigns"
        description="Sequences that send themselves on schedule, inside each prospect's business hours."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/new')} data-testid="new-campaign">
            New campaign
          </Button>
        }
      />
      {list.data && list.data.length === 0 && <Text c="dimmed">No campaigns yet. Build one from a filter of your leads and a template.</Text>}
      {list.data && list.data.length > 0 && (
        <Table highlightOnHover verticalSpacing="xs" data-testid="campaigns-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th miw={110}>Status</Table.Th>
              <Table.Th>Type</Table.Th>
              <Table.Th>Schedule</Table.Th>
              <Table.Th>Enrolled</Table.Th>
              <Table.Th>Sent</Table.Th>
              <Table.Th>Replied</Table.Th>
              <Table.Th>Last run</Table.Th>
              <Table.Th>Next send</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((c) => (
              <Table.Tr key={c.id} style={{ cursor: 'pointer' }} onClick={() => navigate(`/${c.id}`)}>
                <Table.Td fw={600}>{c.name}</Table.Td>
                <Table.Td>
                  <Badge color={statusColor[c.status]} variant="light">
                    {c.status}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{c.campaignType === 'manual' ? 'Manual' : 'Automated'}</Text>
                  {c.numbers.awaitingApproval > 0 && (
                    <Badge size="xs" color="violet" variant="light">
                      {c.numbers.awaitingApproval} to approve
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{c.scheduleInWords}</Text>
                </Table.Td>
                <Table.Td>
                  {c.numbers.enrolled} / {c.numbers.targeted}
                </Table.Td>
                <Table.Td>{c.numbers.sent}</Table.Td>
                <Table.Td>{c.numbers.replied}</Table.Td>
                <Table.Td>{formatWhen(c.lastRunAt)}</Table.Td>
                <Table.Td>{formatWhen(c.nextSendAt)}</Table.Td>
                <Table.Td onClick={(e) => e.stopPropagation()}>
                  <CampaignActions campaign={c} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}

export function CampaignsPage() {
  useCampaignRefresh();
  return (
    <Stack gap={0}>
      <Switch>
        <Route path="/new">{() => <CampaignBuilder id={null} />}</Route>
        <Route path="/:id/edit">{(params) => <CampaignBuilder id={params.id} />}</Route>
        <Route path="/:id">{(params) => <CampaignPage id={params.id} />}</Route>
        <Route>
          <CampaignList />
        </Route>
      </Switch>
    </Stack>
  );
}
