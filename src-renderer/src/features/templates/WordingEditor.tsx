import { Alert, Group, Stack, Switch, Text, TextInput, Textarea } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { Editor } from '@tiptap/react';
import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import type { VariableOption } from '../../../../src-shared/contract/templates';
import { analyseTemplate, htmlToText } from '../../../../src-shared/domain/templates';
import { BodyEditor } from './BodyEditor';
import { VariablePicker } from './VariablePicker';

export interface Wording {
  subject: string;
  bodyHtml: string;
  bodyText: string;
  bodyTextOverride: boolean;
}

export type WordingErrors = Partial<Record<'subject' | 'bodyHtml' | 'bodyText', string>>;

/** Field errors of a failed save (INVALID_INPUT), as one message per wording field. */
export function wordingErrorsOf(fieldErrors: Record<string, string[]>): WordingErrors {
  const out: WordingErrors = {};
  for (const key of ['subject', 'bodyHtml', 'bodyText'] as const) {
    const messages = fieldErrors[key] ?? fieldErrors[`step.${key}`];
    if (messages?.length) out[key] = messages.join(' · ');
  }
  return out;
}

/**
 * Subject, rich-text body and plain-text part of a template or a sequence step, with the variable
 * picker and a live check (syntax errors with their line, unknown variables) as the user types.
 */
export function WordingEditor({
  value,
  onChange,
  variables,
  errors = {},
  disabledReply,
}: {
  value: Wording;
  onChange: (update: (current: Wording) => Wording) => void;
  variables: VariableOption[];
  errors?: WordingErrors;
  /** Shown instead of the subject field for a step that replies in the thread. */
  disabledReply?: string;
}) {
  const [target, setTarget] = useState<'subject' | 'body' | 'text'>('body');
  const subjectRef = useRef<HTMLInputElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const editorRef = useRef<Editor | null>(null);
  const onReady = useCallback((editor: Editor | null) => (editorRef.current = editor), []);
  const focusBody = useCallback(() => setTarget('body'), []);
  const onBody = useCallback((html: string) => onChange((current) => ({ ...current, bodyHtml: html })), [onChange]);

  const deferred = useDeferredValue(value);
  const known = useMemo(() => variables.map((v) => v.name), [variables]);
  const analysis = useMemo(
    () =>
      analyseTemplate(
        { subject: deferred.subject, bodyHtml: deferred.bodyHtml, bodyText: deferred.bodyTextOverride ? deferred.bodyText : null },
        known,
      ),
    [deferred, known],
  );
  const derivedText = useMemo(() => (deferred.bodyHtml ? htmlToText(deferred.bodyHtml) : ''), [deferred.bodyHtml]);

  function insertInto(field: HTMLInputElement | HTMLTextAreaElement | null, key: 'subject' | 'bodyText', token: string) {
    const text = value[key];
    const start = field?.selectionStart ?? text.length;
    const end = field?.selectionEnd ?? start;
    onChange((current) => ({ ...current, [key]: current[key].slice(0, start) + token + current[key].slice(end) }));
    requestAnimationFrame(() => {
      field?.focus();
      field?.setSelectionRange(start + token.length, start + token.length);
    });
  }

  function insert(name: string) {
    const token = `{{${name}}}`;
    if (target === 'subject' && !disabledReply) insertInto(subjectRef.current, 'subject', token);
    else if (target === 'text' && value.bodyTextOverride) insertInto(textRef.current, 'bodyText', token);
    else editorRef.current?.chain().focus().insertContent(token).run();
  }

  const liveErrors = (part: 'subject' | 'bodyHtml' | 'bodyText') =>
    analysis.errors
      .filter((e) => e.part === part)
      .map((e) => `Line ${e.line}: ${e.message}`)
      .join(' · ') || undefined;

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center" wrap="nowrap">
        <Text size="xs" c="dimmed" style={{ flex: 1 }}>
          Write <code>{'{{firstName | default: "there"}}'}</code> for a fallback, <code>{'{% if city %}…{% endif %}'}</code> for a
          condition, <code>{'{Hi|Hello}'}</code> to vary wording per lead.
        </Text>
        <VariablePicker options={variables} onPick={insert} />
      </Group>
      {disabledReply ? (
        <TextInput label="Subject" value={disabledReply} readOnly description="Sent as a reply in the thread of the first email." />
      ) : (
        <TextInput
          ref={subjectRef}
          label="Subject"
          value={value.subject}
          onFocus={() => setTarget('subject')}
          onChange={(e) => {
            const subject = e.currentTarget.value;
            onChange((current) => ({ ...current, subject }));
          }}
          error={errors.subject ?? liveErrors('subject')}
          data-testid="subject-input"
        />
      )}
      <div>
        <Text size="sm" fw={500} mb={4}>
          Body
        </Text>
        <BodyEditor
          initialHtml={value.bodyHtml}
          onChange={onBody}
          onFocus={focusBody}
          onReady={onReady}
          error={errors.bodyHtml ?? liveErrors('bodyHtml')}
        />
      </div>
      <Switch
        label="Write the plain-text part myself"
        description="Off: it is made from the body above, for mail apps that do not show HTML."
        checked={value.bodyTextOverride}
        onChange={(e) => {
          const on = e.currentTarget.checked;
          onChange((current) => ({
            ...current,
            bodyTextOverride: on,
            bodyText: on && !current.bodyText.trim() ? derivedText : current.bodyText,
          }));
        }}
        data-testid="text-override"
      />
      <Textarea
        ref={textRef}
        label="Plain text"
        autosize
        minRows={4}
        maxRows={14}
        readOnly={!value.bodyTextOverride}
        value={value.bodyTextOverride ? value.bodyText : derivedText}
        onFocus={() => setTarget('text')}
        onChange={(e) => {
          const bodyText = e.currentTarget.value;
          onChange((current) => ({ ...current, bodyText }));
        }}
        error={errors.bodyText ?? liveErrors('bodyText')}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
        data-testid="plain-text"
      />
      {analysis.unknown.length > 0 && (
        <Alert color="yellow" icon={<IconAlertTriangle size={18} />} data-testid="unknown-variables">
          Not a lead field, custom variable or imported column: {analysis.unknown.map((v) => `{{${v}}}`).join(', ')}. Leads will get nothing
          there unless you add a fallback.
        </Alert>
      )}
    </Stack>
  );
}
