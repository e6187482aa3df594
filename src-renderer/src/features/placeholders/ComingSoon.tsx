import { Badge, Card, List, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconHammer } from '@tabler/icons-react';
import { PageHeader } from '../../components/PageHeader';

/** An area that is not built yet says plainly what it will do, and offers no buttons that do nothing. */
export function ComingSoon({ title, summary, points }: { title: string; summary: string; points: string[] }) {
  return (
    <Stack maw={820} data-page={title}>
      <PageHeader title={title} description={summary} />
      <Card withBorder padding="lg">
        <Stack gap="md">
          <Badge variant="light" color="gray" leftSection={<IconHammer size={12} />} w="fit-content">
            Being built
          </Badge>
          <Text size="sm">This part of Outreach Desk is on its way. Here is what it will let you do:</Text>
          <List
            spacing="xs"
            size="sm"
            icon={
              <ThemeIcon size={18} radius="xl" variant="light">
                <Text size="xs">•</Text>
              </ThemeIcon>
            }
          >
            {points.map((point) => (
              <List.Item key={point}>{point}</List.Item>
            ))}
          </List>
        </Stack>
      </Card>
    </Stack>
  );
}
