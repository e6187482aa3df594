import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useLocation } from 'wouter';
import type { LeadFilter, LeadSort, SavedView } from '../../../../src-shared/contract/leads';
import type { LeadColumnState } from '../../../../src-shared/domain/lead-columns';
import { useApiMutation } from '../../api/hooks';
import { showSaved } from '../../components/notify';

/** Saves the current filter, sort and columns as a named view (or updates / deletes the open one). */
export function SaveViewModal({ opened, onClose, view, filter, sort, columns }: { opened: boolean; onClose(): void; view: SavedView | null; filter: LeadFilter; sort: LeadSort; columns: LeadColumnState[] }) {
  const [name, setName] = useState('');
  const [, navigate] = useLocation();
  const [wasOpened, setWasOpened] = useState(opened);
  if (wasOpened !== opened) {
    setWasOpened(opened);
    if (opened) setName(view?.name ?? '');
  }
  const save = useApiMutation('leads.saveView', { invalidates: ['leads.listViews'] });
  const remove = useApiMutation('leads.deleteView', { invalidates: ['leads.listViews'] });
  const submit = (asNew: boolean) =>
    save.mutate(
      { ...(view && !asNew ? { id: view.id } : {}), name: name.trim(), filter, sort, columns },
      {
        onSuccess: (saved) => {
          showSaved(`View “${saved.name}” saved.`);
          onClose();
          navigate(`~/leads/views/${saved.id}`);
        },
      },
    );
  return (
    <Modal opened={opened} onClose={onClose} title={view ? `View “${view.name}”` : 'Save as a view'} centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit(false);
        }}
      >
        <Stack>
          <Text size="sm" c="dimmed">
            A view keeps these filters, the sort and the columns. It is listed under Leads in the sidebar.
          </Text>
          <TextInput label="Name" placeholder="Hot dentists in Lyon" value={name} onChange={(e) => setName(e.currentTarget.value)} data-autofocus required data-testid="view-name" />
          <Group justify="space-between">
            {view ? (
              <Button
                variant="subtle"
                color="red"
                onClick={() =>
                  remove.mutate(
                    { id: view.id },
                    {
                      onSuccess: () => {
                        onClose();
                        navigate('~/leads');
                      },
                    },
                  )
                }
              >
                Delete view
              </Button>
            ) : (
              <span />
            )}
            <Group gap="xs">
              {view && (
                <Button variant="default" disabled={!name.trim()} onClick={() => submit(true)} loading={save.isPending}>
                  Save as new
                </Button>
              )}
              <Button type="submit" disabled={!name.trim()} loading={save.isPending} data-testid="view-save">
                {view ? 'Update view' : 'Save view'}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
