import { Alert, Badge, Group, NumberInput, ScrollArea, Select, Stack, Table, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { CsvOverridesInput, ImportPreview } from '../../../../src-shared/contract/imports';

const encodings = [
  { value: 'utf-8', label: 'UTF-8' },
  { value: 'utf-16le', label: 'UTF-16 LE (Excel "Unicode text")' },
  { value: 'utf-16be', label: 'UTF-16 BE' },
  { value: 'windows-1252', label: 'Windows-1252 (Western, Excel)' },
  { value: 'iso-8859-1', label: 'ISO-8859-1 (Latin-1)' },
  { value: 'iso-8859-15', label: 'ISO-8859-15 (Latin-9)' },
  { value: 'macintosh', label: 'Mac Roman' },
];
const delimiters = [
  { value: ',', label: 'Comma ,' },
  { value: ';', label: 'Semicolon ;' },
  { value: '\t', label: 'Tab' },
  { value: '|', label: 'Pipe |' },
];
const formatNames: Record<string, string> = {
  apollo: 'Apollo export',
  hunter: 'Hunter export',
  linkedin_sales_navigator: 'LinkedIn Sales Navigator export',
  google_maps: 'Google-Maps scraper output',
  generic: 'Generic CSV',
};

/** The first rows as the import will read them, with what was detected, each overridable. */
export function PreviewStep(props: {
  preview: ImportPreview;
  overrides: CsvOverridesInput;
  onOverrides(o: CsvOverridesInput): void;
  loading: boolean;
}) {
  const { preview, overrides, onOverrides } = props;
  const { layout } = preview;
  return (
    <Stack gap="md">
      <Group align="flex-end" gap="md">
        <Select
          label="Encoding"
          data={
            encodings.some((e) => e.value === layout.encoding)
              ? encodings
              : [...encodings, { value: layout.encoding, label: layout.encoding }]
          }
          value={layout.encoding}
          onChange={(v) => v && onOverrides({ ...overrides, encoding: v as CsvOverridesInput['encoding'] })}
          allowDeselect={false}
          w={260}
        />
        <Select
          label="Delimiter"
          data={delimiters}
          value={layout.delimiter}
          onChange={(v) => v && onOverrides({ ...overrides, delimiter: v as CsvOverridesInput['delimiter'] })}
          allowDeselect={false}
          w={170}
        />
        <NumberInput
          label="Header row"
          description="0 = the file has no header row"
          min={0}
          max={1000}
          value={layout.headerRowIndex + 1}
          onChange={(v) => typeof v === 'number' && onOverrides({ ...overrides, headerRowIndex: v - 1 })}
          w={170}
        />
        <Stack gap={4}>
          <Badge variant="light" size="lg" data-testid="detected-format">
            {formatNames[preview.format] ?? preview.format}
          </Badge>
          {layout.confidence < 0.6 && (
            <Badge color="orange" variant="light">
              Layout unsure: check it
            </Badge>
          )}
        </Stack>
      </Group>
      {preview.warnings.length > 0 && (
        <Alert color="yellow" icon={<IconInfoCircle />} p="xs">
          {preview.warnings.map((w) => (
            <Text key={w} size="sm">
              {w}
            </Text>
          ))}
        </Alert>
      )}
      <ScrollArea h={340} type="auto" style={{ opacity: props.loading ? 0.5 : 1 }}>
        <Table striped withTableBorder withColumnBorders stickyHeader fz="xs" data-testid="preview-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Row</Table.Th>
              {preview.headers.map((h) => (
                <Table.Th key={h} style={{ whiteSpace: 'nowrap' }}>
                  {h}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.rows.slice(0, 12).map((row) => (
              <Table.Tr key={row.rowNumber}>
                <Table.Td c="dimmed">{row.rowNumber}</Table.Td>
                {row.values.map((v, i) => (
                  <Table.Td key={i} style={{ maxWidth: 220, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                    {v}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      {preview.failedRows.length > 0 && (
        <Text size="sm" c="orange">
          {preview.failedRows.length} of the first rows cannot be read (row {preview.failedRows.map((f) => f.rowNumber).join(', ')}): they
          will be in the error report.
        </Text>
      )}
    </Stack>
  );
}
