import { Accordion, ActionIcon, Badge, Button, Code, Drawer, Group, Loader, SimpleGrid, Stack, TagsInput, Text, TextInput, Timeline, Tabs, Tooltip } from '@mantine/core';
import { IconMail, IconNotes, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { LeadDetail, LeadPatch } from '../../../../src-shared/contract/leads';
import { leadStatusLabels, leadStatusValues, verificationStatusLabels, verificationStatusValues } from '../../../../src-shared/domain/lead-values';
import { ApiError } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { showApiError } from '../../components/notify';
import { LeadEvidence } from '../research/LeadEvidence';
import { ScoreBadge, StatusBadge } from './lead-cells';
import { EditableChoice, EditableFlag, EditableNumber, EditableText, ReadOnly } from './lead-fields';
import { formatDate, formatRelative } from './lead-format';

function CustomFields({ lead, onSave }: { lead: LeadDetail; onSave(patch: LeadPatch): void }) {
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const entries = Object.entries(lead.customFields);
  const put = (next: Record<string, string>) => onSave({ customFields: next });
  return (
    <Stack gap="xs">
      {entries.length === 0 && (
        <Text size="sm" c="dimmed">
          No custom fields yet. Imports keep columns that have no field of their own here.
        </Text>
      )}
      {entries.map(([k, v]) => (
        <Group key={k} gap="xs" wrap="nowrap" align="flex-end">
          <TextInput label={k} defaultValue={v} style={{ flex: 1 }} onBlur={(e) => e.currentTarget.value !== v && put({ ...lead.customFields, [k]: e.currentTarget.value })} />
          <Tooltip label={`Remove ${k}`}>
            <ActionIcon
              variant="subtle"
              color="red"
              mb={4}
              aria-label={`Remove ${k}`}
              onClick={() => {
                const { [k]: _removed, ...rest } = lead.customFields;
                put(rest);
              }}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      ))}
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput label="New field" placeholder="Name" value={key} onChange={(e) => setKey(e.currentTarget.value)} style={{ flex: 1 }} />
        <TextInput label=" " placeholder="Value" value={value} onChange={(e) => setValue(e.currentTarget.value)} style={{ flex: 1 }} />
        <Button
          variant="light"
          leftSection={<IconPlus size={14} />}
          disabled={!key.trim()}
          onClick={() => {
            put({ ...lead.customFields, [key.trim()]: value });
            setKey('');
            setValue('');
          }}
        >
          Add
        </Button>
      </Group>
    </Stack>
  );
}

function LeadTimeline({ id }: { id: string }) {
  const timeline = useApiQuery('leads.timeline', { id });
  if (!timeline.data) return <Loader size="sm" />;
  if (!timeline.data.length) return <Text c="dimmed">Nothing has happened to this lead yet.</Text>;
  return (
    <Timeline bulletSize={22} lineWidth={2} data-testid="lead-timeline">
      {timeline.data.map((entry) => (
        <Timeline.Item key={entry.id} bullet={entry.kind === 'email' ? <IconMail size={12} /> : <IconNotes size={12} />} title={<Text size="sm">{entry.title}</Text>}>
          {entry.detail && (
            <Text size="xs" c="red">
              {entry.detail}
            </Text>
          )}
          <Text size="xs" c="dimmed" title={new Date(entry.at).toLocaleString()}>
            {formatRelative(entry.at)}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

/** Every field of one lead, grouped, each saved as you leave it; its history on the second tab. */
export function LeadDrawer({ id, onClose, onDelete }: { id: string | null; onClose(): void; onDelete(id: string, name: string): void }) {
  const detail = useApiQuery('leads.get', { id: id ?? '00000000-0000-0000-0000-000000000000' }, { enabled: !!id });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const update = useApiMutation('leads.update', {
    invalidates: ['leads.'],
    onError: (error, variables) => {
      const fields = error instanceof ApiError ? error.fieldErrors : {};
      const next: Record<string, string> = {};
      for (const [path, messages] of Object.entries(fields)) next[path.replace(/^patch\./, '')] = messages.join(', ');
      for (const field of Object.keys(variables.patch)) if (!next[field] && Object.keys(fields).length === 0) next[field] = error.message;
      setErrors((current) => ({ ...current, ...next }));
      if (!Object.keys(next).length) showApiError(error);
    },
    // Only this save's fields: an earlier save finishing late must not clear a newer field's error.
    onSuccess: (_lead, variables) =>
      setErrors((current) => Object.fromEntries(Object.entries(current).filter(([field]) => !(field in variables.patch)))),
  });
  const lead = detail.data;
  const save = (patch: LeadPatch) => lead && update.mutate({ id: lead.id, patch });
  const err = (field: string) => errors[field];
  const dash = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : String(v));

  return (
    <Drawer
      opened={!!id}
      onClose={onClose}
      position="right"
      size={620}
      title={
        lead ? (
          <Group gap="sm">
            <Text fw={700} size="lg" data-testid="drawer-title">
              {lead.companyName}
            </Text>
            <StatusBadge status={lead.status} />
            <ScoreBadge id={lead.id} score={lead.qualityScore} />
          </Group>
        ) : (
          'Lead'
        )
      }
      data-testid="lead-drawer"
    >
      {!lead ? (
        <Loader />
      ) : (
        <Tabs defaultValue="details" keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="details">Details</Tabs.Tab>
            <Tabs.Tab value="timeline">Activity and emails</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="details">
            <Accordion multiple defaultValue={['contact', 'company', 'quality', 'outreach', 'notes']} variant="separated" radius="md">
              <Accordion.Item value="contact">
                <Accordion.Control>Contact</Accordion.Control>
                <Accordion.Panel>
                  <SimpleGrid cols={2}>
                    <EditableText label="Contact name" field="contactName" value={lead.contactName} onSave={save} error={err('contactName')} />
                    <EditableText label="Job title" field="jobTitle" value={lead.jobTitle} onSave={save} error={err('jobTitle')} />
                    <EditableText label="Email" field="email" value={lead.email} onSave={save} error={err('email')} />
                    <EditableText label="Phone" field="phone" value={lead.phone} onSave={save} error={err('phone')} placeholder="+33 6 12 34 56 78" />
                    <EditableText label="LinkedIn" field="linkedinUrl" value={lead.linkedinUrl} onSave={save} error={err('linkedinUrl')} />
                    <EditableFlag label="Decision maker" field="isDecisionMaker" value={lead.isDecisionMaker} onSave={save} />
                  </SimpleGrid>
                </Accordion.Panel>
              </Accordion.Item>
              <Accordion.Item value="company">
                <Accordion.Control>Company</Accordion.Control>
                <Accordion.Panel>
                  <SimpleGrid cols={2}>
                    <EditableText label="Company" field="companyName" value={lead.companyName} onSave={save} error={err('companyName')} />
                    <EditableText label="Website" field="website" value={lead.website} onSave={save} error={err('website')} />
                    <EditableText label="Industry" field="industry" value={lead.industry} onSave={save} error={err('industry')} />
                    <EditableText label="Business type" field="businessType" value={lead.businessType} onSave={save} />
                    <EditableText label="Company size" field="companySize" value={lead.companySize} onSave={save} />
                    <EditableText label="Address" field="address" value={lead.address} onSave={save} />
                    <EditableText label="City" field="city" value={lead.city} onSave={save} />
                    <EditableText label="Country" field="country" value={lead.country} onSave={save} />
                  </SimpleGrid>
                </Accordion.Panel>
              </Accordion.Item>
              <Accordion.Item value="quality">
                <Accordion.Control>Source and quality</Accordion.Control>
                <Accordion.Panel>
                  <SimpleGrid cols={2}>
                    <EditableText label="Source" field="source" value={lead.source} onSave={save} error={err('source')} />
                    <EditableText label="Source type" field="sourceType" value={lead.sourceType} onSave={save} />
                    <EditableChoice label="Verification" field="verificationStatus" value={lead.verificationStatus} onSave={save} options={verificationStatusValues.map((v) => ({ value: v, label: verificationStatusLabels[v] }))} />
                    <ReadOnly label="Import batch">{dash(lead.batchName)}</ReadOnly>
                  </SimpleGrid>
                  <Stack gap={6} mt="md">
                    <Text size="sm" fw={500}>
                      Quality score {lead.score.score} · {lead.score.tier}
                    </Text>
                    {lead.score.factors.map((f) => (
                      <Group key={f.label} justify="space-between" wrap="nowrap">
                        <Text size="xs">{f.label}</Text>
                        <Text size="xs" c="dimmed" truncate style={{ flex: 1, textAlign: 'right' }}>
                          {f.detail}
                        </Text>
                        <Badge size="sm" variant="light" color={f.points === f.max ? 'teal' : f.points === 0 ? 'gray' : 'indigo'} w={64}>
                          {f.points}/{f.max}
                        </Badge>
                      </Group>
                    ))}
                  </Stack>
                </Accordion.Panel>
              </Accordion.Item>
              <Accordion.Item value="outreach">
                <Accordion.Control>Outreach</Accordion.Control>
                <Accordion.Panel>
                  <SimpleGrid cols={2}>
                    <EditableChoice label="Status" field="status" value={lead.status} onSave={save} options={leadStatusValues.map((v) => ({ value: v, label: leadStatusLabels[v] }))} testId="field-status" />
                    <EditableText label="Follow-up stage" field="followUpStage" value={lead.followUpStage} onSave={save} />
                    <ReadOnly label="Last contacted">{formatDate(lead.lastContactedAt)}</ReadOnly>
                    <ReadOnly label="Last responded">{formatDate(lead.lastRespondedAt)}</ReadOnly>
                    <ReadOnly label="Campaigns">{lead.campaigns.length ? lead.campaigns.map((c) => c.name).join(', ') : '—'}</ReadOnly>
                  </SimpleGrid>
                </Accordion.Panel>
              </Accordion.Item>
              <Accordion.Item value="engagement">
                <Accordion.Control>Engagement</Accordion.Control>
                <Accordion.Panel>
                  <SimpleGrid cols={3}>
                    <ReadOnly label="Emails sent">{lead.emailsSent}</ReadOnly>
                    <ReadOnly label="Opened">{lead.emailsOpened}</ReadOnly>
                    <ReadOnly label="Clicked">{lead.emailsClicked}</ReadOnly>
                  </SimpleGrid>
                </Accordion.Panel>
              </Accordion.Item>
              <Accordion.Item value="presence">
                <Accordion.Control>Digital presence</Accordion.Control>
                <Accordion.Panel>
                  <SimpleGrid cols={2}>
                    <EditableFlag label="Google Maps listing" field="hasGoogleMapsListing" value={lead.hasGoogleMapsListing} onSave={save} />
                    <EditableNumber label="Google rating" field="googleRating" value={lead.googleRating} onSave={save} min={0} max={5} decimals={2} error={err('googleRating')} />
                    <EditableNumber label="Google reviews" field="googleReviewCount" value={lead.googleReviewCount} onSave={save} min={0} />
                  </SimpleGrid>
                </Accordion.Panel>
              </Accordion.Item>
              <Accordion.Item value="website">
                <Accordion.Control>Website analysis</Accordion.Control>
                <Accordion.Panel>
                  <SimpleGrid cols={2}>
                    <EditableFlag label="Booking keywords" field="hasBookingKeywords" value={lead.hasBookingKeywords} onSave={save} />
                    <EditableNumber label="Booking keyword score (0–10)" field="bookingKeywordScore" value={lead.bookingKeywordScore} onSave={save} min={0} max={10} error={err('bookingKeywordScore')} />
                    <EditableText label="Current booking tool" field="currentBookingTool" value={lead.currentBookingTool} onSave={save} />
                    <EditableFlag label="Appointment form" field="hasAppointmentForm" value={lead.hasAppointmentForm} onSave={save} />
                    <EditableFlag label="Online booking" field="hasOnlineBooking" value={lead.hasOnlineBooking} onSave={save} />
                    <EditableFlag label="Several locations" field="hasMultiLocation" value={lead.hasMultiLocation} onSave={save} />
                    <EditableNumber label="Services listed" field="servicesCount" value={lead.servicesCount} onSave={save} min={0} />
                  </SimpleGrid>
                  {/* Research: what the analyser found on the site, and where. */}
                  <Stack mt="md" gap={4}>
                    <Text size="sm" fw={600}>
                      Evidence
                    </Text>
                    <LeadEvidence leadId={lead.id} />
                  </Stack>
                </Accordion.Panel>
              </Accordion.Item>
              <Accordion.Item value="qualification">
                <Accordion.Control>Qualification</Accordion.Control>
                <Accordion.Panel>
                  <SimpleGrid cols={2}>
                    <EditableChoice label="Booking potential" field="bookingPotential" value={lead.bookingPotential} onSave={save} clearable options={[{ value: 'high', label: 'High' }, { value: 'medium', label: 'Medium' }, { value: 'low', label: 'Low' }]} />
                    <EditableNumber label="Digital maturity (0–100)" field="digitalMaturityScore" value={lead.digitalMaturityScore} onSave={save} min={0} max={100} error={err('digitalMaturityScore')} />
                  </SimpleGrid>
                </Accordion.Panel>
              </Accordion.Item>
              <Accordion.Item value="business">
                <Accordion.Control>Business intelligence</Accordion.Control>
                <Accordion.Panel>
                  <SimpleGrid cols={2}>
                    <EditableFlag label="Open at weekends" field="hasWeekendHours" value={lead.hasWeekendHours} onSave={save} />
                    <EditableText label="Response time" field="responseTime" value={lead.responseTime} onSave={save} />
                    <EditableNumber label="Price level (0–4)" field="priceLevel" value={lead.priceLevel} onSave={save} min={0} max={4} />
                  </SimpleGrid>
                </Accordion.Panel>
              </Accordion.Item>
              <Accordion.Item value="notes">
                <Accordion.Control>Notes and tags</Accordion.Control>
                <Accordion.Panel>
                  <Stack>
                    <TagsInput label="Tags" value={lead.tags} onChange={(tags) => save({ tags })} clearable data-testid="field-tags" />
                    <EditableText label="Notes" field="notes" value={lead.notes} onSave={save} multiline placeholder="What you know about them, what they said…" />
                  </Stack>
                </Accordion.Panel>
              </Accordion.Item>
              <Accordion.Item value="custom">
                <Accordion.Control>Custom fields</Accordion.Control>
                <Accordion.Panel>
                  <CustomFields lead={lead} onSave={save} />
                </Accordion.Panel>
              </Accordion.Item>
              <Accordion.Item value="linkedin">
                <Accordion.Control>LinkedIn data</Accordion.Control>
                <Accordion.Panel>
                  {lead.linkedinSalesNavData ? (
                    <Code block>{JSON.stringify(lead.linkedinSalesNavData, null, 2)}</Code>
                  ) : (
                    <Text size="sm" c="dimmed">
                      No Sales Navigator data for this lead.
                    </Text>
                  )}
                </Accordion.Panel>
              </Accordion.Item>
            </Accordion>
            <Group justify="space-between" mt="lg">
              <Text size="xs" c="dimmed">
                Created {formatDate(lead.createdAt)} · updated {formatRelative(lead.updatedAt)}
              </Text>
              <Button variant="subtle" color="red" leftSection={<IconTrash size={15} />} onClick={() => onDelete(lead.id, lead.companyName)} data-testid="delete-lead">
                Delete lead
              </Button>
            </Group>
          </Tabs.Panel>
          <Tabs.Panel value="timeline">
            <LeadTimeline id={lead.id} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Drawer>
  );
}
