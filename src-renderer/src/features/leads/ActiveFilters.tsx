import { Button, Group, Pill } from '@mantine/core';
import type { LeadFilter } from '../../../../src-shared/contract/leads';
import { leadStatusLabels, verificationStatusLabels } from '../../../../src-shared/domain/lead-values';
import { useApiQuery } from '../../api/hooks';
import { cleanFilter } from './FilterPanel';

type Key = keyof LeadFilter;

/** The active filters as removable pills under the toolbar. */
export function ActiveFilters({ filter, onChange }: { filter: LeadFilter; onChange(filter: LeadFilter): void }) {
  const needsNames = !!(filter.batchIds?.length || filter.campaignIds?.length || filter.notInCampaignIds?.length);
  const facets = useApiQuery('leads.facets', {}, { enabled: needsNames, staleTime: 60_000 });
  const nameOf = (id: string) => facets.data?.batches.find((b) => b.id === id)?.name ?? facets.data?.campaigns.find((c) => c.id === id)?.name ?? '…';
  const pills: Array<{ key: Key; label: string }> = [];
  const list = (key: Key, label: string, values: string[] | undefined, show: (v: string) => string = (v) => v) => {
    if (values?.length) pills.push({ key, label: `${label}: ${values.map(show).join(', ')}` });
  };
  list('statuses', 'Status', filter.statuses, (v) => leadStatusLabels[v as keyof typeof leadStatusLabels]);
  list('industries', 'Industry', filter.industries);
  list('countries', 'Country', filter.countries);
  list('cities', 'City', filter.cities);
  list('companySizes', 'Size', filter.companySizes);
  list('sources', 'Source', filter.sources);
  list('verificationStatuses', 'Verification', filter.verificationStatuses, (v) => verificationStatusLabels[v as keyof typeof verificationStatusLabels]);
  list('tags', filter.tagsMode === 'all' ? 'All tags' : 'Tags', filter.tags);
  list('tiers', 'Tier', filter.tiers);
  list('bookingPotentials', 'Booking potential', filter.bookingPotentials);
  list('batchIds', 'Import', filter.batchIds, nameOf);
  list('campaignIds', 'In campaign', filter.campaignIds, nameOf);
  list('notInCampaignIds', 'Not in campaign', filter.notInCampaignIds, nameOf);
  if (filter.scoreMin !== undefined || filter.scoreMax !== undefined) pills.push({ key: 'scoreMin', label: `Score ${filter.scoreMin ?? 0}–${filter.scoreMax ?? 100}` });
  for (const [key, label] of [['hasEmail', 'email'], ['hasPhone', 'phone'], ['hasWebsite', 'website']] as const) {
    if (filter[key] !== undefined) pills.push({ key, label: filter[key] ? `Has ${label}` : `No ${label}` });
  }
  if (filter.createdFrom || filter.createdTo) pills.push({ key: 'createdFrom', label: `Created ${filter.createdFrom ?? '…'} → ${filter.createdTo ?? '…'}` });
  if (filter.lastContactedFrom || filter.lastContactedTo) pills.push({ key: 'lastContactedFrom', label: `Contacted ${filter.lastContactedFrom ?? '…'} → ${filter.lastContactedTo ?? '…'}` });
  if (filter.neverContacted !== undefined) pills.push({ key: 'neverContacted', label: filter.neverContacted ? 'Never contacted' : 'Contacted' });
  if (!pills.length) return null;

  const remove = (key: Key) => {
    const next: LeadFilter = { ...filter, [key]: undefined };
    if (key === 'scoreMin') next.scoreMax = undefined;
    if (key === 'createdFrom') next.createdTo = undefined;
    if (key === 'lastContactedFrom') next.lastContactedTo = undefined;
    onChange(cleanFilter(next));
  };
  return (
    <Group gap={6} mb="sm" data-testid="active-filters">
      {pills.map((pill) => (
        <Pill key={pill.key} withRemoveButton onRemove={() => remove(pill.key)} size="md">
          {pill.label}
        </Pill>
      ))}
      <Button variant="subtle" size="compact-xs" color="gray" onClick={() => onChange(filter.search ? { search: filter.search } : {})}>
        Clear all
      </Button>
    </Group>
  );
}
