import { Button, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { NewLeadInput } from '../../../../src-shared/contract/leads';
import { ApiError } from '../../api/client';
import { useApiMutation } from '../../api/hooks';

const empty = { companyName: '', industry: '', contactName: '', jobTitle: '', email: '', phone: '', website: '', city: '', country: '' };

/** Create a lead by hand; the main fields here, everything else in the drawer that opens next. */
export function NewLeadModal({ opened, onClose, onCreated }: { opened: boolean; onClose(): void; onCreated(id: string): void }) {
  const [form, setForm] = useState(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useApiMutation('leads.create', {
    invalidates: ['leads.'],
    onError: (error) => {
      const fields = error instanceof ApiError ? error.fieldErrors : {};
      const next: Record<string, string> = {};
      for (const [path, messages] of Object.entries(fields)) next[path.replace(/^lead\./, '')] = messages.join(', ');
      setErrors(Object.keys(next).length ? next : { companyName: error.message });
    },
    onSuccess: (lead) => {
      setForm(empty);
      setErrors({});
      onCreated(lead.id);
    },
  });
  const field = (key: keyof typeof empty, label: string, extra: { required?: boolean; placeholder?: string } = {}) => (
    <TextInput label={label} value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.currentTarget.value })} error={errors[key]} data-testid={`new-lead-${key}`} {...extra} />
  );
  const submit = () => {
    const lead: NewLeadInput = { companyName: form.companyName.trim(), industry: form.industry.trim() };
    for (const key of ['contactName', 'jobTitle', 'email', 'phone', 'website', 'city', 'country'] as const) if (form[key].trim()) lead[key] = form[key].trim();
    create.mutate({ lead });
  };
  return (
    <Modal opened={opened} onClose={onClose} title="New lead" size="lg" centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack>
          <SimpleGrid cols={2}>
            {field('companyName', 'Company', { required: true })}
            {field('industry', 'Industry', { required: true, placeholder: 'Dental clinic' })}
            {field('contactName', 'Contact name')}
            {field('jobTitle', 'Job title')}
            {field('email', 'Email')}
            {field('phone', 'Phone', { placeholder: '+33 6 12 34 56 78' })}
            {field('website', 'Website')}
            {field('city', 'City')}
            {field('country', 'Country')}
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending} disabled={!form.companyName.trim() || !form.industry.trim()} data-testid="new-lead-save">
              Create lead
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
