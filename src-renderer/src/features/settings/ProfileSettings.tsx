import { Button, Card, Group, Stack, TextInput, Select } from '@mantine/core';
import { useState } from 'react';
import type { Settings } from '../../../../src-shared/domain/settings-keys';
import { call, ApiError } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { showApiError, showSaved } from '../../components/notify';
import { useQueryClient } from '@tanstack/react-query';

type ProfileKey = 'profile.name' | 'profile.company' | 'profile.website' | 'profile.timeZone';
const profileKeys: ProfileKey[] = ['profile.name', 'profile.company', 'profile.website', 'profile.timeZone'];

const timeZones = (() => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['UTC'];
  }
})();

type Profile = Pick<Settings, ProfileKey>;

export function ProfileSettings() {
  const query = useApiQuery('settings.get', { keys: profileKeys });
  if (!query.data) return null;
  return <ProfileForm saved={query.data as Profile} />;
}

function ProfileForm({ saved }: { saved: Profile }) {
  const client = useQueryClient();
  const [form, setForm] = useState<Profile>(saved);
  const [errors, setErrors] = useState<Partial<Record<ProfileKey, string>>>({});
  const [saving, setSaving] = useState(false);
  const set = (key: ProfileKey) => (value: string) => setForm({ ...form, [key]: value });

  async function save() {
    setSaving(true);
    setErrors({});
    const changed = profileKeys.filter((key) => form[key] !== saved[key]);
    const failed: Partial<Record<ProfileKey, string>> = {};
    for (const key of changed) {
      try {
        await call('settings.set', { key, value: form[key] } as never);
      } catch (error) {
        failed[key] = error instanceof ApiError ? (Object.values(error.fieldErrors)[0]?.[0] ?? error.message) : String(error);
      }
    }
    setSaving(false);
    setErrors(failed);
    await client.invalidateQueries({ queryKey: ['settings.get'] });
    if (Object.keys(failed).length) showApiError(new Error('Some fields were not saved; see the messages under them.'));
    else if (changed.length) showSaved('Your profile is saved.');
  }

  return (
    <Card withBorder padding="lg" maw={640}>
      <Stack>
        <TextInput label="Your name" description="Used as the sender name unless an account sets its own." value={form['profile.name']} onChange={(e) => set('profile.name')(e.currentTarget.value)} error={errors['profile.name']} data-testid="profile-name" />
        <TextInput label="Company" value={form['profile.company']} onChange={(e) => set('profile.company')(e.currentTarget.value)} error={errors['profile.company']} />
        <TextInput label="Website" placeholder="https://example.com" value={form['profile.website']} onChange={(e) => set('profile.website')(e.currentTarget.value)} error={errors['profile.website']} />
        <Select label="Your time zone" placeholder="Detected from this computer" searchable data={timeZones} value={form['profile.timeZone'] || null} onChange={(value) => set('profile.timeZone')(value ?? '')} clearable />
        <Group justify="flex-end">
          <Button onClick={save} loading={saving} data-testid="profile-save">
            Save profile
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
