import { Anchor, Badge, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ImportBatchSummary } from '../../../../src-shared/contract/imports';
import { dedupeStrategyLabels } from '../../../../src-shared/domain/import-options';
import { leadFieldsByName, isLeadFieldName } from '../../../../src-shared/domain/lead-fields';
import { useApiQuery } from '../../api/hooks';
import { formatNumber } from '../../components/format';
import { batchLeadsHref } from './import-source';

function targetLabel(target: string): string {
  if (isLeadFieldName(target)) return leadFieldsByName[target].label;
  return { firstName: 'First name', lastName: 'Last name', custom: 'Custom field', ignore: 'Ignored' }[target] ?? target;
}

/** A batch's mapping and settings, and its first leads (the leads page lists them all). */
export function BatchDetails({ batch }: { batch: ImportBatchSummary }) {
  const leads = useApiQuery('imports.batchLeads', { batchId: batch.id, limit: 8 });
  const mapped = Object.entries(batch.mapping).filter(([, t]) => t !== 'custom' && t !== 'ignore');
  const others = Object.entries(batch.mapping).filter(([, t]) => t === 'custom' || t === 'ignore');
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} p="md" spacing="xl" data-testid="batch-details">
      <Stack gap="xs">
        <Title order={6}>Mapping</Title>
        <Group gap={6}>
          {mapped.map(([header, target]) => (
            <Badge key={header} variant="outline" tt="none" fw={400}>
              {header} → {targetLabel(target)}
            </Badge>
          ))}
        </Group>
        {others.length > 0 && (
          <Text size="xs" c="dimmed">
            Custom fields:{' '}
            {others
              .filter(([, t]) => t === 'custom')
              .map(([h]) => h)
              .join(', ') || '—'}
            {others.some(([, t]) => t === 'ignore') &&
              ` · Ignored: ${others
                .filter(([, t]) => t === 'ignore')
                .map(([h]) => h)
                .join(', ')}`}
          </Text>
        )}
        <Text size="sm">
          {dedupeStrategyLabels[batch.dedupe]} · industry default: {batch.defaults.industry ?? '—'} · source: {batch.defaults.source ?? '—'}
          {batch.defaults.tags.length > 0 && ` · tags: ${batch.defaults.tags.join(', ')}`}
          {batch.presetName && ` · saved as “${batch.presetName}”`}
        </Text>
        {batch.completedAt && (
          <Text size="xs" c="dimmed">
            Finished {new Date(batch.completedAt).toLocaleString()}
            {batch.undoneAt && ` · undone ${new Date(batch.undoneAt).toLocaleString()}, ${formatNumber(batch.undoKeptLeads)} leads kept`}
          </Text>
        )}
        {batch.notes && (
          <Text size="xs" c="orange">
            {batch.notes}
          </Text>
        )}
        {batch.fileWarnings.map((w) => (
          <Text key={w} size="xs" c="dimmed">
            {w}
          </Text>
        ))}
      </Stack>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={6}>Leads of this batch ({formatNumber(leads.data?.total)})</Title>
          <Anchor size="sm" href={batchLeadsHref(batch.id)}>
            View all in Leads
          </Anchor>
        </Group>
        <Table fz="xs" verticalSpacing={2} data-testid="batch-leads">
          <Table.Tbody>
            {leads.data?.leads.map((l) => (
              <Table.Tr key={l.id}>
                <Table.Td fw={500}>{l.companyName}</Table.Td>
                <Table.Td>{l.contactName ?? ''}</Table.Td>
                <Table.Td>{l.email ?? l.phone ?? l.website ?? ''}</Table.Td>
                <Table.Td c="dimmed">{[l.city, l.country].filter(Boolean).join(', ')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {leads.data?.total === 0 && (
          <Text size="xs" c="dimmed">
            No leads of this batch are left.
          </Text>
        )}
      </Stack>
    </SimpleGrid>
  );
}
