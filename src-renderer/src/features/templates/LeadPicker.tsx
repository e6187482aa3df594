import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useApiQuery } from '../../api/hooks';
import type { LeadChoice } from '../../../../src-shared/contract/templates';

function labelOf(lead: LeadChoice): string {
  return [lead.companyName, lead.contactName, lead.email].filter(Boolean).join(' · ');
}

/** Searches leads by company, contact or email on the server (20 at a time). */
export function LeadPicker({ value, onChange }: { value: string | null; onChange: (id: string | null) => void }) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [chosen, setChosen] = useState<LeadChoice | null>(null);
  const query = useApiQuery('templates.searchLeads', { search: debounced });
  const leads = query.data ?? [];
  const data = [...(chosen && !leads.some((l) => l.id === chosen.id) ? [chosen] : []), ...leads].map((lead) => ({
    value: lead.id,
    label: labelOf(lead),
  }));
  return (
    <Select
      label="Lead"
      placeholder="Search by company, contact or email"
      searchable
      clearable
      data={data}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={query.isFetching ? 'Searching…' : 'No lead matches'}
      onChange={(id) => {
        setChosen([...leads, ...(chosen ? [chosen] : [])].find((l) => l.id === id) ?? null);
        onChange(id);
      }}
      data-testid="preview-lead"
    />
  );
}
