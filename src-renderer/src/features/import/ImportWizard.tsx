import { Alert, Button, Group, Loader, Modal, Stack, Stepper, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { CsvOverridesInput, ImportDefaultsInput, ImportPreview } from '../../../../src-shared/contract/imports';
import type { ColumnTarget } from '../../../../src-shared/domain/lead-fields';
import type { DedupeStrategy } from '../../../../src-shared/domain/import-options';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { formatBytes } from '../../components/format';
import { pickedFileSource, type PickedFile } from './import-source';
import { MappingStep } from './MappingStep';
import { OptionsStep } from './OptionsStep';
import { PreviewStep } from './PreviewStep';
import { ProgressStep } from './ProgressStep';

const steps = ['Preview', 'Mapping', 'Duplicates and defaults', 'Import', 'Summary'] as const;

export interface WizardChoices {
  mapping: Record<string, ColumnTarget>;
  defaults: ImportDefaultsInput;
  dedupe: DedupeStrategy;
  presetName: string;
}

/** Preview → Mapping → Duplicates and defaults → Import with progress → Summary, for one file. */
export function ImportWizard({ file, onClose }: { file: File; onClose: () => void }) {
  const [picked, setPicked] = useState<PickedFile | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [overrides, setOverrides] = useState<CsvOverridesInput>({});
  const [step, setStep] = useState(0);
  const [choices, setChoices] = useState<WizardChoices | null>(null);
  const [batchId, setBatchId] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    pickedFileSource(file).then(
      (p) => live && setPicked(p),
      (error: Error) => live && setUploadError(error.message),
    );
    return () => {
      live = false;
    };
  }, [file]);

  const preview = useApiQuery(
    'imports.preview',
    { source: picked?.source ?? { path: '-' }, overrides },
    { enabled: picked !== null, retry: false },
  );

  // A new preview (first one, or other overrides) brings its mapping: the saved one or the automatic one.
  const [mappedFrom, setMappedFrom] = useState<ImportPreview | null>(null);
  if (preview.data && preview.data !== mappedFrom) {
    setMappedFrom(preview.data);
    setChoices({
      mapping: preview.data.mapping,
      defaults: choices?.defaults ?? preview.data.preset?.defaults ?? {},
      dedupe: choices?.dedupe ?? 'skip',
      presetName: choices?.presetName ?? preview.data.preset?.name ?? '',
    });
  }

  const start = useApiMutation('imports.start', {
    invalidates: ['imports.listBatches'],
    onSuccess: (result) => {
      setBatchId(result.batchId);
      setStep(3);
    },
  });

  const running = step === 3;
  return (
    <Modal
      opened
      onClose={onClose}
      size="min(1100px, 96vw)"
      title={
        <Text fw={600}>
          Import {file.name}{' '}
          <Text span c="dimmed" size="sm">
            ({formatBytes(file.size)})
          </Text>
        </Text>
      }
      closeOnClickOutside={false}
      data-testid="import-wizard"
    >
      <Stepper active={step} size="sm" mb="lg" allowNextStepsSelect={false} onStepClick={(s) => !running && !batchId && setStep(s)}>
        {steps.map((label) => (
          <Stepper.Step key={label} label={label} />
        ))}
      </Stepper>

      {uploadError && (
        <Alert color="red" icon={<IconAlertTriangle />} title="The file could not be read">
          {uploadError}
        </Alert>
      )}
      {!uploadError && (!picked || (preview.isLoading && !preview.data)) && (
        <Group justify="center" p="xl">
          <Loader size="sm" />
          <Text c="dimmed">{picked ? 'Reading the first rows…' : 'Handing the file to Outreach Desk…'}</Text>
        </Group>
      )}
      {preview.error && (
        <Alert color="red" icon={<IconAlertTriangle />} title="This file cannot be imported" data-testid="preview-error">
          {preview.error.message}
        </Alert>
      )}

      {preview.data && choices && step === 0 && (
        <PreviewStep preview={preview.data} overrides={overrides} onOverrides={setOverrides} loading={preview.isFetching} />
      )}
      {preview.data && choices && step === 1 && (
        <MappingStep preview={preview.data} mapping={choices.mapping} onMapping={(mapping) => setChoices({ ...choices, mapping })} />
      )}
      {preview.data && choices && step === 2 && <OptionsStep choices={choices} onChoices={setChoices} />}
      {batchId && step >= 3 && <ProgressStep batchId={batchId} onDone={() => setStep(4)} done={step === 4} onClose={onClose} />}

      {preview.data && choices && step < 3 && (
        <WizardButtons
          step={step}
          choices={choices}
          starting={start.isPending}
          onBack={() => setStep(step - 1)}
          onNext={() => setStep(step + 1)}
          onStart={() =>
            start.mutate({
              source: picked!.source,
              overrides,
              mapping: choices.mapping,
              defaults: choices.defaults,
              dedupe: choices.dedupe,
              ...(choices.presetName.trim() ? { presetName: choices.presetName.trim() } : {}),
            })
          }
        />
      )}
    </Modal>
  );
}

function WizardButtons(props: {
  step: number;
  choices: WizardChoices;
  starting: boolean;
  onBack(): void;
  onNext(): void;
  onStart(): void;
}) {
  const { step, choices } = props;
  // Asked before importing, so a missing industry blocks the import instead of failing every row.
  const check = useApiQuery('imports.checkMapping', { mapping: choices.mapping, defaults: choices.defaults });
  const missing = check.data?.missing ?? [];
  return (
    <Stack mt="lg" gap="sm">
      {step === 2 && missing.length > 0 && (
        <Alert color="orange" icon={<IconAlertTriangle />} data-testid="missing-fields">
          Every lead needs {missing.map((f) => (f === 'companyName' ? 'a company name' : 'an industry')).join(' and ')}: map a column to it
          {missing.includes('industry') ? ', or set a default industry above' : ''}.
        </Alert>
      )}
      <Group justify="space-between">
        <Button variant="default" onClick={props.onBack} disabled={step === 0}>
          Back
        </Button>
        {step < 2 ? (
          <Button onClick={props.onNext}>Next</Button>
        ) : (
          <Button onClick={props.onStart} loading={props.starting} disabled={missing.length > 0 || !check.data} data-testid="start-import">
            Import
          </Button>
        )}
      </Group>
    </Stack>
  );
}
