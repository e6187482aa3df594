import { Badge, Button, Card, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useApiMutation } from '../../api/hooks';
import { potentialColor } from './research-format';

/** Analyse one address now and see what the analyser finds; nothing is written to a lead. */
export function TrySiteCard() {
  const [url, setUrl] = useState('');
  const analyse = useApiMutation('research.analyseUrl');
  const result = analyse.data;
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={4}>Try a site</Title>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (url.trim()) analyse.mutate({ url: url.trim() });
          }}
        >
          <Group align="flex-end" wrap="nowrap">
            <TextInput flex={1} label="Website" placeholder="salon-example.com" value={url} onChange={(e) => setUrl(e.currentTarget.value)} data-testid="try-url" />
            <Button type="submit" loading={analyse.isPending} disabled={!url.trim()} data-testid="try-analyse">
              Analyse
            </Button>
          </Group>
        </form>
        {result && (
          <Stack gap={6} data-testid="try-result">
            <Group gap="xs">
              <Text fw={600}>{result.domain}</Text>
              {result.ok ? <Badge color="teal" variant="light">{result.fromCache ? 'from cache' : `${result.pages} pages read`}</Badge> : <Badge color="red">could not be analysed</Badge>}
            </Group>
            {result.ok && (
              <Group gap="xs">
                <Badge variant="outline">{result.bookingTool ?? 'No booking tool'}</Badge>
                <Badge color={potentialColor[result.bookingPotential.potential]}>Potential: {result.bookingPotential.potential}</Badge>
                <Badge color="grape" variant="light">Maturity {result.digitalMaturity.score}/100</Badge>
              </Group>
            )}
            <List size="sm" spacing={2}>
              {result.lines.slice(0, 8).map((line, i) => (
                <List.Item key={i}>{line.text}</List.Item>
              ))}
            </List>
            {result.errors.slice(0, 3).map((e, i) => (
              <Text key={i} size="xs" c="red">
                {e}
              </Text>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
