import { Alert, Anchor, Button, Group, Paper, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCheck, IconDownload } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import type { ImportProgressEvent } from '../../../../src-shared/contract/imports';
import { useApiMutation, useApiQuery, useAppEvent } from '../../api/hooks';
import { formatNumber } from '../../components/format';
import { showApiError } from '../../components/notify';
import { batchLeadsHref, downloadErrorReport } from './import-source';

export function Figure({ label, value, color, testId }: { label: string; value: number; color?: string; testId?: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700} c={color} data-testid={testId}>
        {formatNumber(value)}
      </Text>
    </Paper>
  );
}

function formatEta(seconds: number | null): string {
  if (seconds === null) return 'estimating…';
  if (seconds < 60) return `${seconds} s left`;
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s left`;
}

/** Rows done, rows/s and ETA while the import runs; the summary when it is done. */
export function ProgressStep({ batchId, done, onDone, onClose }: { batchId: string; done: boolean; onDone(): void; onClose(): void }) {
  const [progress, setProgress] = useState<ImportProgressEvent | null>(null);
  const summary = useApiQuery('imports.summary', { batchId }, { refetchInterval: done ? false : 1000 });
  const cancel = useApiMutation('imports.cancel', {});
  const onProgress = useCallback((p: ImportProgressEvent) => p.batchId === batchId && setProgress(p), [batchId]);
  useAppEvent('imports.progressed', onProgress);
  const finished = summary.data && summary.data.status !== 'running';
  useEffect(() => {
    if (finished && !done) onDone();
  }, [finished, done, onDone]);

  if (!done || !summary.data) {
    const share = progress && progress.totalBytes > 0 ? (progress.bytesRead / progress.totalBytes) * 100 : 0;
    return (
      <Stack gap="md" data-testid="import-progress">
        <Progress value={share} size="xl" animated striped />
        <Group justify="space-between">
          <Text>
            <b>{formatNumber(progress?.rows ?? summary.data?.rows ?? 0)}</b> rows done
            {progress ? ` · ${formatNumber(progress.rowsPerSecond)} rows/s · ${formatEta(progress.etaSeconds)}` : ''}
          </Text>
          <Button color="red" variant="light" loading={cancel.isPending} onClick={() => cancel.mutate({ batchId })}>
            Cancel
          </Button>
        </Group>
      </Stack>
    );
  }

  const s = summary.data;
  return (
    <Stack gap="md" data-testid="import-summary">
      <Alert
        color={s.status === 'completed' ? 'teal' : s.status === 'cancelled' ? 'yellow' : 'red'}
        icon={<IconCheck />}
        title={s.status === 'completed' ? 'Import complete' : s.status === 'cancelled' ? 'Import cancelled' : 'Import stopped'}
      >
        {formatNumber(s.rows)} rows read from {s.fileName}.{' '}
        {s.status === 'cancelled' && 'The rows counted here were imported; undo it from the Batches list.'}
        {s.notes && s.status !== 'completed' && ` ${s.notes}`}
      </Alert>
      <SimpleGrid cols={4}>
        <Figure label="Imported" value={s.imported} color="teal" testId="summary-imported" />
        <Figure label="Updated" value={s.updated} testId="summary-updated" />
        <Figure label="Duplicates skipped" value={s.duplicates} testId="summary-duplicates" />
        <Figure label="Failed" value={s.failed} color={s.failed ? 'red' : undefined} testId="summary-failed" />
      </SimpleGrid>
      {s.fileWarnings.map((w) => (
        <Text key={w} size="sm" c="dimmed">
          {w}
        </Text>
      ))}
      <Group justify="space-between">
        <Group>
          {s.hasErrorReport && (
            <Button
              variant="light"
              color="red"
              leftSection={<IconDownload size={16} />}
              onClick={() => downloadErrorReport(s.id, s.fileName).catch((e: unknown) => showApiError(e))}
            >
              Download the error report
            </Button>
          )}
          <Anchor href={batchLeadsHref(s.id)} onClick={onClose}>
            View the batch's leads
          </Anchor>
        </Group>
        <Button onClick={onClose}>Done</Button>
      </Group>
    </Stack>
  );
}
