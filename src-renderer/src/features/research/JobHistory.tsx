import { Badge, Card, Table, Text, Title } from '@mantine/core';
import type { ResearchJob } from '../../../../src-shared/contract/research';
import { formatWhen, statusColor } from './research-format';

export function JobHistory({ jobs, selectedId, onSelect }: { jobs: ResearchJob[]; selectedId: string | null; onSelect: (id: string) => void }) {
  return (
    <Card withBorder padding="lg">
      <Title order={4} mb="sm">
        Jobs
      </Title>
      {jobs.length === 0 ? (
        <Text c="dimmed" size="sm">
          No website analysis yet.
        </Text>
      ) : (
        <Table highlightOnHover data-testid="research-jobs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Started</Table.Th>
              <Table.Th>What</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Websites</Table.Th>
              <Table.Th>Leads updated</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {jobs.map((job) => (
              <Table.Tr
                key={job.id}
                onClick={() => onSelect(job.id)}
                style={{ cursor: 'pointer' }}
                bg={job.id === selectedId ? 'var(--mantine-color-blue-light)' : undefined}
                aria-selected={job.id === selectedId}
              >
                <Table.Td>{formatWhen(job.startedAt ?? job.createdAt)}</Table.Td>
                <Table.Td>{job.selection}</Table.Td>
                <Table.Td>
                  <Badge color={statusColor[job.status]} variant="light">
                    {job.status}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {job.done}/{job.total}
                  {job.failed ? ` (${job.failed} failed)` : ''}
                </Table.Td>
                <Table.Td>{job.leadsUpdated}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
