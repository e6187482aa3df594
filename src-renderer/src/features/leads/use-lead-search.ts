import type { ComboboxParsedItem } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { LeadChoice } from '../../../../src-shared/contract/templates';
import { useApiQuery } from '../../api/hooks';

export const leadChoiceLabel = (lead: LeadChoice) => [lead.companyName, lead.contactName, lead.email].filter(Boolean).join(' · ');

/** A lead picker's search: typed text, debounced, answered by the server 20 leads at a time. */
export function useLeadSearch() {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const query = useApiQuery('templates.searchLeads', { search: debounced });
  return {
    found: query.data ?? [],
    // Props every lead picker passes to its Mantine select: the server filters, the select shows.
    selectProps: {
      searchable: true,
      clearable: true,
      searchValue: search,
      onSearchChange: setSearch,
      filter: ({ options }: { options: ComboboxParsedItem[] }) => options,
      nothingFoundMessage: query.isFetching ? 'Searching…' : 'No lead matches',
    },
  };
}
