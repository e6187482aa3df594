import { Grid, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EventPayloads } from '../../../../src-shared/contract';
import type { ResearchJob } from '../../../../src-shared/contract/research';
import { useApiQuery, useAppEvent } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { JobHistory } from './JobHistory';
import { JobPanel } from './JobPanel';
import { ResearchSettingsCard } from './ResearchSettingsCard';
import { StartAnalysisCard } from './StartAnalysisCard';
import { TrySiteCard } from './TrySiteCard';

export function ResearchPage() {
  const client = useQueryClient();
  const jobs = useApiQuery('research.jobs', { limit: 20 });
  const [picked, setPicked] = useState<string | null>(null);
  const selectedId = picked ?? jobs.data?.[0]?.id ?? null;
  const running = jobs.data?.some((j) => j.status === 'running' || j.status === 'queued') ?? false;

  // Progress arrives a few times a second: the job list is patched in place, the result list
  // refetched at most once a second (and at once when the job ends).
  const lastRefetch = useRef(0);
  const pendingRefetch = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (pendingRefetch.current && clearTimeout(pendingRefetch.current)), []);
  const onProgress = useCallback(
    ({ job }: EventPayloads['research.progressed']) => {
      client.setQueriesData<ResearchJob[]>({ queryKey: ['research.jobs'] }, (list) => {
        if (!list) return list;
        return list.some((j) => j.id === job.id) ? list.map((j) => (j.id === job.id ? job : j)) : [job, ...list];
      });
      const refetch = () => {
        lastRefetch.current = Date.now();
        pendingRefetch.current = null;
        void client.invalidateQueries({ queryKey: ['research.job'] });
      };
      const ended = job.status !== 'running' && job.status !== 'queued';
      if (ended || Date.now() - lastRefetch.current > 1000) refetch();
      else pendingRefetch.current ??= setTimeout(refetch, 1000);
    },
    [client],
  );
  useAppEvent('research.progressed', onProgress);

  return (
    <>
      <PageHeader
        title="Research"
        description="Analyse your prospects’ websites: booking tools, appointment forms, prices, opening hours and contact details fill each lead’s qualification fields and scores, with the evidence."
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            <StartAnalysisCard busy={running} onStarted={(job) => setPicked(job.id)} />
            {selectedId && <JobPanel jobId={selectedId} />}
            <JobHistory jobs={jobs.data ?? []} selectedId={selectedId} onSelect={setPicked} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="lg">
            <TrySiteCard />
            <ResearchSettingsCard />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
