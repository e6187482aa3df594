import { NumberInput, SegmentedControl, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { LeadPatch } from '../../../../src-shared/contract/leads';

export type SaveField = (patch: LeadPatch) => void;

interface Base {
  label: string;
  error?: string | undefined;
  testId?: string;
}

/** A text field that saves itself when it loses focus or on Enter, if its value changed. */
export function EditableText({ label, value, field, onSave, error, testId, placeholder, multiline }: Base & { value: string | null; field: keyof LeadPatch; onSave: SaveField; placeholder?: string; multiline?: boolean }) {
  const [draft, setDraft] = useState(value ?? '');
  // A saved (or refetched) value replaces the draft: adjusting state while rendering, as React advises.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value ?? '');
  }
  const commit = () => {
    if (draft.trim() === (value ?? '').trim()) return;
    onSave({ [field]: field === 'companyName' || field === 'industry' || field === 'source' ? draft : draft.trim() || null } as LeadPatch);
  };
  const common = {
    label,
    value: draft,
    error,
    placeholder: placeholder ?? '—',
    'data-testid': testId ?? `field-${String(field)}`,
    onChange: (e: { currentTarget: { value: string } }) => setDraft(e.currentTarget.value),
    onBlur: commit,
  };
  if (multiline) return <Textarea {...common} autosize minRows={3} maxRows={12} />;
  return (
    <TextInput
      {...common}
      onKeyDown={(e) => {
        if (e.key === 'Enter') (e.currentTarget as HTMLInputElement).blur();
        if (e.key === 'Escape') setDraft(value ?? '');
      }}
    />
  );
}

export function EditableNumber({ label, value, field, onSave, error, min, max, decimals }: Base & { value: number | null; field: keyof LeadPatch; onSave: SaveField; min?: number; max?: number; decimals?: number }) {
  const [draft, setDraft] = useState<string | number>(value ?? '');
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value ?? '');
  }
  return (
    <NumberInput
      label={label}
      value={draft}
      onChange={setDraft}
      min={min}
      max={max}
      decimalScale={decimals ?? 0}
      error={error}
      placeholder="—"
      onBlur={() => {
        const next = draft === '' ? null : Number(draft);
        if (next !== value) onSave({ [field]: next } as LeadPatch);
      }}
    />
  );
}

/** Yes / No / Unknown: null means "not known yet", which is not the same as "no". */
export function EditableFlag({ label, value, field, onSave }: Base & { value: boolean | null; field: keyof LeadPatch; onSave: SaveField }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <SegmentedControl
        size="xs"
        value={value === null ? 'unknown' : value ? 'yes' : 'no'}
        onChange={(v) => onSave({ [field]: v === 'unknown' ? null : v === 'yes' } as LeadPatch)}
        data={[
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
          { value: 'unknown', label: 'Unknown' },
        ]}
      />
    </Stack>
  );
}

export function EditableChoice({ label, value, field, onSave, options, clearable, testId }: Base & { value: string | null; field: keyof LeadPatch; onSave: SaveField; options: Array<{ value: string; label: string }>; clearable?: boolean }) {
  return (
    <Select
      label={label}
      data={options}
      value={value}
      clearable={clearable}
      allowDeselect={!!clearable}
      data-testid={testId ?? `field-${String(field)}`}
      onChange={(next) => {
        if (next !== value && (next !== null || clearable)) onSave({ [field]: next } as LeadPatch);
      }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

export function ReadOnly({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <Text size="sm" c="dimmed" component="div">
        {children}
      </Text>
    </Stack>
  );
}
