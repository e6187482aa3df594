import { Badge, Button, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { JobResults } from './JobResults';
import { formatWhen, statusColor } from './research-format';

/** One job: its progress while it runs, its cancel button, and its result list. */
export function JobPanel({ jobId }: { jobId: string }) {
  const [limit, setLimit] = useState(200);
  const detail = useApiQuery('research.job', { jobId, limit });
  const cancel = useApiMutation('research.cancel', { invalidates: ['research.'] });
  const job = detail.data;
  if (!job) return null;
  const active = job.status === 'queued' || job.status === 'running';
  return (
    <Card withBorder padding="lg" data-testid="research-job" data-status={job.status}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Stack gap={0}>
            <Group gap="xs">
              <Title order={4}>{job.selection}</Title>
              <Badge color={statusColor[job.status]} data-testid="job-status">
                {job.status}
              </Badge>
              {job.force && <Badge variant="outline" color="gray">fresh analysis</Badge>}
            </Group>
            <Text size="sm" c="dimmed">
              Started {formatWhen(job.startedAt ?? job.createdAt)}
              {job.completedAt ? ` · ended ${formatWhen(job.completedAt)}` : ''}
            </Text>
          </Stack>
          {active && (
            <Button color="red" variant="light" loading={cancel.isPending} onClick={() => cancel.mutate({ jobId })} data-testid="job-cancel">
              Cancel
            </Button>
          )}
        </Group>
        <Progress value={job.progress} size="lg" animated={job.status === 'running'} striped={job.status === 'running'} color={statusColor[job.status]} data-testid="job-progress" aria-label="Progress" />
        <Group gap="lg">
          <Text size="sm" data-testid="job-counts">
            <b>{job.done}</b> of {job.total} websites · <b>{job.leadsUpdated}</b> leads updated
            {job.failed > 0 && (
              <Text span c="red" size="sm">
                {' '}
                · {job.failed} could not be analysed
              </Text>
            )}
          </Text>
        </Group>
        {job.errorMessage && (
          <Text size="sm" c="red">
            {job.errorMessage}
          </Text>
        )}
        <JobResults active={active} results={job.results} more={job.more} onMore={() => setLimit((n) => Math.min(500, n + 200))} />
      </Stack>
    </Card>
  );
}
