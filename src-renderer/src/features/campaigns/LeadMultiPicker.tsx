import { MultiSelect } from '@mantine/core';
import { useState } from 'react';
import { leadChoiceLabel, useLeadSearch } from '../leads/use-lead-search';

/** Hand-picked leads: searched on the server by company, contact or email, 20 at a time. */
export function LeadMultiPicker({ value, onChange }: { value: string[]; onChange: (ids: string[]) => void }) {
  const { found, selectProps } = useLeadSearch();
  // Labels of leads chosen from earlier searches, so they stay readable once the search moves on.
  const [known, setKnown] = useState<Map<string, string>>(new Map());
  const labels = new Map(known);
  for (const lead of found) labels.set(lead.id, leadChoiceLabel(lead));
  const data = [...new Set([...value, ...found.map((l) => l.id)])].map((id) => ({ value: id, label: labels.get(id) ?? `Lead ${id.slice(0, 8)}` }));
  return (
    <MultiSelect
      label="Leads"
      description="Search by company, contact or email and pick as many as you like."
      placeholder={value.length ? undefined : 'Search leads'}
      {...selectProps}
      data={data}
      value={value}
      onChange={(ids) => {
        setKnown(new Map([...known, ...found.filter((l) => ids.includes(l.id)).map((l) => [l.id, leadChoiceLabel(l)] as const)]));
        onChange(ids);
      }}
      data-testid="audience-picked"
    />
  );
}
