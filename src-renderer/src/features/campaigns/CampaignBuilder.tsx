import {
  Alert,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Radio,
  SegmentedControl,
  Select,
  Stack,
  Stepper,
  Switch,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { useLocation } from 'wouter';
import type { CampaignSettingsInput } from '../../../../src-shared/contract/campaigns';
import type { LeadFilter } from '../../../../src-shared/contract/leads';
import { leadStatusValues } from '../../../../src-shared/domain/lead-values';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { LeadMultiPicker } from './LeadMultiPicker';

const DAYS = [
  { value: '1', label: 'Mon' },
  { value: '2', label: 'Tue' },
  { value: '3', label: 'Wed' },
  { value: '4', label: 'Thu' },
  { value: '5', label: 'Fri' },
  { value: '6', label: 'Sat' },
  { value: '0', label: 'Sun' },
];
const SCHEDULES = [
  { value: 'immediate', label: 'Immediately, then every day' },
  { value: 'scheduled', label: 'From a date and time' },
  { value: 'daily', label: 'Daily at a time' },
  { value: 'weekly', label: 'Weekly on chosen days' },
  { value: 'custom', label: 'Custom (cron)' },
  { value: 'manual', label: 'By hand: I enrol each batch' },
];
const localZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

type Form = Required<Pick<CampaignSettingsInput, 'name'>> & CampaignSettingsInput;
const blank: Form = {
  name: '',
  description: null,
  campaignType: 'automated',
  audienceKind: 'filter',
  audienceFilter: {},
  excludeActiveElsewhere: true,
  emailTemplateId: null,
  workflowId: null,
  followUpEnabled: true,
  followUp1DelayDays: 3,
  followUp2DelayDays: 5,
  accountIds: [],
  leadsPerDay: 50,
  scheduleType: 'immediate',
  scheduleTime: '09:00',
  scheduleDays: [1, 2, 3, 4, 5],
  scheduleCron: null,
  windowDays: [1, 2, 3, 4, 5],
  windowStart: '09:00',
  windowEnd: '17:00',
  timeZoneMode: 'recipient',
  timeZone: localZone,
};

/** An ISO instant as a datetime-local input shows it, in the user's own time. */
function localInputValue(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}
const fromLocalInput = (value: string) => (value ? new Date(value).toISOString() : null);

/** The builder: Basics, Audience, Content, Sending; saving leads to the campaign page's Review and Launch. */
export function CampaignBuilder({ id }: { id: string | null }) {
  const existing = useApiQuery('campaigns.get', { id: id ?? '' }, { enabled: id !== null });
  if (id !== null && !existing.data) return null;
  return <BuilderForm key={id ?? 'new'} id={id} initial={existing.data ? { ...blank, ...existing.data.settings } : blank} />;
}

function BuilderForm({ id, initial }: { id: string | null; initial: Form }) {
  const [, navigate] = useLocation();
  const [step, setStep] = useState(0);
  const [form, setForm] = useState<Form>(initial);
  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));
  const facets = useApiQuery('leads.facets', {});
  const templates = useApiQuery('templates.list', {});
  const sequences = useApiQuery('sequences.list', {});
  const accounts = useApiQuery('smtp.list', {});
  const preview = useApiQuery('campaigns.previewAudience', {
    audienceKind: form.audienceKind,
    audienceFilter: form.audienceFilter,
    audienceLeadIds: form.audienceLeadIds ?? [],
    batchId: form.batchId ?? null,
    excludeActiveElsewhere: form.excludeActiveElsewhere,
  });
  const create = useApiMutation('campaigns.create', { invalidates: ['campaigns.'], onSuccess: (c) => navigate(`/${c.id}`) });
  const update = useApiMutation('campaigns.update', { invalidates: ['campaigns.'], onSuccess: (c) => navigate(`/${c.id}`) });
  // A new campaign starts from the default first-contact template until the user picks another.
  const [pickedTemplate, setPickedTemplate] = useState(false);
  const defaultTemplate = templates.data?.items.find((t) => t.isDefault && t.category === 'initial_outreach')?.id;
  const withDefault = (f: Form): Form =>
    id === null && !pickedTemplate && !f.emailTemplateId && !f.workflowId && defaultTemplate ? { ...f, emailTemplateId: defaultTemplate } : f;
  const save = () => (id ? update.mutate({ id, settings: form }) : create.mutate(withDefault(form)));
  const filter = form.audienceFilter ?? {};
  // Empty choices are left out, so the filter stays what the user set and nothing more.
  const setFilter = (patch: Partial<LeadFilter>) => {
    const next: Record<string, unknown> = { ...filter, ...patch };
    for (const [k, v] of Object.entries(next)) if (v === undefined || (Array.isArray(v) && v.length === 0)) delete next[k];
    set({ audienceFilter: next as LeadFilter });
  };
  const options = (values: Array<{ value: string; count: number }> | undefined) => (values ?? []).map((v) => ({ value: v.value, label: `${v.value} (${v.count})` }));

  return (
    <>
      <PageHeader title={id ? 'Edit campaign' : 'New campaign'} description="Who to write to, what to send, and when. Review and launch on the next page." />
      <Stepper active={step} onStepClick={setStep} size="sm" mb="lg">
        <Stepper.Step label="Basics">
          <Stack maw={560}>
            <TextInput label="Name" required value={form.name} onChange={(e) => set({ name: e.currentTarget.value })} data-testid="campaign-name" />
            <Textarea label="Description" value={form.description ?? ''} onChange={(e) => set({ description: e.currentTarget.value || null })} />
            <Radio.Group
              label="Sending"
              value={form.campaignType ?? 'automated'}
              onChange={(v) => set({ campaignType: v as 'automated' | 'manual' })}
            >
              <Stack gap="xs" mt={4}>
                <Radio value="automated" label="Automated: emails go out on schedule without asking" data-testid="campaign-type-automated" />
                <Radio
                  value="manual"
                  label="Manual: each email is written and waits for me to review, edit and approve it"
                  data-testid="campaign-type-manual"
                />
              </Stack>
            </Radio.Group>
          </Stack>
        </Stepper.Step>
        <Stepper.Step label="Audience">
          <Stack maw={720}>
            <SegmentedControl
              value={form.audienceKind ?? 'filter'}
              onChange={(v) => set({ audienceKind: v as 'filter' | 'batch' | 'picked' })}
              data={[
                { value: 'filter', label: 'Leads matching a filter' },
                { value: 'picked', label: 'Leads I pick' },
                { value: 'batch', label: 'An import batch' },
              ]}
            />
            {form.audienceKind === 'picked' ? (
              <LeadMultiPicker value={form.audienceLeadIds ?? []} onChange={(ids) => set({ audienceLeadIds: ids })} />
            ) : form.audienceKind === 'batch' ? (
              <Select
                label="Import batch"
                data={(facets.data?.batches ?? []).map((b) => ({ value: b.id, label: b.name }))}
                value={form.batchId ?? null}
                onChange={(v) => set({ batchId: v })}
              />
            ) : (
              <>
                <Group grow align="flex-start">
                  <MultiSelect label="Industries" searchable data={options(facets.data?.industries)} value={filter.industries ?? []} onChange={(v) => setFilter({ industries: v })} data-testid="audience-industries" />
                  <MultiSelect label="Countries" searchable data={options(facets.data?.countries)} value={filter.countries ?? []} onChange={(v) => setFilter({ countries: v })} />
                  <MultiSelect label="Cities" searchable data={options(facets.data?.cities)} value={filter.cities ?? []} onChange={(v) => setFilter({ cities: v })} />
                </Group>
                <Group grow align="flex-start">
                  <MultiSelect
                    label="Status"
                    data={leadStatusValues.map((v) => ({ value: v, label: v.replace(/_/g, ' ') }))}
                    value={filter.statuses ?? []}
                    onChange={(v) => setFilter({ statuses: v as LeadFilter['statuses'] })}
                    data-testid="audience-statuses"
                  />
                  <MultiSelect label="Company size" data={options(facets.data?.companySizes)} value={filter.companySizes ?? []} onChange={(v) => setFilter({ companySizes: v })} />
                  <NumberInput
                    label="Minimum quality score"
                    min={0}
                    max={100}
                    value={filter.scoreMin ?? ''}
                    onChange={(v) => setFilter({ scoreMin: v === '' ? undefined : Number(v) })}
                    data-testid="audience-score-min"
                  />
                </Group>
                <Group grow align="flex-end">
                  <MultiSelect label="Tags" searchable data={options(facets.data?.tags)} value={filter.tags ?? []} onChange={(v) => setFilter({ tags: v })} />
                  <SegmentedControl
                    value={filter.tagsMode ?? 'any'}
                    onChange={(v) => setFilter({ tagsMode: v as 'any' | 'all' })}
                    data={[
                      { value: 'any', label: 'Any of the tags' },
                      { value: 'all', label: 'All of them' },
                    ]}
                  />
                </Group>
              </>
            )}
            <Switch label="Leave out leads already in another running campaign" checked={form.excludeActiveElsewhere ?? true} onChange={(e) => set({ excludeActiveElsewhere: e.currentTarget.checked })} />
            {preview.data && (
              <Alert color="blue" variant="light" data-testid="audience-count">
                <Text fw={600}>
                  {preview.data.count} lead{preview.data.count === 1 ? '' : 's'} will receive this campaign.
                </Text>
                <Text size="sm">
                  Left out: {preview.data.excluded.noEmail} without an email, {preview.data.excluded.doNotContact} on the do-not-contact list,{' '}
                  {preview.data.excluded.invalid} invalid or already answered, {preview.data.excluded.activeElsewhere} in another campaign.
                </Text>
                {preview.data.sample.length > 0 && (
                  <Text size="sm" c="dimmed">
                    For example: {preview.data.sample.slice(0, 5).map((l) => l.companyName).join(', ')}
                  </Text>
                )}
              </Alert>
            )}
          </Stack>
        </Stepper.Step>
        <Stepper.Step label="Content">
          <Stack maw={560}>
            <Select
              label="Template"
              description="The first email; follow-ups reply in its thread."
              data={(templates.data?.items ?? []).map((t) => ({ value: t.id, label: t.isDefault ? `${t.name} (default for ${t.category.replace(/_/g, ' ')})` : t.name }))}
              value={form.emailTemplateId ?? (id === null && !form.workflowId && !pickedTemplate ? defaultTemplate ?? null : null)}
              onChange={(v) => (setPickedTemplate(true), set({ emailTemplateId: v, workflowId: v ? null : form.workflowId }))}
              clearable
              data-testid="campaign-template"
            />
            <Select
              label="…or a sequence"
              data={(sequences.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
              value={form.workflowId ?? null}
              onChange={(v) => set({ workflowId: v, emailTemplateId: v ? null : form.emailTemplateId })}
              clearable
            />
            {!form.workflowId && (
              <>
                <Switch label="Send two follow-ups" checked={form.followUpEnabled ?? true} onChange={(e) => set({ followUpEnabled: e.currentTarget.checked })} />
                {form.followUpEnabled && (
                  <Group grow>
                    <NumberInput label="First follow-up after (days)" min={1} max={60} value={form.followUp1DelayDays ?? 3} onChange={(v) => set({ followUp1DelayDays: Number(v) || 3 })} />
                    <NumberInput label="Second follow-up after (days)" min={1} max={60} value={form.followUp2DelayDays ?? 5} onChange={(v) => set({ followUp2DelayDays: Number(v) || 5 })} />
                  </Group>
                )}
              </>
            )}
          </Stack>
        </Stepper.Step>
        <Stepper.Step label="Sending">
          <Stack maw={720}>
            <MultiSelect
              label="Sending accounts"
              description="Rotated among the selected ones; none selected means every active account."
              data={(accounts.data ?? []).map((a) => ({ value: a.id, label: `${a.providerName} <${a.fromEmail}>` }))}
              value={form.accountIds ?? []}
              onChange={(v) => set({ accountIds: v })}
              data-testid="campaign-accounts"
            />
            <Group grow align="flex-start">
              <NumberInput label="New leads a day" min={1} max={10000} value={form.leadsPerDay ?? 50} onChange={(v) => set({ leadsPerDay: Number(v) || 50 })} data-testid="leads-per-day" />
              <Select label="Schedule" data={SCHEDULES} value={form.scheduleType ?? 'immediate'} onChange={(v) => set({ scheduleType: (v ?? 'immediate') as Form['scheduleType'] })} allowDeselect={false} />
            </Group>
            {(form.scheduleType === 'daily' || form.scheduleType === 'weekly') && (
              <TextInput label="At (HH:MM)" value={form.scheduleTime ?? ''} onChange={(e) => set({ scheduleTime: e.currentTarget.value || null })} />
            )}
            {form.scheduleType === 'weekly' && (
              <Checkbox.Group label="On" value={(form.scheduleDays ?? []).map(String)} onChange={(v) => set({ scheduleDays: v.map(Number) })}>
                <Group>{DAYS.map((d) => <Checkbox key={d.value} value={d.value} label={d.label} />)}</Group>
              </Checkbox.Group>
            )}
            {form.scheduleType === 'custom' && (
              <TextInput label="Cron expression" placeholder="0 9 * * 1-5" value={form.scheduleCron ?? ''} onChange={(e) => set({ scheduleCron: e.currentTarget.value || null })} />
            )}
            <Group grow align="flex-start">
              <TextInput
                type="datetime-local"
                label={form.scheduleType === 'scheduled' ? 'Start' : 'Start (optional)'}
                description={form.scheduleType === 'scheduled' ? 'The first run, your time.' : 'Nobody is enrolled before this, your time.'}
                value={localInputValue(form.startDate)}
                onChange={(e) => set({ startDate: fromLocalInput(e.currentTarget.value) })}
                data-testid="campaign-start"
              />
              <TextInput
                type="datetime-local"
                label="End (optional)"
                description="No new leads after this; those in the sequence get their follow-ups."
                value={localInputValue(form.endDate)}
                onChange={(e) => set({ endDate: fromLocalInput(e.currentTarget.value) })}
                data-testid="campaign-end"
              />
            </Group>
            <Checkbox.Group label="Sending days" value={(form.windowDays ?? []).map(String)} onChange={(v) => set({ windowDays: v.map(Number) })}>
              <Group>{DAYS.map((d) => <Checkbox key={d.value} value={d.value} label={d.label} />)}</Group>
            </Checkbox.Group>
            <Group grow>
              <TextInput label="From (HH:MM)" value={form.windowStart ?? ''} onChange={(e) => set({ windowStart: e.currentTarget.value })} />
              <TextInput label="Until (HH:MM)" value={form.windowEnd ?? ''} onChange={(e) => set({ windowEnd: e.currentTarget.value })} />
            </Group>
            <SegmentedControl
              value={form.timeZoneMode ?? 'recipient'}
              onChange={(v) => set({ timeZoneMode: v as 'fixed' | 'recipient' })}
              data={[
                { value: 'recipient', label: "Each recipient's local time" },
                { value: 'fixed', label: 'One time zone' },
              ]}
            />
            <TextInput label="Time zone (IANA)" description="Days and daily limits are counted here." value={form.timeZone ?? ''} onChange={(e) => set({ timeZone: e.currentTarget.value })} />
          </Stack>
        </Stepper.Step>
      </Stepper>
      <Group>
        {step > 0 && (
          <Button variant="default" onClick={() => setStep(step - 1)}>
            Back
          </Button>
        )}
        {step < 3 && (
          <Button variant="light" onClick={() => setStep(step + 1)} data-testid="builder-next">
            Next
          </Button>
        )}
        <Button onClick={save} loading={create.isPending || update.isPending} disabled={!form.name.trim()} data-testid="builder-save">
          Save and review
        </Button>
      </Group>
    </>
  );
}
