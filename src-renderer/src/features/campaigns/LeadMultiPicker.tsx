import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { LeadChoice } from '../../../../src-shared/contract/templates';
import { useApiQuery } from '../../api/hooks';

const labelOf = (lead: LeadChoice) => [lead.companyName, lead.contactName, lead.email].filter(Boolean).join(' · ');

/** Hand-picked leads: searched on the server by company, contact or email, 20 at a time. */
export function LeadMultiPicker({ value, onChange }: { value: string[]; onChange: (ids: string[]) => void }) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  // Labels of leads chosen from earlier searches, so they stay readable once the search moves on.
  const [known, setKnown] = useState<Map<string, string>>(new Map());
  const query = useApiQuery('templates.searchLeads', { search: debounced });
  const found = query.data ?? [];
  const labels = new Map(known);
  for (const lead of found) labels.set(lead.id, labelOf(lead));
  const data = [...new Set([...value, ...found.map((l) => l.id)])].map((id) => ({
    value: id,
    label: labels.get(id) ?? `Lead ${id.slice(0, 8)}`,
  }));
  return (
    <MultiSelect
      label="Leads"
      description="Search by company, contact or email and pick as many as you like."
      placeholder={value.length ? undefined : 'Search leads'}
      searchable
      clearable
      data={data}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={query.isFetching ? 'Searching…' : 'No lead matches'}
      onChange={(ids) => {
        setKnown(new Map([...known, ...found.filter((l) => ids.includes(l.id)).map((l) => [l.id, labelOf(l)] as const)]));
        onChange(ids);
      }}
      data-testid="audience-picked"
    />
  );
}
