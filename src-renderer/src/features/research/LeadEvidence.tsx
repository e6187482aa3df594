import { Badge, Group, List, Loader, Stack, Text, Tooltip } from '@mantine/core';
import { useApiQuery } from '../../api/hooks';
import { formatWhen, potentialColor } from './research-format';

/**
 * The "Website analysis" section of a lead record: what was found on the lead's site and where
 * ("Calendly embed on /book"), the factors behind its booking potential and digital maturity, and
 * the contact details found with their page.
 */
export function LeadEvidence({ leadId }: { leadId: string }) {
  const query = useApiQuery('research.evidence', { leadId });
  const evidence = query.data;
  if (query.isPending) return <Loader size="xs" />;
  if (!evidence || !evidence.analysedAt) {
    return (
      <Text size="sm" c="dimmed" data-testid="lead-evidence-empty">
        This lead’s website has not been analysed yet.
      </Text>
    );
  }
  return (
    <Stack gap={6} data-testid="lead-evidence" style={{ overflowWrap: 'anywhere' }}>
      <Group gap="xs">
        {evidence.ok ? <Badge variant="outline">{evidence.bookingTool ?? 'No booking tool'}</Badge> : <Badge color="red">Could not be analysed</Badge>}
        {evidence.bookingPotential && (
          <Tooltip label={evidence.bookingPotential.factors.map((f) => `${f.label} (${f.points > 0 ? '+' : ''}${f.points})`).join(' · ') || 'No factors'} multiline w={320}>
            <Badge color={potentialColor[evidence.bookingPotential.potential]}>Potential: {evidence.bookingPotential.potential}</Badge>
          </Tooltip>
        )}
        {evidence.digitalMaturity && (
          <Tooltip label={evidence.digitalMaturity.factors.map((f) => `${f.label} (${f.points > 0 ? '+' : ''}${f.points})`).join(' · ')} multiline w={320}>
            <Badge color="grape" variant="light">
              Maturity {evidence.digitalMaturity.score}/100
            </Badge>
          </Tooltip>
        )}
      </Group>
      <List size="sm" spacing={2}>
        {evidence.lines.map((line, i) => (
          <List.Item key={i}>{line.text}</List.Item>
        ))}
      </List>
      {evidence.contacts.length > 0 && (
        <Stack gap={0}>
          <Text size="xs" fw={600}>
            Contacts found
          </Text>
          {evidence.contacts.map((c) => (
            <Text key={`${c.kind}:${c.value}`} size="xs" c="dimmed">
              {c.value} — {c.source}
            </Text>
          ))}
        </Stack>
      )}
      {evidence.errors.slice(0, 3).map((e, i) => (
        <Text key={i} size="xs" c="orange">
          {e}
        </Text>
      ))}
      <Text size="xs" c="dimmed">
        {evidence.domain} · analysed {formatWhen(evidence.analysedAt)}
        {evidence.expiresAt ? ` · cached until ${formatWhen(evidence.expiresAt)}` : ''}
      </Text>
    </Stack>
  );
}
