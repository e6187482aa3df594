import { Anchor, Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconWorldSearch } from '@tabler/icons-react';
import type { LeadTarget } from '../../../../src-shared/contract/leads';
import { useApiMutation } from '../../api/hooks';

/**
 * "Analyse websites" for the leads table's selection (ids or "all matching"): queues a research
 * job and points to the Research page, where its progress and results are.
 */
export function AnalyseWebsitesButton({ target }: { target: LeadTarget | null }) {
  const start = useApiMutation('research.start', {
    invalidates: ['research.'],
    onSuccess: (job) =>
      notifications.show({
        color: 'blue',
        title: 'Website analysis started',
        message: (
          <>
            {job.total.toLocaleString()} website{job.total === 1 ? '' : 's'} queued.{' '}
            {/* Notifications render outside the router: a plain hash link. */}
            <Anchor href="#/research" size="sm">
              Follow it on the Research page
            </Anchor>
          </>
        ),
        autoClose: 8_000,
      }),
  });
  if (!target) return null;
  return (
    <Button
      variant="subtle"
      size="xs"
      leftSection={<IconWorldSearch size={15} />}
      loading={start.isPending}
      onClick={() => start.mutate('ids' in target ? { leadIds: target.ids } : { filter: target.filter, ...(target.excludeIds ? { excludeIds: target.excludeIds } : {}) })}
      data-testid="bulk-analyse-websites"
    >
      Analyse websites
    </Button>
  );
}
