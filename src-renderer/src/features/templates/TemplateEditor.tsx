import { Alert, Button, Card, Grid, Group, Select, Stack, Switch, TextInput, Textarea } from '@mantine/core';
import { IconArrowLeft, IconDeviceFloppy } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useLocation } from 'wouter';
import type { TemplateDetail, VariableOption } from '../../../../src-shared/contract/templates';
import {
  TEMPLATE_CATEGORIES,
  TEMPLATE_CATEGORY_LABELS,
  type TemplateCategoryName,
} from '../../../../src-shared/domain/template-categories';
import { ApiError, call } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { showApiError, showSaved } from '../../components/notify';
import { PreviewPanel } from './PreviewPanel';
import { WordingEditor, wordingErrorsOf, type Wording, type WordingErrors } from './WordingEditor';

const blank: TemplateDetail = {
  id: '',
  name: '',
  description: null,
  category: 'initial_outreach',
  industry: null,
  followUpStage: null,
  subject: '',
  variables: [],
  isActive: true,
  isDefault: false,
  usageCount: 0,
  updatedAt: '',
  createdAt: '',
  bodyHtml: '<p>Hi {{firstName | default: "there"}},</p><p></p>',
  bodyText: '',
  bodyTextOverride: false,
};

/** /templates/edit/:id — 'new' for a new template. */
export function TemplateEditorPage({ id }: { id: string }) {
  const isNew = id === 'new';
  const template = useApiQuery('templates.get', { id }, { enabled: !isNew });
  const variables = useApiQuery('templates.variables', {});
  const initial = isNew ? blank : template.data;
  if (!initial || !variables.data) return null;
  return <TemplateForm key={initial.id || 'new'} initial={initial} variables={variables.data.options} />;
}

function TemplateForm({ initial, variables }: { initial: TemplateDetail; variables: VariableOption[] }) {
  const [, navigate] = useLocation();
  const client = useQueryClient();
  const [meta, setMeta] = useState({
    name: initial.name,
    description: initial.description ?? '',
    category: initial.category,
    industry: initial.industry ?? '',
    followUpStage: initial.followUpStage ?? '',
    isActive: initial.isActive,
    isDefault: initial.isDefault,
  });
  const [wording, setWording] = useState<Wording>({
    subject: initial.subject,
    bodyHtml: initial.bodyHtml ?? '',
    bodyText: initial.bodyText,
    bodyTextOverride: initial.bodyTextOverride,
  });
  const [errors, setErrors] = useState<WordingErrors & { name?: string }>({});
  const [warnings, setWarnings] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const onWording = useCallback((update: (current: Wording) => Wording) => setWording(update), []);

  async function save() {
    setSaving(true);
    setErrors({});
    try {
      const input = { ...meta, ...wording, bodyHtml: wording.bodyHtml || null };
      const saved = initial.id ? await call('templates.update', { id: initial.id, ...input }) : await call('templates.create', input);
      setWarnings(saved.warnings);
      await client.invalidateQueries({
        predicate: (q) => String(q.queryKey[0]).startsWith('templates.') || String(q.queryKey[0]).startsWith('customVariables.'),
      });
      showSaved(`“${saved.template.name}” is saved.`);
      if (!initial.id) navigate(`/edit/${saved.template.id}`, { replace: true });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'INVALID_INPUT') {
        setErrors({
          ...wordingErrorsOf(error.fieldErrors),
          ...(error.fieldErrors.name ? { name: error.fieldErrors.name.join(', ') } : {}),
        });
      }
      showApiError(error, 'The template was not saved');
    } finally {
      setSaving(false);
    }
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Button variant="subtle" leftSection={<IconArrowLeft size={16} />} onClick={() => navigate('/')}>
          All templates
        </Button>
        <Button leftSection={<IconDeviceFloppy size={16} />} onClick={save} loading={saving} data-testid="save-template">
          Save template
        </Button>
      </Group>
      {warnings.length > 0 && (
        <Alert color="yellow" title="Saved, with warnings" withCloseButton onClose={() => setWarnings([])}>
          {warnings.join(' ')}
        </Alert>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack>
            <Card withBorder padding="md">
              <Stack gap="sm">
                <Group grow align="flex-start">
                  <TextInput
                    label="Name"
                    required
                    value={meta.name}
                    onChange={(e) => setMeta({ ...meta, name: e.currentTarget.value })}
                    error={errors.name}
                    data-testid="template-name"
                  />
                  <Select
                    label="Category"
                    data={TEMPLATE_CATEGORIES.map((value) => ({ value, label: TEMPLATE_CATEGORY_LABELS[value] }))}
                    value={meta.category}
                    allowDeselect={false}
                    onChange={(v) => setMeta({ ...meta, category: (v ?? 'general') as TemplateCategoryName })}
                  />
                </Group>
                <Group grow>
                  <TextInput
                    label="Industry"
                    placeholder="Any"
                    value={meta.industry}
                    onChange={(e) => setMeta({ ...meta, industry: e.currentTarget.value })}
                  />
                  <TextInput
                    label="Follow-up stage"
                    placeholder="e.g. follow_up_1"
                    value={meta.followUpStage}
                    onChange={(e) => setMeta({ ...meta, followUpStage: e.currentTarget.value })}
                  />
                </Group>
                <Textarea
                  label="Description"
                  autosize
                  minRows={1}
                  value={meta.description}
                  onChange={(e) => setMeta({ ...meta, description: e.currentTarget.value })}
                />
                <Group>
                  <Switch
                    label="Active"
                    checked={meta.isActive}
                    onChange={(e) => setMeta({ ...meta, isActive: e.currentTarget.checked })}
                  />
                  <Switch
                    label={`Default ${TEMPLATE_CATEGORY_LABELS[meta.category].toLowerCase()} template`}
                    checked={meta.isDefault}
                    onChange={(e) => setMeta({ ...meta, isDefault: e.currentTarget.checked })}
                  />
                </Group>
              </Stack>
            </Card>
            <Card withBorder padding="md">
              <WordingEditor value={wording} onChange={onWording} variables={variables} errors={errors} />
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <PreviewPanel wording={wording} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
