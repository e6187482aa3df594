import { Alert, Badge, Card, Group, List, Loader, SegmentedControl, Select, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import type { PreviewAudience, PreviewedEmail } from '../../../../src-shared/contract/templates';
import { useApiQuery } from '../../api/hooks';
import { EmailFrame } from './EmailFrame';
import { LeadPicker } from './LeadPicker';
import type { Wording } from './WordingEditor';

const statuses = ['new', 'contacted', 'follow_up_1', 'follow_up_2', 'responded', 'interested', 'not_interested', 'invalid', 'converted'];

/** The email each lead would receive, rendered by the same function the sender uses, with the warnings that matter. */
export function PreviewPanel({ wording }: { wording: Wording }) {
  const [mode, setMode] = useState<'lead' | 'audience'>('lead');
  const [leadId, setLeadId] = useState<string | null>(null);
  const [audience, setAudience] = useState<PreviewAudience>({});
  const [debouncedWording] = useDebouncedValue(wording, 400);
  const [debouncedAudience] = useDebouncedValue(audience, 400);
  const template = {
    subject: debouncedWording.subject,
    bodyHtml: debouncedWording.bodyHtml || null,
    bodyText: debouncedWording.bodyText,
    bodyTextOverride: debouncedWording.bodyTextOverride,
  };
  const enabled = mode === 'audience' || Boolean(leadId);
  const preview = useApiQuery(
    'templates.preview',
    mode === 'lead' ? { template, leadId: leadId ?? undefined } : { template, audience: cleanAudience(debouncedAudience) },
    { enabled, placeholderData: (previous) => previous },
  );
  const data = enabled ? preview.data : undefined;

  return (
    <Card withBorder padding="md" data-testid="preview-panel">
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={600}>Preview</Text>
          {preview.isFetching && <Loader size="xs" />}
        </Group>
        <SegmentedControl
          value={mode}
          onChange={(v) => setMode(v as 'lead' | 'audience')}
          data={[
            { value: 'lead', label: 'One lead' },
            { value: 'audience', label: 'Five random leads' },
          ]}
          data-testid="preview-mode"
        />
        {mode === 'lead' ? (
          <LeadPicker value={leadId} onChange={setLeadId} />
        ) : (
          <Group grow align="flex-end">
            <TextInput
              label="Search"
              placeholder="Company, contact, email, city"
              value={audience.search ?? ''}
              onChange={(e) => setAudience({ ...audience, search: e.currentTarget.value })}
              data-testid="audience-search"
            />
            <TextInput
              label="Industry"
              value={audience.industry ?? ''}
              onChange={(e) => setAudience({ ...audience, industry: e.currentTarget.value })}
            />
            <Select
              label="Status"
              clearable
              data={statuses}
              value={audience.status ?? null}
              onChange={(status) => setAudience({ ...audience, status: status ?? undefined })}
            />
          </Group>
        )}
        {!enabled && (
          <Text c="dimmed" size="sm">
            Choose a lead to see the email as they will receive it.
          </Text>
        )}
        {data && data.errors.length > 0 && (
          <Alert color="red" title="The template has an error" data-testid="preview-errors">
            {data.errors.map((e) => `${e.part ?? ''} line ${e.line}: ${e.message}`).join(' · ')}
          </Alert>
        )}
        {data && data.unknownVariables.length > 0 && (
          <Alert color="yellow" icon={<IconAlertTriangle size={18} />} p="xs">
            Unknown variables: {data.unknownVariables.map((v) => `{{${v}}}`).join(', ')}
          </Alert>
        )}
        {data?.audience && (
          <Alert color={data.audience.leadsMissingValues > 0 ? 'yellow' : 'teal'} p="xs" data-testid="audience-gaps">
            {data.audience.total} lead{data.audience.total === 1 ? '' : 's'} in this audience.{' '}
            {data.audience.leadsMissingValues === 0
              ? 'Every one has a value (or a fallback) for each variable.'
              : `${data.audience.leadsMissingValues} ${data.audience.checkedAll ? '' : `of the first ${data.audience.checked} `}would get a blank: ${data.audience.missingByVariable
                  .map((m) => `{{${m.variable}}} ×${m.leads}`)
                  .join(', ')}. Add a fallback with | default: "…".`}
          </Alert>
        )}
        {data && (
          <Text size="xs" c="dimmed">
            Signed as {data.sender.name ?? '(no name)'} &lt;{data.sender.email}&gt;
            {data.sender.source === 'profile' ? ' — from your profile until you add a sending account' : ' — from your sending account'}
          </Text>
        )}
        {data?.emails.length === 0 && data.errors.length === 0 && (
          <Text c="dimmed" size="sm">
            No lead matches this audience.
          </Text>
        )}
        {data?.emails.map((email) => (
          <PreviewedEmailCard key={email.lead.id} email={email} />
        ))}
      </Stack>
    </Card>
  );
}

function cleanAudience(audience: PreviewAudience): PreviewAudience {
  return Object.fromEntries(Object.entries(audience).filter(([, v]) => typeof v === 'string' && v.trim())) as PreviewAudience;
}

function PreviewedEmailCard({ email }: { email: PreviewedEmail }) {
  return (
    <Card withBorder padding="sm" data-testid="previewed-email">
      <Stack gap={6}>
        <Text size="xs" c="dimmed">
          To {email.lead.contactName ?? email.lead.companyName} {email.lead.email ? `<${email.lead.email}>` : '(no email)'}
        </Text>
        {email.error ? (
          <Alert color="red" p="xs">
            {email.error}
          </Alert>
        ) : (
          <>
            <Text fw={600} data-testid="preview-subject">
              {email.subject}
            </Text>
            <Group gap={6}>
              <Badge variant="light" color={email.subjectLength > 78 ? 'yellow' : 'gray'}>
                Subject {email.subjectLength} chars
              </Badge>
              <Badge variant="light" color={email.linksCount > 3 ? 'yellow' : 'gray'}>
                {email.linksCount} link{email.linksCount === 1 ? '' : 's'}
              </Badge>
              <Badge variant="light" color={email.htmlBytes > 100 * 1024 ? 'yellow' : 'gray'}>
                HTML {(email.htmlBytes / 1024).toFixed(1)} kB
              </Badge>
              {email.missing.length > 0 && (
                <Badge variant="light" color="orange" data-testid="preview-missing">
                  Missing: {email.missing.join(', ')}
                </Badge>
              )}
            </Group>
            {email.warnings.length > 0 && (
              <List size="xs" c="yellow.8" data-testid="preview-warnings">
                {email.warnings.map((w) => (
                  <List.Item key={w}>{w}</List.Item>
                ))}
              </List>
            )}
            <Tabs defaultValue="html" keepMounted={false}>
              <Tabs.List>
                <Tabs.Tab value="html">HTML</Tabs.Tab>
                <Tabs.Tab value="text">Plain text</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="html" pt="xs">
                <EmailFrame html={email.html} title={`Email to ${email.lead.companyName}`} />
              </Tabs.Panel>
              <Tabs.Panel value="text" pt="xs">
                <Text
                  component="pre"
                  size="sm"
                  style={{ whiteSpace: 'pre-wrap', margin: 0, fontFamily: 'var(--mantine-font-family-monospace)' }}
                  data-testid="preview-text"
                >
                  {email.text}
                </Text>
              </Tabs.Panel>
            </Tabs>
          </>
        )}
      </Stack>
    </Card>
  );
}
