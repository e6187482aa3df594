import { Select } from '@mantine/core';
import { IconBraces } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { VariableOption } from '../../../../src-shared/contract/templates';

const groupLabels: Record<VariableOption['group'], string> = {
  lead: 'Lead',
  sender: 'Sender (from the sending account)',
  'custom variable': 'Custom variables',
  'custom field': 'Imported columns',
};

/** A searchable list of every variable; picking one inserts {{name}} where the cursor was. */
export function VariablePicker({ options, onPick }: { options: VariableOption[]; onPick: (name: string) => void }) {
  const [value, setValue] = useState<string | null>(null);
  const data = useMemo(
    () =>
      (Object.keys(groupLabels) as VariableOption['group'][])
        .map((group) => ({
          group: groupLabels[group],
          items: options.filter((o) => o.group === group).map((o) => ({ value: o.name, label: `${o.label}  {{${o.name}}}` })),
        }))
        .filter((group) => group.items.length > 0),
    [options],
  );
  return (
    <Select
      aria-label="Insert a variable"
      placeholder="Insert a variable…"
      leftSection={<IconBraces size={16} />}
      searchable
      data={data}
      value={value}
      maxDropdownHeight={320}
      w={260}
      size="xs"
      data-testid="variable-picker"
      // Keep the editor's selection: the picker must not steal the cursor position before inserting.
      onChange={(name) => {
        if (name) onPick(name);
        setValue(null);
      }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
