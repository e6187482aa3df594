import { Button, Chip, Divider, Drawer, Group, MultiSelect, RangeSlider, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import type { LeadFilter } from '../../../../src-shared/contract/leads';
import { leadStatusLabels, leadStatusValues, verificationStatusLabels, verificationStatusValues } from '../../../../src-shared/domain/lead-values';
import { useApiQuery } from '../../api/hooks';

type TriState = 'any' | 'yes' | 'no';
const toTri = (value: boolean | undefined): TriState => (value === undefined ? 'any' : value ? 'yes' : 'no');
const fromTri = (value: string): boolean | undefined => (value === 'any' ? undefined : value === 'yes');

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={6}>
      <Text size="xs" fw={700} tt="uppercase" c="dimmed" style={{ letterSpacing: '0.04em' }}>
        {title}
      </Text>
      {children}
    </Stack>
  );
}

/** Removes empty values so the filter (and a saved view) stays small and `{}` means "everything". */
export function cleanFilter(filter: LeadFilter): LeadFilter {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  if (!out.tags) delete out.tagsMode;
  return out as LeadFilter;
}

export function FilterPanel({ opened, onClose, filter, onChange }: { opened: boolean; onClose(): void; filter: LeadFilter; onChange(filter: LeadFilter): void }) {
  // Facets are counted over the whole table: only asked for when the panel opens.
  const facets = useApiQuery('leads.facets', {}, { enabled: opened, staleTime: 60_000 });
  const f = facets.data;
  const set = (patch: Partial<LeadFilter>) => onChange(cleanFilter({ ...filter, ...patch }));
  const options = (values: Array<{ value: string; count: number }> | undefined) => (values ?? []).map((v) => ({ value: v.value, label: `${v.value} (${v.count.toLocaleString()})` }));
  const withSelected = (list: Array<{ value: string; label: string }>, selected: string[] | undefined) => [
    ...list,
    ...(selected ?? []).filter((s) => !list.some((o) => o.value === s)).map((s) => ({ value: s, label: s })),
  ];

  return (
    <Drawer opened={opened} onClose={onClose} title={<Text fw={650}>Filters</Text>} position="right" size={400} data-testid="filter-panel">
      <Stack gap="lg">
        <Section title="Status">
          <Chip.Group multiple value={filter.statuses ?? []} onChange={(v) => set({ statuses: v as LeadFilter['statuses'] })}>
            <Group gap={6}>
              {leadStatusValues.map((s) => (
                <Chip key={s} value={s} size="xs" variant="light">
                  {leadStatusLabels[s]}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Section>
        <Section title="Company">
          <MultiSelect label="Industry" searchable clearable data={withSelected(options(f?.industries), filter.industries)} value={filter.industries ?? []} onChange={(v) => set({ industries: v })} />
          <MultiSelect label="Country" searchable clearable data={withSelected(options(f?.countries), filter.countries)} value={filter.countries ?? []} onChange={(v) => set({ countries: v })} />
          <MultiSelect label="City" searchable clearable data={withSelected(options(f?.cities), filter.cities)} value={filter.cities ?? []} onChange={(v) => set({ cities: v })} data-testid="filter-city" />
          <MultiSelect label="Company size" clearable data={withSelected(options(f?.companySizes), filter.companySizes)} value={filter.companySizes ?? []} onChange={(v) => set({ companySizes: v })} />
        </Section>
        <Section title="Source and quality">
          <MultiSelect label="Source" clearable data={withSelected(options(f?.sources), filter.sources)} value={filter.sources ?? []} onChange={(v) => set({ sources: v })} />
          <MultiSelect
            label="Verification"
            clearable
            data={verificationStatusValues.map((v) => ({ value: v, label: verificationStatusLabels[v] }))}
            value={filter.verificationStatuses ?? []}
            onChange={(v) => set({ verificationStatuses: v as LeadFilter['verificationStatuses'] })}
          />
          <div>
            <Text size="sm" fw={500} mb={4}>
              Quality score {filter.scoreMin ?? 0}–{filter.scoreMax ?? 100}
            </Text>
            <RangeSlider
              min={0}
              max={100}
              minRange={0}
              value={[filter.scoreMin ?? 0, filter.scoreMax ?? 100]}
              onChangeEnd={([min, max]) => set({ scoreMin: min > 0 ? min : undefined, scoreMax: max < 100 ? max : undefined })}
              marks={[{ value: 40, label: 'warm' }, { value: 70, label: 'hot' }]}
              mb="md"
            />
          </div>
          <Chip.Group multiple value={filter.tiers ?? []} onChange={(v) => set({ tiers: v as LeadFilter['tiers'] })}>
            <Group gap={6}>
              <Chip value="hot" size="xs" color="red" variant="light">Hot ≥ 70</Chip>
              <Chip value="warm" size="xs" color="orange" variant="light">Warm 40–69</Chip>
              <Chip value="cold" size="xs" color="gray" variant="light">Cold &lt; 40</Chip>
            </Group>
          </Chip.Group>
          <MultiSelect
            label="Booking potential"
            clearable
            data={[{ value: 'high', label: 'High' }, { value: 'medium', label: 'Medium' }, { value: 'low', label: 'Low' }, { value: 'unknown', label: 'Not assessed' }]}
            value={filter.bookingPotentials ?? []}
            onChange={(v) => set({ bookingPotentials: v as LeadFilter['bookingPotentials'] })}
          />
        </Section>
        <Section title="Contact details">
          {(['hasEmail', 'hasPhone', 'hasWebsite'] as const).map((key) => (
            <Group key={key} justify="space-between">
              <Text size="sm">{key === 'hasEmail' ? 'Email' : key === 'hasPhone' ? 'Phone' : 'Website'}</Text>
              <SegmentedControl size="xs" value={toTri(filter[key])} onChange={(v) => set({ [key]: fromTri(v) })} data={[{ value: 'any', label: 'Any' }, { value: 'yes', label: 'Has one' }, { value: 'no', label: 'Missing' }]} />
            </Group>
          ))}
        </Section>
        <Section title="Tags, imports and campaigns">
          <MultiSelect label="Tags" searchable clearable data={withSelected(options(f?.tags), filter.tags)} value={filter.tags ?? []} onChange={(v) => set({ tags: v })} />
          {(filter.tags?.length ?? 0) > 1 && (
            <SegmentedControl size="xs" value={filter.tagsMode ?? 'any'} onChange={(v) => set({ tagsMode: v as 'any' | 'all' })} data={[{ value: 'any', label: 'Any of these tags' }, { value: 'all', label: 'All of them' }]} />
          )}
          <MultiSelect label="Import batch" clearable data={(f?.batches ?? []).map((b) => ({ value: b.id, label: b.name }))} value={filter.batchIds ?? []} onChange={(v) => set({ batchIds: v })} />
          <MultiSelect label="In campaign" clearable data={(f?.campaigns ?? []).map((c) => ({ value: c.id, label: c.name }))} value={filter.campaignIds ?? []} onChange={(v) => set({ campaignIds: v })} />
          <MultiSelect label="Not in campaign" clearable data={(f?.campaigns ?? []).map((c) => ({ value: c.id, label: c.name }))} value={filter.notInCampaignIds ?? []} onChange={(v) => set({ notInCampaignIds: v })} />
        </Section>
        <Section title="Dates">
          <Group grow>
            <TextInput type="date" label="Created from" value={filter.createdFrom ?? ''} onChange={(e) => set({ createdFrom: e.currentTarget.value || undefined })} />
            <TextInput type="date" label="to" value={filter.createdTo ?? ''} onChange={(e) => set({ createdTo: e.currentTarget.value || undefined })} />
          </Group>
          <Group grow>
            <TextInput type="date" label="Last contacted from" value={filter.lastContactedFrom ?? ''} onChange={(e) => set({ lastContactedFrom: e.currentTarget.value || undefined })} />
            <TextInput type="date" label="to" value={filter.lastContactedTo ?? ''} onChange={(e) => set({ lastContactedTo: e.currentTarget.value || undefined })} />
          </Group>
          <Group justify="space-between">
            <Text size="sm">Contacted</Text>
            <SegmentedControl
              size="xs"
              value={filter.neverContacted === undefined ? 'any' : filter.neverContacted ? 'no' : 'yes'}
              onChange={(v) => set({ neverContacted: v === 'any' ? undefined : v === 'no' })}
              data={[{ value: 'any', label: 'Any' }, { value: 'yes', label: 'Contacted' }, { value: 'no', label: 'Never' }]}
            />
          </Group>
        </Section>
        <Divider />
        <Group justify="space-between">
          <Button variant="subtle" color="gray" onClick={() => onChange(filter.search ? { search: filter.search } : {})}>
            Clear filters
          </Button>
          <Button onClick={onClose}>Show leads</Button>
        </Group>
      </Stack>
    </Drawer>
  );
}
