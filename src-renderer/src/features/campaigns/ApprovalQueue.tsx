import { Alert, Badge, Button, Group, Modal, Pagination, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconCheck, IconPencil, IconPlayerSkipForward } from '@tabler/icons-react';
import { useState } from 'react';
import type { CampaignDraft } from '../../../../src-shared/contract/campaigns';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { showSaved } from '../../components/notify';
import { formatWhen } from '../sending/use-sending-refresh';
import { BodyEditor } from '../templates/BodyEditor';
import { EmailFrame } from '../templates/EmailFrame';

const PAGE = 25;
const options = { invalidates: ['campaigns.', 'sending.'] };

/** One held email: read it as the lead will, change its words, then approve or skip it. */
function DraftEditor({ campaignId, draft, onClose }: { campaignId: string; draft: CampaignDraft; onClose: () => void }) {
  const [subject, setSubject] = useState(draft.subject);
  const [html, setHtml] = useState(draft.bodyHtml ?? `<p>${escapeText(draft.bodyText).replace(/\n/g, '<br>')}</p>`);
  const [editing, setEditing] = useState(false);
  const save = useApiMutation('campaigns.editDraft', options);
  const approve = useApiMutation('campaigns.approveDrafts', { ...options, onSuccess: onClose });
  // Untouched words stay exactly as written (a plain-text email stays plain text).
  const changes = () =>
    editing
      ? { emailId: draft.emailId, subject, bodyHtml: html }
      : { emailId: draft.emailId, subject, bodyHtml: draft.bodyHtml, bodyText: draft.bodyText };
  const saveAndApprove = async () => {
    if (editing || subject !== draft.subject) await save.mutateAsync(changes());
    await approve.mutateAsync({ id: campaignId, emailIds: [draft.emailId] });
    showSaved(`The email to ${draft.to ?? draft.companyName} is approved and queued.`);
  };
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        To {draft.contactName ? `${draft.contactName} · ` : ''}
        {draft.to} ({draft.companyName}) · step {draft.step} · due {formatWhen(draft.scheduledAt)}
      </Text>
      <TextInput label="Subject" value={subject} onChange={(e) => setSubject(e.currentTarget.value)} data-testid="draft-subject" />
      {editing ? (
        <BodyEditor initialHtml={html} onChange={setHtml} onFocus={() => undefined} onReady={() => undefined} />
      ) : (
        <EmailFrame html={html} title={`Email to ${draft.to ?? draft.companyName}`} />
      )}
      <Group justify="space-between">
        <Button
          variant="default"
          leftSection={<IconPencil size={16} />}
          onClick={() => setEditing((e) => !e)}
          data-testid="draft-edit-body"
        >
          {editing ? 'Show as sent' : 'Edit the text'}
        </Button>
        <Group>
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            variant="light"
            loading={save.isPending && !approve.isPending}
            onClick={() =>
              save.mutate(changes(), { onSuccess: () => (showSaved('Changes kept; the email still waits for your approval.'), onClose()) })
            }
            data-testid="draft-save"
          >
            Save
          </Button>
          <Button
            leftSection={<IconCheck size={16} />}
            loading={approve.isPending}
            onClick={() => void saveAndApprove().catch(() => undefined)}
            data-testid="draft-approve"
          >
            {editing || subject !== draft.subject ? 'Save and approve' : 'Approve'}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A manual campaign's emails waiting for the user: nothing here is sent until it is approved. */
export function ApprovalQueue({ campaignId }: { campaignId: string }) {
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<CampaignDraft | null>(null);
  const drafts = useApiQuery('campaigns.drafts', { id: campaignId, offset: (page - 1) * PAGE, limit: PAGE });
  const approve = useApiMutation('campaigns.approveDrafts', options);
  const skip = useApiMutation('campaigns.skipDrafts', options);
  const total = drafts.data?.total ?? 0;
  const rows = drafts.data?.rows ?? [];
  return (
    <Stack gap="xs" mb="lg" data-testid="approval-queue">
      <Group justify="space-between">
        <Title order={4}>
          Waiting for your approval{' '}
          <Badge color="violet" variant="light" data-testid="awaiting-count">
            {total}
          </Badge>
        </Title>
        {total > 0 && (
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              color="gray"
              leftSection={<IconPlayerSkipForward size={14} />}
              loading={skip.isPending}
              onClick={() =>
                skip.mutate(
                  { id: campaignId, emailIds: 'all' },
                  { onSuccess: (r) => showSaved(`${r.skipped} emails skipped; those leads leave the campaign.`) },
                )
              }
            >
              Skip all
            </Button>
            <Button
              size="xs"
              leftSection={<IconCheck size={14} />}
              loading={approve.isPending}
              onClick={() =>
                approve.mutate(
                  { id: campaignId, emailIds: 'all' },
                  { onSuccess: (r) => showSaved(`${r.approved} emails approved and queued.`) },
                )
              }
              data-testid="approve-all"
            >
              Approve all {total}
            </Button>
          </Group>
        )}
      </Group>
      {total === 0 ? (
        <Alert variant="light" color="gray">
          This campaign asks before it sends: each email it writes waits here until you approve it. Nothing is waiting right now.
        </Alert>
      ) : (
        <Table verticalSpacing={4} highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>To</Table.Th>
              <Table.Th>Step</Table.Th>
              <Table.Th>Subject</Table.Th>
              <Table.Th>Due</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((d) => (
              <Table.Tr key={d.emailId} data-testid="draft-row">
                <Table.Td>
                  <Text size="sm">{d.to}</Text>
                  <Text size="xs" c="dimmed">
                    {d.companyName}
                  </Text>
                </Table.Td>
                <Table.Td>{d.step}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={1}>
                    {d.subject}
                  </Text>
                  {d.editedAt && (
                    <Badge size="xs" variant="light" color="gray">
                      edited
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{formatWhen(d.scheduledAt)}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    <Button size="compact-xs" variant="light" onClick={() => setOpen(d)} data-testid="draft-open">
                      Review
                    </Button>
                    <Button size="compact-xs" variant="subtle" onClick={() => approve.mutate({ id: campaignId, emailIds: [d.emailId] })}>
                      Approve
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="gray"
                      onClick={() => skip.mutate({ id: campaignId, emailIds: [d.emailId] })}
                    >
                      Skip
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {total > PAGE && <Pagination total={Math.ceil(total / PAGE)} value={page} onChange={setPage} />}
      <Modal opened={open !== null} onClose={() => setOpen(null)} title="Review the email" size="xl">
        {open && <DraftEditor key={open.emailId} campaignId={campaignId} draft={open} onClose={() => setOpen(null)} />}
      </Modal>
    </Stack>
  );
}
