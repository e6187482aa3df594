import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  NumberInput,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
  Tooltip,
} from '@mantine/core';
import { IconArrowDown, IconArrowLeft, IconArrowUp, IconGripVertical, IconPencil, IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type DragEvent } from 'react';
import { useLocation } from 'wouter';
import type { SequenceDetail, SequenceStep } from '../../../../src-shared/contract/sequences';
import type { VariableOption } from '../../../../src-shared/contract/templates';
import { stepDays } from '../../../../src-shared/domain/sequences/sequence-timeline';
import { call } from '../../api/client';
import { queryKeyOf, useApiMutation, useApiQuery } from '../../api/hooks';
import { showApiError, showSaved } from '../../components/notify';
import { ConfirmDelete } from './ConfirmAction';
import { StepEditor } from './StepEditor';

/** /templates/sequences/:id */
export function SequenceBuilderPage({ id }: { id: string }) {
  const sequence = useApiQuery('sequences.get', { id });
  const variables = useApiQuery('templates.variables', {});
  if (!sequence.data || !variables.data) return null;
  return <SequenceBuilder key={sequence.data.id} sequence={sequence.data} variables={variables.data.options} />;
}

function SequenceBuilder({ sequence, variables }: { sequence: SequenceDetail; variables: VariableOption[] }) {
  const [, navigate] = useLocation();
  const client = useQueryClient();
  const [editing, setEditing] = useState<SequenceStep | 'new' | null>(null);
  const [dragged, setDragged] = useState<string | null>(null);
  const [meta, setMeta] = useState({
    name: sequence.name,
    description: sequence.description ?? '',
    industry: sequence.industry ?? '',
    country: sequence.country ?? '',
    aiInstructions: sequence.aiInstructions ?? '',
    isActive: sequence.isActive,
  });
  const templates = useApiQuery('templates.list', { isActive: true });
  const show = (next: SequenceDetail) => {
    client.setQueryData(queryKeyOf('sequences.get', { id: next.id }), next);
    void client.invalidateQueries({ queryKey: ['sequences.list'] });
  };
  const saveMeta = useApiMutation('sequences.update', {
    invalidates: ['sequences.'],
    onSuccess: () => showSaved('The sequence is saved.'),
  });
  const addFromTemplate = useApiMutation('sequences.addStep', { invalidates: ['templates.'], onSuccess: show });
  const reorder = useApiMutation('sequences.reorderSteps', {
    onSuccess: show,
    onError: (error) => {
      showApiError(error, 'The steps were not reordered');
      void client.invalidateQueries({ queryKey: ['sequences.get'] });
    },
  });
  const steps = sequence.steps;
  const days = stepDays(steps);

  function move(from: number, to: number) {
    if (to < 0 || to >= steps.length || from === to) return;
    const ids = steps.map((s) => s.id);
    const [moved] = ids.splice(from, 1);
    ids.splice(to, 0, moved!);
    // Show the new order at once; the server's answer replaces it.
    client.setQueryData(queryKeyOf('sequences.get', { id: sequence.id }), {
      ...sequence,
      steps: ids.map((id) => steps.find((s) => s.id === id)!),
    });
    reorder.mutate({ sequenceId: sequence.id, stepIds: ids });
  }

  async function saveStepFlag(step: SequenceStep, change: Partial<Pick<SequenceStep, 'daysAfterPrevious' | 'sendAsReply'>>) {
    try {
      show(
        await call('sequences.updateStep', {
          stepId: step.id,
          step: {
            subject: step.subject,
            bodyHtml: step.bodyHtml,
            bodyText: step.body,
            bodyTextOverride: step.bodyTextOverride,
            daysAfterPrevious: step.daysAfterPrevious,
            sendAsReply: step.sendAsReply,
            ...change,
          },
        }),
      );
    } catch (error) {
      showApiError(error, 'The step was not saved');
    }
  }

  const dropOn = (index: number) => (e: DragEvent) => {
    e.preventDefault();
    const from = steps.findIndex((s) => s.id === dragged);
    setDragged(null);
    if (from >= 0) move(from, index);
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Button variant="subtle" leftSection={<IconArrowLeft size={16} />} onClick={() => navigate('/sequences')}>
          All sequences
        </Button>
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack>
            <Card withBorder padding="md">
              <Text fw={600} mb={4}>
                Timeline
              </Text>
              <Group gap={6} data-testid="sequence-timeline">
                {steps.length === 0 && (
                  <Text c="dimmed" size="sm">
                    No steps yet: add the first email below.
                  </Text>
                )}
                {steps.map((step, index) => (
                  <Group key={step.id} gap={6} wrap="nowrap">
                    <Badge variant="light" size="lg" radius="sm" tt="none">
                      Day {days[index]} {step.templateName ?? step.effectiveSubject}
                    </Badge>
                    {index < steps.length - 1 && <Text c="dimmed">·</Text>}
                  </Group>
                ))}
              </Group>
            </Card>
            {steps.map((step, index) => (
              <Card
                key={step.id}
                withBorder
                padding="sm"
                draggable
                onDragStart={(e) => {
                  setDragged(step.id);
                  e.dataTransfer.effectAllowed = 'move';
                  e.dataTransfer.setData('text/plain', step.id);
                }}
                onDragEnd={() => setDragged(null)}
                onDragOver={(e) => e.preventDefault()}
                onDrop={dropOn(index)}
                style={{ opacity: dragged === step.id ? 0.5 : 1, cursor: 'grab' }}
                data-testid="sequence-step"
                aria-label={`Step ${index + 1}`}
              >
                <Group wrap="nowrap" align="flex-start">
                  <IconGripVertical size={18} style={{ marginTop: 6, color: 'var(--mantine-color-dimmed)' }} aria-hidden />
                  <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                    <Group gap="xs">
                      <Badge variant="filled" radius="sm">
                        Step {index + 1} · Day {days[index]}
                      </Badge>
                      {step.templateName && (
                        <Badge variant="outline" radius="sm" tt="none">
                          From “{step.templateName}”
                        </Badge>
                      )}
                      {index > 0 && step.sendAsReply && (
                        <Badge variant="light" color="grape" radius="sm">
                          Reply in thread
                        </Badge>
                      )}
                    </Group>
                    <Text fw={500} size="sm" truncate data-testid="step-subject">
                      {step.effectiveSubject}
                    </Text>
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {step.body}
                    </Text>
                    {index > 0 && (
                      <Group gap="md" mt={4}>
                        <NumberInput
                          size="xs"
                          w={170}
                          min={0}
                          max={365}
                          leftSection={<Text size="xs">+</Text>}
                          rightSection={
                            <Text size="xs" c="dimmed" pr={8}>
                              days
                            </Text>
                          }
                          rightSectionWidth={44}
                          defaultValue={step.daysAfterPrevious}
                          aria-label={`Days after step ${index}`}
                          onBlur={(e) => {
                            const value = Number(e.currentTarget.value);
                            if (Number.isInteger(value) && value !== step.daysAfterPrevious)
                              void saveStepFlag(step, { daysAfterPrevious: value });
                          }}
                          key={`${step.id}-${step.daysAfterPrevious}`}
                        />
                        <Switch
                          size="xs"
                          label="Reply in the same thread"
                          checked={step.sendAsReply}
                          onChange={(e) => void saveStepFlag(step, { sendAsReply: e.currentTarget.checked })}
                        />
                      </Group>
                    )}
                  </Stack>
                  <Group gap={2} wrap="nowrap">
                    <Tooltip label="Move up">
                      <ActionIcon
                        variant="subtle"
                        aria-label={`Move step ${index + 1} up`}
                        disabled={index === 0}
                        onClick={() => move(index, index - 1)}
                      >
                        <IconArrowUp size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label="Move down">
                      <ActionIcon
                        variant="subtle"
                        aria-label={`Move step ${index + 1} down`}
                        disabled={index === steps.length - 1}
                        onClick={() => move(index, index + 1)}
                      >
                        <IconArrowDown size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label="Edit">
                      <ActionIcon variant="subtle" aria-label={`Edit step ${index + 1}`} onClick={() => setEditing(step)}>
                        <IconPencil size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <ConfirmDelete
                      label={`Delete step ${index + 1}`}
                      question="Delete this step? The steps after it move up."
                      onConfirm={async () => show(await call('sequences.deleteStep', { stepId: step.id }))}
                    />
                  </Group>
                </Group>
              </Card>
            ))}
            <Card withBorder padding="sm" style={{ borderStyle: 'dashed' }}>
              <Group>
                <Button leftSection={<IconPlus size={16} />} variant="light" onClick={() => setEditing('new')} data-testid="write-step">
                  Write a step
                </Button>
                <Text size="sm" c="dimmed">
                  or
                </Text>
                <Select
                  placeholder="Add a step from a template…"
                  searchable
                  w={300}
                  data={(templates.data?.items ?? []).map((t) => ({ value: t.id, label: t.name }))}
                  value={null}
                  onChange={(templateId) => {
                    if (templateId)
                      addFromTemplate.mutate({
                        sequenceId: sequence.id,
                        step: { templateId, daysAfterPrevious: steps.length === 0 ? 0 : 3, sendAsReply: steps.length > 0 },
                      });
                  }}
                  data-testid="add-from-template"
                />
              </Group>
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Card withBorder padding="md">
            <Stack gap="sm">
              <TextInput
                label="Name"
                value={meta.name}
                onChange={(e) => setMeta({ ...meta, name: e.currentTarget.value })}
                data-testid="sequence-name"
              />
              <Textarea
                label="Description"
                autosize
                minRows={1}
                value={meta.description}
                onChange={(e) => setMeta({ ...meta, description: e.currentTarget.value })}
              />
              <Group grow>
                <TextInput label="Industry" value={meta.industry} onChange={(e) => setMeta({ ...meta, industry: e.currentTarget.value })} />
                <TextInput label="Country" value={meta.country} onChange={(e) => setMeta({ ...meta, country: e.currentTarget.value })} />
              </Group>
              <Textarea
                label="Instructions for AI writing"
                description="Tone, what to mention, what to avoid."
                autosize
                minRows={2}
                value={meta.aiInstructions}
                onChange={(e) => setMeta({ ...meta, aiInstructions: e.currentTarget.value })}
              />
              <Switch label="Active" checked={meta.isActive} onChange={(e) => setMeta({ ...meta, isActive: e.currentTarget.checked })} />
              <Text size="xs" c="dimmed">
                Used by {sequence.usageCount} campaign{sequence.usageCount === 1 ? '' : 's'}. Reordering moves the emails; the schedule (day
                0, 3, 8…) stays in place.
              </Text>
              <Group justify="flex-end">
                <Button
                  onClick={() => saveMeta.mutate({ id: sequence.id, ...meta })}
                  loading={saveMeta.isPending}
                  data-testid="save-sequence"
                >
                  Save details
                </Button>
              </Group>
            </Stack>
          </Card>
        </Grid.Col>
      </Grid>
      {editing && (
        <StepEditor
          sequence={sequence}
          step={editing === 'new' ? null : editing}
          variables={variables}
          onClose={() => setEditing(null)}
          onSaved={show}
        />
      )}
    </Stack>
  );
}
