import { Alert, Anchor, Button, Checkbox, Group, NumberInput, PasswordInput, Select, SimpleGrid, Stack, Switch, Text, TextInput, Textarea } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import type { SmtpAccount, SmtpAccountInput } from '../../../../src-shared/contract/smtp';
import { smtpPresets, type SmtpPreset } from '../../../../src-shared/domain/smtp-presets';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { showSaved } from '../../components/notify';

type Form = Omit<SmtpAccountInput, 'password' | 'acknowledgeWeakStorage'> & { password: string };

function fromPreset(preset: SmtpPreset): Form {
  return {
    provider: preset.provider,
    providerName: preset.provider === 'custom' ? '' : preset.label.split(' (')[0]!,
    host: preset.host,
    port: preset.port,
    secure: preset.secure,
    username: preset.username,
    password: '',
    fromEmail: '',
    fromName: '',
    replyTo: '',
    dailyLimit: preset.dailyLimit,
    hourlyLimit: preset.hourlyLimit,
    isActive: true,
    isPrimary: false,
    priority: 0,
    documentationUrl: preset.documentationUrl,
    setupNotes: preset.setupNotes,
  };
}

function fromAccount(a: SmtpAccount): Form {
  return {
    provider: a.provider as Form['provider'],
    providerName: a.providerName,
    host: a.host,
    port: a.port,
    secure: a.secure,
    username: a.username,
    password: '',
    fromEmail: a.fromEmail,
    fromName: a.fromName,
    replyTo: a.replyTo,
    dailyLimit: a.dailyLimit,
    hourlyLimit: a.hourlyLimit,
    isActive: a.isActive,
    isPrimary: a.isPrimary,
    priority: a.priority,
    documentationUrl: a.documentationUrl,
    setupNotes: a.setupNotes,
  };
}

const limitValue = (v: string | number) => (v === '' || v === null ? null : Number(v));

/** Add or edit a sending account; presets fill the provider's own settings and notes. */
export function AccountForm({ account, onDone }: { account: SmtpAccount | null; onDone: () => void }) {
  const [form, setForm] = useState<Form>(() => (account ? fromAccount(account) : fromPreset(smtpPresets[0]!)));
  const [acknowledged, setAcknowledged] = useState(false);
  const secrets = useApiQuery('secrets.status', {});
  const create = useApiMutation('smtp.create', { invalidates: ['smtp.', 'sending.'] });
  const update = useApiMutation('smtp.update', { invalidates: ['smtp.', 'sending.'] });
  const saving = create.isPending || update.isPending;
  const fieldErrors = (create.error ?? update.error)?.fieldErrors ?? {};
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  const weakStorage = secrets.data?.kind === 'plain-text-fallback' && form.password !== '';
  const preset = smtpPresets.find((p) => p.provider === form.provider);

  function save() {
    const { password, ...rest } = form;
    const input = { ...rest, ...(password ? { password } : {}), ...(weakStorage ? { acknowledgeWeakStorage: acknowledged } : {}) };
    const done = { onSuccess: () => (showSaved(`${form.providerName} is saved.`), onDone()) };
    if (account) update.mutate({ id: account.id, ...input }, done);
    else create.mutate(input, done);
  }

  return (
    <Stack data-testid="account-form">
      {!account && (
        <Select
          label="Provider"
          data={smtpPresets.map((p) => ({ value: p.provider, label: p.label }))}
          value={form.provider}
          allowDeselect={false}
          onChange={(value) => {
            const next = smtpPresets.find((p) => p.provider === value);
            if (next) setForm((f) => ({ ...fromPreset(next), fromEmail: f.fromEmail, fromName: f.fromName, password: f.password }));
          }}
          data-testid="account-preset"
        />
      )}
      {form.setupNotes && (
        <Alert icon={<IconInfoCircle size={18} />} color="blue" variant="light">
          <Text size="sm">{form.setupNotes}</Text>
          {form.documentationUrl && (
            <Anchor size="sm" href={form.documentationUrl} target="_blank" rel="noreferrer">
              {preset?.label ?? 'Provider'} documentation
            </Anchor>
          )}
        </Alert>
      )}
      <SimpleGrid cols={2}>
        <TextInput label="Name" description="How you recognise this account" required value={form.providerName} onChange={(e) => set('providerName', e.currentTarget.value)} error={fieldErrors.providerName?.[0]} data-testid="account-name" />
        <TextInput label="From address" required value={form.fromEmail} onChange={(e) => set('fromEmail', e.currentTarget.value)} error={fieldErrors.fromEmail?.[0]} data-testid="account-from" />
        <TextInput label="From name" value={form.fromName ?? ''} onChange={(e) => set('fromName', e.currentTarget.value)} />
        <TextInput label="Reply-To (optional)" value={form.replyTo ?? ''} onChange={(e) => set('replyTo', e.currentTarget.value)} error={fieldErrors.replyTo?.[0]} />
        <TextInput label="SMTP host" required value={form.host} onChange={(e) => set('host', e.currentTarget.value)} error={fieldErrors.host?.[0]} data-testid="account-host" />
        <Group grow align="flex-end">
          <NumberInput label="Port" required min={1} max={65535} value={form.port} onChange={(v) => set('port', Number(v))} data-testid="account-port" />
          <Switch label="TLS from the start (465)" checked={form.secure} onChange={(e) => set('secure', e.currentTarget.checked)} mb={8} />
        </Group>
        <TextInput label="Username" value={form.username ?? ''} onChange={(e) => set('username', e.currentTarget.value)} data-testid="account-username" />
        <PasswordInput
          label="Password or app password"
          placeholder={account?.passwordSet ? 'Stored — type to replace' : ''}
          value={form.password}
          onChange={(e) => set('password', e.currentTarget.value)}
          data-testid="account-password"
        />
        <NumberInput label="Daily limit" description="Empty: no limit of our own" min={0} value={form.dailyLimit ?? ''} onChange={(v) => set('dailyLimit', limitValue(v))} />
        <NumberInput label="Hourly limit" min={0} value={form.hourlyLimit ?? ''} onChange={(v) => set('hourlyLimit', limitValue(v))} />
        <NumberInput label="Priority" description="Failover order, lowest first" min={0} max={1000} value={form.priority} onChange={(v) => set('priority', Number(v) || 0)} />
        <Stack gap="xs" justify="flex-end">
          <Switch label="Primary account" checked={form.isPrimary} onChange={(e) => set('isPrimary', e.currentTarget.checked)} />
          <Switch label="Active (may send)" checked={form.isActive} onChange={(e) => set('isActive', e.currentTarget.checked)} />
        </Stack>
      </SimpleGrid>
      <TextInput label="Documentation link" value={form.documentationUrl ?? ''} onChange={(e) => set('documentationUrl', e.currentTarget.value)} error={fieldErrors.documentationUrl?.[0]} />
      <Textarea label="Setup notes" autosize minRows={2} value={form.setupNotes ?? ''} onChange={(e) => set('setupNotes', e.currentTarget.value)} />
      {weakStorage && (
        <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title="No keyring on this system" data-testid="weak-storage-warning">
          <Text size="sm" mb="xs">
            {secrets.data?.message}
          </Text>
          <Checkbox label="Store the password this way anyway" checked={acknowledged} onChange={(e) => setAcknowledged(e.currentTarget.checked)} />
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button onClick={save} loading={saving} disabled={weakStorage && !acknowledged} data-testid="account-save">
          {account ? 'Save changes' : 'Add account'}
        </Button>
      </Group>
    </Stack>
  );
}
