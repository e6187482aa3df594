import { ActionBar, Button, Group, Menu, Modal, Select, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { IconCalculator, IconChevronDown, IconDownload, IconMailFast, IconTag, IconTagOff, IconTrash, IconBuildingStore, IconFlag } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type { BulkAction } from '../../../../src-shared/contract/leads';
import { leadStatusLabels, leadStatusValues } from '../../../../src-shared/domain/lead-values';
import { useApiQuery } from '../../api/hooks';

type Dialog = null | 'addTags' | 'removeTags' | 'setIndustry' | 'addToCampaign' | 'delete';

export interface BulkActionsProps {
  count: number;
  countIsExact: boolean;
  onRun(action: BulkAction): Promise<void>;
  onExport(): void;
  onDelete(): Promise<void>;
  onClear(): void;
  busy: boolean;
  /** Actions of other areas on the same selection (Research: "Analyse websites"). */
  extraActions?: ReactNode;
}

/** The floating bar shown while leads are selected: every action runs in main on the selection's filter. */
export function BulkActions({ count, countIsExact, onRun, onExport, onDelete, onClear, busy, extraActions }: BulkActionsProps) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const [tags, setTags] = useState<string[]>([]);
  const [industry, setIndustry] = useState('');
  const [campaignId, setCampaignId] = useState<string | null>(null);
  const facets = useApiQuery('leads.facets', {}, { enabled: dialog !== null, staleTime: 60_000 });
  const label = `${count.toLocaleString()}${countIsExact ? '' : '+'} lead${count === 1 ? '' : 's'}`;
  const close = () => {
    setDialog(null);
    setTags([]);
    setIndustry('');
    setCampaignId(null);
  };
  const run = async (action: BulkAction) => {
    await onRun(action);
    close();
  };

  return (
    <>
      <ActionBar opened={count > 0} onClose={onClear} aria-label="Bulk actions" data-testid="bulk-bar">
        <Text size="sm" fw={600} px="xs" data-testid="selection-count">
          {label} selected
        </Text>
        <ActionBar.Divider />
        <Menu withinPortal position="top">
          <Menu.Target>
            <Button variant="subtle" size="xs" leftSection={<IconFlag size={15} />} rightSection={<IconChevronDown size={13} />} loading={busy}>
              Status
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {leadStatusValues.map((status) => (
              <Menu.Item key={status} onClick={() => void onRun({ kind: 'setStatus', status })}>
                {leadStatusLabels[status]}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
        <Button variant="subtle" size="xs" leftSection={<IconTag size={15} />} onClick={() => setDialog('addTags')} data-testid="bulk-add-tags">
          Tag
        </Button>
        <Menu withinPortal position="top">
          <Menu.Target>
            <Button variant="subtle" size="xs" rightSection={<IconChevronDown size={13} />}>
              More
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item leftSection={<IconTagOff size={15} />} onClick={() => setDialog('removeTags')}>
              Remove tags
            </Menu.Item>
            <Menu.Item leftSection={<IconBuildingStore size={15} />} onClick={() => setDialog('setIndustry')}>
              Set industry
            </Menu.Item>
            <Menu.Item leftSection={<IconMailFast size={15} />} onClick={() => setDialog('addToCampaign')}>
              Add to campaign
            </Menu.Item>
            <Menu.Item leftSection={<IconCalculator size={15} />} onClick={() => void onRun({ kind: 'recomputeScores' })}>
              Recompute scores
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
        {extraActions}
        <Button variant="subtle" size="xs" leftSection={<IconDownload size={15} />} onClick={onExport}>
          Export
        </Button>
        <Button variant="subtle" size="xs" color="red" leftSection={<IconTrash size={15} />} onClick={() => setDialog('delete')} data-testid="bulk-delete">
          Delete
        </Button>
        <ActionBar.Divider />
        <ActionBar.CloseButton aria-label="Clear the selection" />
      </ActionBar>

      <Modal opened={dialog === 'addTags' || dialog === 'removeTags'} onClose={close} title={dialog === 'addTags' ? `Tag ${label}` : `Remove tags from ${label}`} centered>
        <Stack>
          <TagsInput
            label="Tags"
            placeholder="Type a tag and press Enter"
            data={(facets.data?.tags ?? []).map((t) => t.value)}
            value={tags}
            onChange={setTags}
            data-autofocus
            data-testid="bulk-tags-input"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button disabled={!tags.length} loading={busy} onClick={() => void run(dialog === 'addTags' ? { kind: 'addTags', tags } : { kind: 'removeTags', tags })} data-testid="bulk-tags-apply">
              {dialog === 'addTags' ? 'Add tags' : 'Remove tags'}
            </Button>
          </Group>
        </Stack>
      </Modal>

      <Modal opened={dialog === 'setIndustry'} onClose={close} title={`Set the industry of ${label}`} centered>
        <Stack>
          <TextInput label="Industry" value={industry} onChange={(e) => setIndustry(e.currentTarget.value)} data-autofocus list="industry-options" />
          <datalist id="industry-options">
            {(facets.data?.industries ?? []).map((i) => (
              <option key={i.value} value={i.value} />
            ))}
          </datalist>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button disabled={!industry.trim()} loading={busy} onClick={() => void run({ kind: 'setIndustry', industry: industry.trim() })}>
              Set industry
            </Button>
          </Group>
        </Stack>
      </Modal>

      <Modal opened={dialog === 'addToCampaign'} onClose={close} title={`Add ${label} to a campaign`} centered>
        <Stack>
          {facets.data && facets.data.campaigns.length === 0 ? (
            <Text size="sm" c="dimmed">
              There is no campaign yet. Create one on the Campaigns page first.
            </Text>
          ) : (
            <Select label="Campaign" searchable data={(facets.data?.campaigns ?? []).map((c) => ({ value: c.id, label: c.name }))} value={campaignId} onChange={setCampaignId} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button disabled={!campaignId} loading={busy} onClick={() => campaignId && void run({ kind: 'addToCampaign', campaignId })}>
              Add to campaign
            </Button>
          </Group>
        </Stack>
      </Modal>

      <Modal opened={dialog === 'delete'} onClose={close} title={`Delete ${label}?`} centered>
        <Stack>
          <Text size="sm">
            {label} will be deleted with their campaign memberships and emails. You can undo this from the notification that follows
            (for 7 days the leads are kept aside).
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button
              color="red"
              loading={busy}
              onClick={async () => {
                await onDelete();
                close();
              }}
              data-testid="confirm-delete"
            >
              Delete {label}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
