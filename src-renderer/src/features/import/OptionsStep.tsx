import { Radio, SimpleGrid, Stack, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { dedupeStrategies, dedupeStrategyLabels } from '../../../../src-shared/domain/import-options';
import type { WizardChoices } from './ImportWizard';

/** Defaults for what the file lacks, the duplicate rule, and the name the mapping is saved under. */
export function OptionsStep({ choices, onChoices }: { choices: WizardChoices; onChoices(c: WizardChoices): void }) {
  const setDefault = (key: 'industry' | 'source' | 'country', value: string) =>
    onChoices({ ...choices, defaults: { ...choices.defaults, [key]: value || undefined } });
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
      <Stack gap="sm">
        <Title order={5}>Defaults for every lead of this file</Title>
        <TextInput
          label="Industry"
          description="Required when no column gives it; a row's own value wins."
          placeholder="e.g. Dentists"
          value={choices.defaults.industry ?? ''}
          onChange={(e) => setDefault('industry', e.currentTarget.value)}
          maxLength={100}
        />
        <TextInput
          label="Source"
          description="Where these leads come from (apollo, hunter, google_places, a fair…)."
          placeholder="Detected from the file"
          value={choices.defaults.source ?? ''}
          onChange={(e) => setDefault('source', e.currentTarget.value)}
          maxLength={50}
        />
        <TextInput
          label="Country"
          description="For rows without one; also reads national phone numbers."
          value={choices.defaults.country ?? ''}
          onChange={(e) => setDefault('country', e.currentTarget.value)}
          maxLength={100}
        />
        <TagsInput
          label="Tags"
          description="Added to every lead of this import."
          value={choices.defaults.tags ?? []}
          onChange={(tags) => onChoices({ ...choices, defaults: { ...choices.defaults, tags } })}
        />
      </Stack>
      <Stack gap="sm">
        <Title order={5}>Duplicates</Title>
        <Text size="sm" c="dimmed">
          A row is a duplicate when its email matches (any case), else its website's domain with the company name, else its phone number:
          within the file and against the leads you already have.
        </Text>
        <Radio.Group value={choices.dedupe} onChange={(value) => onChoices({ ...choices, dedupe: value as WizardChoices['dedupe'] })}>
          <Stack gap="xs" mt={4}>
            {dedupeStrategies.map((s) => (
              <Radio key={s} value={s} label={dedupeStrategyLabels[s]} />
            ))}
          </Stack>
        </Radio.Group>
        <TextInput
          mt="md"
          label="Save this mapping as"
          description="It is re-applied the next time a file with the same columns arrives."
          placeholder="Named after the file"
          value={choices.presetName}
          onChange={(e) => onChoices({ ...choices, presetName: e.currentTarget.value })}
          maxLength={255}
        />
      </Stack>
    </SimpleGrid>
  );
}
