import { ActionIcon, Badge, Button, Card, Group, Modal, Stack, Switch, Table, Text, TextInput, Textarea, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { CustomVariableRow } from '../../../../src-shared/contract/custom-variables';
import { ApiError } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { showApiError, showSaved } from '../../components/notify';
import { ConfirmDelete } from './ConfirmAction';

type Draft = {
  id?: string;
  key: string;
  label: string;
  value: string;
  category: string;
  description: string;
  defaultValue: string;
  isActive: boolean;
};
const emptyDraft: Draft = { key: '', label: '', value: '', category: '', description: '', defaultValue: '', isActive: true };

export function CustomVariablesPanel() {
  const list = useApiQuery('customVariables.list', {});
  const [draft, setDraft] = useState<Draft | null>(null);
  const remove = useApiMutation('customVariables.delete', { invalidates: ['customVariables.', 'templates.'] });
  return (
    <Card withBorder padding="md">
      <Group justify="space-between" mb="md">
        <Text size="sm" c="dimmed" maw={640}>
          Your own values for templates: a calendar link, an offer, a line per segment. A value may itself use lead fields, e.g.{' '}
          <code>{'{{city}} area'}</code>; when it comes out empty the default value is used.
        </Text>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setDraft(emptyDraft)} data-testid="new-variable">
          New variable
        </Button>
      </Group>
      <Table verticalSpacing="xs" highlightOnHover data-testid="variables-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Variable</Table.Th>
            <Table.Th>Value</Table.Th>
            <Table.Th>Default</Table.Th>
            <Table.Th>Category</Table.Th>
            <Table.Th ta="right">Templates</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(list.data ?? []).map((v) => (
            <Table.Tr key={v.id} style={{ opacity: v.isActive ? 1 : 0.55 }}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {v.label}
                </Text>
                <Text size="xs" c="dimmed" ff="monospace">{`{{${v.key}}}`}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2} maw={320}>
                  {v.value}
                </Text>
              </Table.Td>
              <Table.Td>{v.defaultValue ?? '—'}</Table.Td>
              <Table.Td>{v.category ? <Badge variant="light">{v.category}</Badge> : '—'}</Table.Td>
              <Table.Td ta="right">{v.usageCount}</Table.Td>
              <Table.Td>
                <Group gap={2} justify="flex-end" wrap="nowrap">
                  <Tooltip label="Edit">
                    <ActionIcon variant="subtle" aria-label={`Edit ${v.key}`} onClick={() => setDraft(draftOf(v))}>
                      <IconPencil size={16} />
                    </ActionIcon>
                  </Tooltip>
                  <ConfirmDelete
                    label={`Delete ${v.key}`}
                    question={`Delete {{${v.key}}}? Templates that use it will show it as unknown.`}
                    onConfirm={() => remove.mutateAsync({ id: v.id })}
                  />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {list.data?.length === 0 && (
        <Text c="dimmed" ta="center" py="lg">
          No custom variables yet.
        </Text>
      )}
      {draft && <VariableForm draft={draft} onClose={() => setDraft(null)} />}
    </Card>
  );
}

function draftOf(v: CustomVariableRow): Draft {
  return {
    id: v.id,
    key: v.key,
    label: v.label,
    value: v.value,
    category: v.category ?? '',
    description: v.description ?? '',
    defaultValue: v.defaultValue ?? '',
    isActive: v.isActive,
  };
}

function VariableForm({ draft, onClose }: { draft: Draft; onClose: () => void }) {
  const [form, setForm] = useState(draft);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const options = {
    invalidates: ['customVariables.', 'templates.'],
    onSuccess: () => {
      showSaved(`{{${form.key}}} is saved.`);
      onClose();
    },
    onError: (error: ApiError) => {
      setErrors(Object.fromEntries(Object.entries(error.fieldErrors).map(([k, m]) => [k, m.join(', ')])));
      showApiError(error, 'The variable was not saved');
    },
  };
  const create = useApiMutation('customVariables.create', options);
  const update = useApiMutation('customVariables.update', options);
  const set = (key: keyof Draft) => (e: { currentTarget: { value: string } }) => setForm({ ...form, [key]: e.currentTarget.value });
  function save() {
    setErrors({});
    const { id, ...fields } = form;
    if (id) update.mutate({ id, ...fields });
    else create.mutate(fields);
  }
  return (
    <Modal opened onClose={onClose} title={form.id ? 'Edit variable' : 'New variable'} size="lg">
      <Stack gap="sm">
        <Group grow align="flex-start">
          <TextInput
            label="Key"
            description="Used as {{key}} in templates"
            required
            value={form.key}
            onChange={set('key')}
            error={errors.key}
            data-testid="variable-key"
          />
          <TextInput label="Label" required value={form.label} onChange={set('label')} error={errors.label} data-testid="variable-label" />
        </Group>
        <Textarea
          label="Value"
          autosize
          minRows={2}
          value={form.value}
          onChange={set('value')}
          error={errors.value}
          data-testid="variable-value"
        />
        <Group grow align="flex-start">
          <TextInput
            label="Default value"
            description="When the value comes out empty for a lead"
            value={form.defaultValue}
            onChange={set('defaultValue')}
            error={errors.defaultValue}
          />
          <TextInput label="Category" placeholder="lead, company, link, custom" value={form.category} onChange={set('category')} />
        </Group>
        <Textarea label="Description" autosize minRows={1} value={form.description} onChange={set('description')} />
        <Switch label="Active" checked={form.isActive} onChange={(e) => setForm({ ...form, isActive: e.currentTarget.checked })} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={save} loading={create.isPending || update.isPending} data-testid="save-variable">
            Save variable
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
