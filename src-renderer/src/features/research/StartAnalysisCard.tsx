import { Button, Card, Checkbox, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconWorldSearch } from '@tabler/icons-react';
import { useState } from 'react';
import type { ResearchJob } from '../../../../src-shared/contract/research';
import { useApiMutation } from '../../api/hooks';
import { parseUrlList } from './research-format';

/** The two ways to start: every lead not analysed lately, or addresses pasted by hand. */
export function StartAnalysisCard({ onStarted, busy }: { onStarted: (job: ResearchJob) => void; busy: boolean }) {
  const [force, setForce] = useState(false);
  const [pasted, setPasted] = useState('');
  const start = useApiMutation('research.start', { invalidates: ['research.'], onSuccess: onStarted });
  const urls = parseUrlList(pasted);
  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Title order={4}>Analyse websites</Title>
        <Group justify="space-between" align="flex-end" wrap="nowrap">
          <Stack gap={2}>
            <Text fw={500}>Leads with a website</Text>
            <Text size="sm" c="dimmed">
              {force ? 'Every lead with a website, fetched again.' : 'Leads never analysed, or analysed more than 30 days ago.'}
            </Text>
          </Stack>
          <Button
            leftSection={<IconWorldSearch size={16} />}
            loading={start.isPending && !('urls' in (start.variables ?? {}))}
            onClick={() => start.mutate({ unanalysed: true, force })}
            data-testid="analyse-leads"
          >
            Analyse websites
          </Button>
        </Group>
        <Checkbox
          label="Analyse again even when a recent analysis is cached"
          checked={force}
          onChange={(e) => setForce(e.currentTarget.checked)}
          data-testid="analyse-force"
        />
        <Textarea
          label="Or paste website addresses"
          description="One per line. Leads with these websites are updated too."
          placeholder={'salon-example.com\nhttps://www.dentist-example.de'}
          autosize
          minRows={2}
          maxRows={8}
          value={pasted}
          onChange={(e) => setPasted(e.currentTarget.value)}
          data-testid="analyse-urls"
        />
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {busy ? 'A job is running; a new one waits for it.' : urls.length ? `${urls.length} address${urls.length === 1 ? '' : 'es'}` : ''}
          </Text>
          <Button
            variant="light"
            disabled={urls.length === 0}
            loading={start.isPending && 'urls' in (start.variables ?? {})}
            onClick={() => start.mutate({ urls, force }, { onSuccess: () => setPasted('') })}
            data-testid="analyse-pasted"
          >
            Analyse these addresses
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
