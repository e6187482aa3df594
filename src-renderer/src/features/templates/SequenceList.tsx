import { Badge, Button, Card, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ConfirmDelete } from './ConfirmAction';

export function SequenceList() {
  const [, navigate] = useLocation();
  const list = useApiQuery('sequences.list', {});
  const remove = useApiMutation('sequences.delete', { invalidates: ['sequences.'] });
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const create = useApiMutation('sequences.create', { invalidates: ['sequences.'], onSuccess: (s) => navigate(`/sequences/${s.id}`) });
  return (
    <Card withBorder padding="md">
      <Group justify="space-between" mb="md">
        <Text size="sm" c="dimmed" maw={640}>
          A sequence is a first email and its follow-ups, each a few days after the previous one. Campaigns send them in order and stop when
          a lead replies.
        </Text>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setNaming(true)} data-testid="new-sequence">
          New sequence
        </Button>
      </Group>
      <Table verticalSpacing="sm" highlightOnHover data-testid="sequence-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Sequence</Table.Th>
            <Table.Th>Timeline</Table.Th>
            <Table.Th ta="right">Steps</Table.Th>
            <Table.Th ta="right">Used</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(list.data ?? []).map((s) => (
            <Table.Tr
              key={s.id}
              style={{ cursor: 'pointer', opacity: s.isActive ? 1 : 0.55 }}
              onClick={() => navigate(`/sequences/${s.id}`)}
            >
              <Table.Td>
                <Text size="sm" fw={500}>
                  {s.name}
                </Text>
                <Group gap={4}>
                  {s.industry && (
                    <Badge variant="light" size="xs">
                      {s.industry}
                    </Badge>
                  )}
                  {s.country && (
                    <Badge variant="light" size="xs" color="grape">
                      {s.country}
                    </Badge>
                  )}
                  {!s.isActive && (
                    <Badge variant="outline" size="xs" color="gray">
                      Inactive
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  {s.timeline || 'No steps yet'}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{s.stepsCount}</Table.Td>
              <Table.Td ta="right">{s.usageCount}</Table.Td>
              <Table.Td onClick={(e) => e.stopPropagation()}>
                <ConfirmDelete
                  label={`Delete ${s.name}`}
                  question={`Delete “${s.name}” and its steps?`}
                  onConfirm={() => remove.mutateAsync({ id: s.id })}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Modal opened={naming} onClose={() => setNaming(false)} title="New sequence">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            create.mutate({ name });
          }}
        >
          <Stack>
            <TextInput
              label="Name"
              required
              autoFocus
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              data-testid="sequence-name-new"
            />
            <Group justify="flex-end">
              <Button type="submit" loading={create.isPending} data-testid="create-sequence">
                Create and add steps
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Card>
  );
}
