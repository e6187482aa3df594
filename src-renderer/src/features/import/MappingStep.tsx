import { Badge, Group, ScrollArea, SegmentedControl, Select, Stack, Table, Text } from '@mantine/core';
import type { ImportPreview } from '../../../../src-shared/contract/imports';
import { leadFields, type ColumnTarget } from '../../../../src-shared/domain/lead-fields';

const targetOptions = [
  { group: 'Lead fields', items: leadFields.map((f) => ({ value: f.name, label: f.label + (f.required ? ' *' : '') })) },
  {
    group: 'Contact name parts',
    items: [
      { value: 'firstName', label: 'First name (joined into contact)' },
      { value: 'lastName', label: 'Last name (joined into contact)' },
    ],
  },
  {
    group: 'Not a field',
    items: [
      { value: 'custom', label: 'Keep in custom fields' },
      { value: 'ignore', label: 'Ignore' },
    ],
  },
];

/** Every column with its first values and where it goes; unmapped ones are kept as custom fields or ignored, by choice. */
export function MappingStep(props: {
  preview: ImportPreview;
  mapping: Record<string, ColumnTarget>;
  onMapping(m: Record<string, ColumnTarget>): void;
}) {
  const { preview, mapping, onMapping } = props;
  const unmapped = preview.headers.filter((h) => mapping[h] === 'custom' || mapping[h] === 'ignore');
  const unmappedChoice = unmapped.length > 0 && unmapped.every((h) => mapping[h] === 'ignore') ? 'ignore' : 'custom';
  const mappedCount = preview.headers.length - unmapped.length;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm">
          {mappedCount} of {preview.headers.length} columns go to lead fields.
          {preview.preset && (
            <Badge ml="xs" variant="light" color="teal" data-testid="preset-applied">
              Saved mapping “{preview.preset.name}” re-applied
            </Badge>
          )}
        </Text>
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            Other columns:
          </Text>
          <SegmentedControl
            size="xs"
            value={unmappedChoice}
            onChange={(value) => onMapping({ ...mapping, ...Object.fromEntries(unmapped.map((h) => [h, value as ColumnTarget])) })}
            data={[
              { value: 'custom', label: 'Keep as custom fields' },
              { value: 'ignore', label: 'Ignore' },
            ]}
          />
        </Group>
      </Group>
      <ScrollArea h={400} type="auto">
        <Table striped stickyHeader verticalSpacing={4} data-testid="mapping-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="28%">Column in the file</Table.Th>
              <Table.Th>First values</Table.Th>
              <Table.Th w={300}>Goes to</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.headers.map((header, index) => (
              <Table.Tr key={header}>
                <Table.Td fw={500}>{header}</Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {preview.rows
                      .map((r) => r.values[index])
                      .filter(Boolean)
                      .slice(0, 3)
                      .join(' · ') || '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Select
                    size="xs"
                    aria-label={`Field for ${header}`}
                    data={targetOptions}
                    value={mapping[header] ?? 'custom'}
                    onChange={(value) => value && onMapping({ ...mapping, [header]: value as ColumnTarget })}
                    allowDeselect={false}
                    searchable
                    comboboxProps={{ withinPortal: true }}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Stack>
  );
}
