import { Button, Card, Group, NumberInput, Stack, Switch, Title } from '@mantine/core';
import { useState } from 'react';
import type { Settings } from '../../../../src-shared/domain/settings-keys';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { showApiError, showSaved } from '../../components/notify';
import { useQueryClient } from '@tanstack/react-query';

type Key = 'research.concurrency' | 'research.politeDelayMs' | 'research.allowPrivateNetwork';
const keys: Key[] = ['research.concurrency', 'research.politeDelayMs', 'research.allowPrivateNetwork'];

export function ResearchSettingsCard() {
  const query = useApiQuery('settings.get', { keys });
  if (!query.data) return null;
  return <SettingsForm saved={query.data as Pick<Settings, Key>} />;
}

function SettingsForm({ saved }: { saved: Pick<Settings, Key> }) {
  const client = useQueryClient();
  const [form, setForm] = useState(saved);
  const [saving, setSaving] = useState(false);
  async function save() {
    setSaving(true);
    try {
      for (const key of keys) if (form[key] !== saved[key]) await call('settings.set', { key, value: form[key] } as never);
      showSaved('Analysis settings are saved; they apply to the next job.');
    } catch (error) {
      showApiError(error);
    } finally {
      setSaving(false);
      await client.invalidateQueries({ queryKey: ['settings.get'] });
    }
  }
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={4}>How sites are read</Title>
        <NumberInput label="Websites at the same time" min={1} max={32} value={form['research.concurrency']} onChange={(v) => setForm({ ...form, 'research.concurrency': Number(v) || 1 })} />
        <NumberInput
          label="Pause between two pages of one site"
          description="Milliseconds; be gentle with small businesses' servers."
          min={0}
          max={10000}
          step={100}
          value={form['research.politeDelayMs']}
          onChange={(v) => setForm({ ...form, 'research.politeDelayMs': Number(v) || 0 })}
        />
        <Switch
          label="Allow private network addresses"
          description="Only for intranet sites or testing: lets analysis reach 10.x, 192.168.x and this computer."
          checked={form['research.allowPrivateNetwork']}
          onChange={(e) => setForm({ ...form, 'research.allowPrivateNetwork': e.currentTarget.checked })}
        />
        <Group justify="flex-end">
          <Button variant="light" onClick={save} loading={saving}>
            Save
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
