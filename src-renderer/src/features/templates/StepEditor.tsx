import { Button, Group, Modal, NumberInput, Stack, Switch } from '@mantine/core';
import { useCallback, useState } from 'react';
import type { SequenceDetail, SequenceStep } from '../../../../src-shared/contract/sequences';
import type { VariableOption } from '../../../../src-shared/contract/templates';
import { ApiError, call } from '../../api/client';
import { showApiError } from '../../components/notify';
import { PreviewPanel } from './PreviewPanel';
import { WordingEditor, wordingErrorsOf, type Wording, type WordingErrors } from './WordingEditor';

/** Writes a new step or edits one, with the same editor and preview as templates. */
export function StepEditor({
  sequence,
  step,
  variables,
  onClose,
  onSaved,
}: {
  sequence: SequenceDetail;
  step: SequenceStep | null;
  variables: VariableOption[];
  onClose: () => void;
  onSaved: (sequence: SequenceDetail) => void;
}) {
  const index = step ? sequence.steps.findIndex((s) => s.id === step.id) : sequence.steps.length;
  const [wording, setWording] = useState<Wording>({
    subject: step?.subject ?? '',
    bodyHtml: step?.bodyHtml ?? (step ? '' : '<p>Hi {{firstName | default: "there"}},</p><p></p>'),
    bodyText: step?.body ?? '',
    bodyTextOverride: step?.bodyTextOverride ?? false,
  });
  const [days, setDays] = useState(step?.daysAfterPrevious ?? (index === 0 ? 0 : 3));
  const [reply, setReply] = useState(step?.sendAsReply ?? index > 0);
  const [errors, setErrors] = useState<WordingErrors>({});
  const [saving, setSaving] = useState(false);
  const onWording = useCallback((update: (current: Wording) => Wording) => setWording(update), []);
  const firstSubject = index === 0 ? wording.subject : (sequence.steps[0]?.subject ?? '');
  const replySubject = index > 0 && reply ? (/^re:/i.test(firstSubject) ? firstSubject : `Re: ${firstSubject}`) : undefined;

  async function save() {
    setSaving(true);
    setErrors({});
    // A reply keeps its own subject for when it is moved first or made a new thread; default to the thread's.
    const fields = {
      ...wording,
      subject: wording.subject || firstSubject,
      bodyHtml: wording.bodyHtml || null,
      daysAfterPrevious: index === 0 ? 0 : days,
      sendAsReply: index > 0 && reply,
    };
    try {
      const saved = step
        ? await call('sequences.updateStep', { stepId: step.id, step: fields })
        : await call('sequences.addStep', { sequenceId: sequence.id, step: fields });
      onSaved(saved);
      onClose();
    } catch (error) {
      if (error instanceof ApiError) setErrors(wordingErrorsOf(error.fieldErrors));
      showApiError(error, 'The step was not saved');
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={step ? `Step ${index + 1}` : `New step ${index + 1}`} size="95%" data-testid="step-editor">
      <Group align="flex-start" grow wrap="nowrap">
        <Stack style={{ flex: 3 }}>
          {index > 0 && (
            <Group>
              <NumberInput
                label="Days after the previous step"
                min={0}
                max={365}
                value={days}
                onChange={(v) => setDays(Number(v) || 0)}
                w={220}
                data-testid="step-days"
              />
              <Switch
                label="Send as a reply in the same thread"
                checked={reply}
                onChange={(e) => setReply(e.currentTarget.checked)}
                mt="lg"
              />
            </Group>
          )}
          <WordingEditor
            value={wording}
            onChange={onWording}
            variables={variables}
            errors={errors}
            {...(replySubject ? { disabledReply: replySubject } : {})}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button onClick={save} loading={saving} data-testid="save-step">
              Save step
            </Button>
          </Group>
        </Stack>
        <div style={{ flex: 2 }}>
          <PreviewPanel wording={replySubject ? { ...wording, subject: replySubject } : wording} />
        </div>
      </Group>
    </Modal>
  );
}
