import { Card, SegmentedControl, Stack, Text, useMantineColorScheme } from '@mantine/core';
import { useApiMutation, useApiQuery } from '../../api/hooks';

export function AppearanceSettings() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const density = useApiQuery('settings.get', { keys: ['ui.density'] });
  const save = useApiMutation('settings.set', { invalidates: ['settings.'] });
  return (
    <Card withBorder padding="lg" maw={640}>
      <Stack>
        <div>
          <Text fw={500} size="sm" mb={6}>
            Colour scheme
          </Text>
          <SegmentedControl
            value={colorScheme}
            onChange={(value) => {
              const scheme = value as 'light' | 'dark' | 'auto';
              setColorScheme(scheme);
              save.mutate({ key: 'ui.colorScheme', value: scheme });
            }}
            data={[
              { label: 'Light', value: 'light' },
              { label: 'Dark', value: 'dark' },
              { label: 'Like the system', value: 'auto' },
            ]}
          />
        </div>
        <div>
          <Text fw={500} size="sm" mb={6}>
            Table density
          </Text>
          <SegmentedControl
            value={density.data?.['ui.density'] ?? 'comfortable'}
            onChange={(value) => save.mutate({ key: 'ui.density', value: value as 'compact' | 'comfortable' })}
            data={[
              { label: 'Comfortable', value: 'comfortable' },
              { label: 'Compact', value: 'compact' },
            ]}
          />
        </div>
      </Stack>
    </Card>
  );
}
