import { ActionIcon, Button, Group, Popover, Stack, Text, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';

/** A delete icon that asks once before it acts. */
export function ConfirmDelete({
  label,
  question,
  onConfirm,
  testId,
}: {
  label: string;
  question: string;
  onConfirm: () => Promise<unknown> | void;
  testId?: string;
}) {
  const [opened, setOpened] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <Popover opened={opened} onChange={setOpened} withArrow position="bottom-end" trapFocus>
      <Popover.Target>
        <Tooltip label={label} disabled={opened}>
          <ActionIcon variant="subtle" color="red" aria-label={label} onClick={() => setOpened((o) => !o)} data-testid={testId}>
            <IconTrash size={16} />
          </ActionIcon>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" maw={260}>
          <Text size="sm">{question}</Text>
          <Group justify="flex-end" gap="xs">
            <Button size="xs" variant="default" onClick={() => setOpened(false)}>
              Keep
            </Button>
            <Button
              size="xs"
              color="red"
              loading={busy}
              onClick={async () => {
                setBusy(true);
                try {
                  await onConfirm();
                  setOpened(false);
                } finally {
                  setBusy(false);
                }
              }}
            >
              Delete
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
