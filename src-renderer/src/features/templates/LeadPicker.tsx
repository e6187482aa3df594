import { Select } from '@mantine/core';
import { useState } from 'react';
import type { LeadChoice } from '../../../../src-shared/contract/templates';
import { leadChoiceLabel, useLeadSearch } from '../leads/use-lead-search';

/** Searches leads by company, contact or email on the server (20 at a time). */
export function LeadPicker({ value, onChange }: { value: string | null; onChange: (id: string | null) => void }) {
  const { found, selectProps } = useLeadSearch();
  const [chosen, setChosen] = useState<LeadChoice | null>(null);
  const data = [...(chosen && !found.some((l) => l.id === chosen.id) ? [chosen] : []), ...found].map((lead) => ({
    value: lead.id,
    label: leadChoiceLabel(lead),
  }));
  return (
    <Select
      label="Lead"
      placeholder="Search by company, contact or email"
      {...selectProps}
      data={data}
      value={value}
      onChange={(id) => {
        setChosen([...found, ...(chosen ? [chosen] : [])].find((l) => l.id === id) ?? null);
        onChange(id);
      }}
      data-testid="preview-lead"
    />
  );
}
