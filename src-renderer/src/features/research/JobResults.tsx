import { Anchor, Badge, Button, Drawer, Group, ScrollArea, Table, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import type { ResearchResult } from '../../../../src-shared/contract/research';
import { LeadEvidence } from './LeadEvidence';
import { potentialColor } from './research-format';

/** The websites of a job: one row each, filled in as they finish. */
export function JobResults({ results, more, onMore, active }: { results: ResearchResult[]; more: number; onMore?: () => void; active: boolean }) {
  const [open, setOpen] = useState<ResearchResult | null>(null);
  return (
    <>
      <Drawer opened={open !== null} onClose={() => setOpen(null)} position="right" title={open?.companyName ?? open?.domain} size="md" data-testid="evidence-drawer">
        {open?.leadId && <LeadEvidence leadId={open.leadId} />}
      </Drawer>
      <ScrollArea.Autosize mah={480} type="auto">
        <Table striped highlightOnHover stickyHeader data-testid="research-results">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Company</Table.Th>
              <Table.Th>Domain</Table.Th>
              <Table.Th>Booking tool</Table.Th>
              <Table.Th>Potential</Table.Th>
              <Table.Th>Maturity</Table.Th>
              <Table.Th>Found</Table.Th>
              <Table.Th>Problem</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {results.map((r) => (
              <Table.Tr key={r.position} data-state={r.state}>
                <Table.Td>
                  {r.companyName && r.leadId && r.state !== 'pending' ? (
                    <Anchor component="button" size="sm" onClick={() => setOpen(r)} title="Show the evidence">
                      {r.companyName}
                    </Anchor>
                  ) : (
                    (r.companyName ?? <Text c="dimmed" size="sm">no lead</Text>)
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{r.domain}</Text>
                </Table.Td>
                <Table.Td>{r.state === 'pending' ? <Text c="dimmed" size="sm">{active ? 'waiting…' : 'not analysed'}</Text> : (r.bookingTool ?? <Text c="dimmed" size="sm">none</Text>)}</Table.Td>
                <Table.Td>{r.bookingPotential && <Badge color={potentialColor[r.bookingPotential]} variant="light">{r.bookingPotential}</Badge>}</Table.Td>
                <Table.Td>{r.digitalMaturityScore ?? ''}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {r.fromCache && (
                      <Tooltip label="Answered from an analysis of the last 30 days">
                        <Badge size="xs" variant="outline" color="gray">cached</Badge>
                      </Tooltip>
                    )}
                    {r.filled.map((f) => (
                      <Badge key={f} size="xs" variant="dot" tt="none">
                        +{f}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td maw={280}>
                  {r.error && (
                    <Text size="xs" c="red" lineClamp={2} title={r.error}>
                      {r.error}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {more > 0 && onMore && (
        <Group justify="center" mt="xs">
          <Button variant="subtle" size="xs" onClick={onMore}>
            Show {Math.min(more, 200)} more of {more}
          </Button>
        </Group>
      )}
    </>
  );
}
