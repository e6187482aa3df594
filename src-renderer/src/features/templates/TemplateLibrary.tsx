import { ActionIcon, Badge, Button, Card, Group, SegmentedControl, Select, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCopy, IconPencil, IconPlus, IconSearch, IconStarFilled } from '@tabler/icons-react';
import { useState } from 'react';
import { useLocation } from 'wouter';
import {
  TEMPLATE_CATEGORIES,
  TEMPLATE_CATEGORY_LABELS,
  type TemplateCategoryName,
} from '../../../../src-shared/domain/template-categories';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ConfirmDelete } from './ConfirmAction';

const categoryOptions = TEMPLATE_CATEGORIES.map((value) => ({ value, label: TEMPLATE_CATEGORY_LABELS[value] }));

export function TemplateLibrary() {
  const [, navigate] = useLocation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [category, setCategory] = useState<TemplateCategoryName | null>(null);
  const [industry, setIndustry] = useState<string | null>(null);
  const [stage, setStage] = useState<string | null>(null);
  const [active, setActive] = useState<'all' | 'active' | 'inactive'>('all');
  const list = useApiQuery(
    'templates.list',
    {
      ...(debounced ? { search: debounced } : {}),
      ...(category ? { category } : {}),
      ...(industry ? { industry } : {}),
      ...(stage ? { followUpStage: stage } : {}),
      ...(active === 'all' ? {} : { isActive: active === 'active' }),
    },
    { placeholderData: (previous) => previous },
  );
  const duplicate = useApiMutation('templates.duplicate', {
    invalidates: ['templates.'],
    onSuccess: (copy) => navigate(`/edit/${copy.id}`),
  });
  const remove = useApiMutation('templates.delete', { invalidates: ['templates.'] });
  const items = list.data?.items ?? [];

  return (
    <Card withBorder padding="md">
      <Group justify="space-between" mb="md" wrap="wrap">
        <Group gap="xs" wrap="wrap">
          <TextInput
            leftSection={<IconSearch size={16} />}
            placeholder="Search name, subject, text"
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            w={240}
            data-testid="template-search"
          />
          <Select
            placeholder="Category"
            clearable
            data={categoryOptions}
            value={category}
            onChange={(v) => setCategory(v as TemplateCategoryName | null)}
            w={170}
          />
          <Select placeholder="Industry" clearable data={list.data?.industries ?? []} value={industry} onChange={setIndustry} w={160} />
          <Select
            placeholder="Follow-up stage"
            clearable
            data={list.data?.followUpStages ?? []}
            value={stage}
            onChange={setStage}
            w={160}
          />
          <SegmentedControl
            size="xs"
            value={active}
            onChange={(v) => setActive(v as typeof active)}
            data={[
              { value: 'all', label: 'All' },
              { value: 'active', label: 'Active' },
              { value: 'inactive', label: 'Inactive' },
            ]}
          />
        </Group>
        <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/edit/new')} data-testid="new-template">
          New template
        </Button>
      </Group>
      <Table highlightOnHover verticalSpacing="xs" data-testid="template-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Category</Table.Th>
            <Table.Th>Industry · stage</Table.Th>
            <Table.Th>Variables</Table.Th>
            <Table.Th ta="right">Used</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((t) => (
            <Table.Tr key={t.id} style={{ cursor: 'pointer', opacity: t.isActive ? 1 : 0.55 }} onClick={() => navigate(`/edit/${t.id}`)}>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  {t.isDefault && (
                    <Tooltip label={`Default ${TEMPLATE_CATEGORY_LABELS[t.category].toLowerCase()} template`}>
                      <IconStarFilled size={14} color="var(--mantine-color-yellow-6)" aria-label="Default" />
                    </Tooltip>
                  )}
                  <div>
                    <Text size="sm" fw={500}>
                      {t.name}
                    </Text>
                    <Text size="xs" c="dimmed" lineClamp={1}>
                      {t.subject}
                    </Text>
                  </div>
                </Group>
              </Table.Td>
              <Table.Td>
                <Badge variant="light">{TEMPLATE_CATEGORY_LABELS[t.category]}</Badge>
                {!t.isActive && (
                  <Badge variant="outline" color="gray" ml={4}>
                    Inactive
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {[t.industry, t.followUpStage].filter(Boolean).join(' · ') || '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed" lineClamp={1} maw={220}>
                  {t.variables.join(', ') || '—'}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{t.usageCount}</Table.Td>
              <Table.Td onClick={(e) => e.stopPropagation()}>
                <Group gap={2} justify="flex-end" wrap="nowrap">
                  <Tooltip label="Edit">
                    <ActionIcon variant="subtle" aria-label={`Edit ${t.name}`} onClick={() => navigate(`/edit/${t.id}`)}>
                      <IconPencil size={16} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label="Duplicate">
                    <ActionIcon variant="subtle" aria-label={`Duplicate ${t.name}`} onClick={() => duplicate.mutate({ id: t.id })}>
                      <IconCopy size={16} />
                    </ActionIcon>
                  </Tooltip>
                  <ConfirmDelete
                    label={`Delete ${t.name}`}
                    question={`Delete “${t.name}”? Sequence steps taken from it keep their wording.`}
                    onConfirm={() => remove.mutateAsync({ id: t.id })}
                  />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {list.data && items.length === 0 && (
        <Text c="dimmed" ta="center" py="xl">
          No template matches these filters.
        </Text>
      )}
    </Card>
  );
}
