import { Badge, Group, HoverCard, Loader, Progress, Stack, Text, Tooltip } from '@mantine/core';
import { IconCircleCheckFilled, IconCircleDashed, IconExternalLink } from '@tabler/icons-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { LeadListRow } from '../../../../src-shared/contract/leads';
import type { LeadColumnId } from '../../../../src-shared/domain/lead-columns';
import { tierOf } from '../../../../src-shared/domain/lead-score';
import { leadSourceLabels, leadStatusColors, leadStatusLabels, verificationStatusLabels } from '../../../../src-shared/domain/lead-values';
import { useApiQuery } from '../../api/hooks';
import {
  bookingColors,
  formatDate,
  formatRelative,
  locationOf,
  tierColors,
  verificationColors,
  websiteDomain,
  websiteHref,
} from './lead-format';
import { formatPhone } from './format-phone';
import classes from './LeadsTable.module.css';

const dash = <span className={classes.dimmed}>—</span>;

function ScoreFactors({ id }: { id: string }) {
  const detail = useApiQuery('leads.get', { id }, { staleTime: 30_000 });
  if (!detail.data) return <Loader size="sm" />;
  const { score } = detail.data;
  return (
    <Stack gap={8} w={280}>
      <Group justify="space-between">
        <Text fw={600} size="sm">
          Quality score {score.score}
        </Text>
        <Badge color={tierColors[score.tier]} variant="light" size="sm">
          {score.tier}
        </Badge>
      </Group>
      {score.factors.map((factor) => (
        <div key={factor.label}>
          <Group justify="space-between" gap={4}>
            <Text size="xs" fw={500}>
              {factor.label}
            </Text>
            <Text size="xs" c="dimmed">
              {factor.points} / {factor.max}
            </Text>
          </Group>
          <Progress value={(factor.points / factor.max) * 100} size={4} color={factor.points === factor.max ? 'teal' : 'indigo'} />
          <Text size="xs" c="dimmed" lineClamp={1}>
            {factor.detail}
          </Text>
        </div>
      ))}
    </Stack>
  );
}

/**
 * The score as a tier-coloured badge; hovering it explains the factors behind it. A table shows
 * dozens of scores and few are hovered: the hover card is only mounted on the first hover.
 */
export function ScoreBadge({ id, score }: { id: string; score: number | null }) {
  const [hovered, setHovered] = useState(false);
  // The card's own 250 ms open delay, kept for the first hover: a pointer sweeping across the column opens nothing.
  const intent = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(intent.current), []);
  const tier = tierOf(score);
  if (score === null || !tier) return dash;
  const badge = (
    <Badge
      color={tierColors[tier]}
      variant="light"
      leftSection={<b>{score}</b>}
      data-testid="score-badge"
      style={{ cursor: 'help' }}
      onPointerEnter={hovered ? undefined : () => (intent.current = setTimeout(() => setHovered(true), 250))}
      onPointerLeave={hovered ? undefined : () => clearTimeout(intent.current)}
    >
      {tier}
    </Badge>
  );
  if (!hovered) return badge;
  return (
    <HoverCard initiallyOpened openDelay={250} position="right" shadow="md" withinPortal>
      <HoverCard.Target>{badge}</HoverCard.Target>
      <HoverCard.Dropdown>
        <ScoreFactors id={id} />
      </HoverCard.Dropdown>
    </HoverCard>
  );
}

export function StatusBadge({ status }: { status: LeadListRow['status'] }) {
  return (
    <Badge color={leadStatusColors[status]} variant="light" radius="sm" data-status={status}>
      {leadStatusLabels[status]}
    </Badge>
  );
}

function VerifiedIcon({ status }: { status: LeadListRow['verificationStatus'] }) {
  // Like the score's hover card, the tooltip is mounted on the first hover only.
  const [hovered, setHovered] = useState(false);
  const verified = status === 'email_verified' || status === 'fully_verified';
  const icon = (
    <span style={{ display: 'inline-flex' }} onPointerEnter={hovered ? undefined : () => setHovered(true)}>
      {verified ? (
        <IconCircleCheckFilled
          size={15}
          color={`var(--mantine-color-${verificationColors[status]}-6)`}
          aria-label={verificationStatusLabels[status]}
        />
      ) : (
        <IconCircleDashed size={15} color="var(--mantine-color-gray-5)" aria-label={verificationStatusLabels[status]} />
      )}
    </span>
  );
  if (!hovered) return icon;
  return (
    <Tooltip label={verificationStatusLabels[status]} defaultOpened withinPortal>
      {icon}
    </Tooltip>
  );
}

export function renderLeadCell(column: LeadColumnId, row: LeadListRow): ReactNode {
  switch (column) {
    case 'companyName':
      return (
        <span className={`${classes.company} ${classes.truncate}`} title={row.companyName}>
          {row.companyName}
        </span>
      );
    case 'email':
      return row.email ? (
        <>
          <VerifiedIcon status={row.verificationStatus} />
          <span className={classes.truncate} title={row.email}>
            {row.email}
          </span>
        </>
      ) : (
        dash
      );
    case 'website': {
      if (!row.website) return dash;
      return (
        <a
          href={websiteHref(row.website)}
          target="_blank"
          rel="noreferrer noopener"
          className={`${classes.link} ${classes.truncate}`}
          onClick={(e) => e.stopPropagation()}
        >
          {websiteDomain(row.website)} <IconExternalLink size={11} style={{ verticalAlign: 'middle', opacity: 0.6 }} />
        </a>
      );
    }
    case 'phone':
      return row.phone ? <span className={classes.truncate}>{formatPhone(row.phone)}</span> : dash;
    case 'location':
      return locationOf(row) ? <span className={classes.truncate}>{locationOf(row)}</span> : dash;
    case 'source':
      return (
        <Badge variant="default" radius="sm" size="sm" tt="none" fw={500}>
          {leadSourceLabels[row.source] ?? row.source}
        </Badge>
      );
    case 'status':
      return <StatusBadge status={row.status} />;
    case 'qualityScore':
      return <ScoreBadge id={row.id} score={row.qualityScore} />;
    case 'bookingPotential':
      return row.bookingPotential ? (
        <Badge variant="dot" color={bookingColors[row.bookingPotential] ?? 'gray'} size="sm" tt="capitalize">
          {row.bookingPotential}
        </Badge>
      ) : (
        dash
      );
    case 'tags':
      if (!row.tags.length) return dash;
      return (
        <Group gap={4} wrap="nowrap" className={classes.truncate}>
          {row.tags.slice(0, 2).map((tag) => (
            <Badge key={tag} size="sm" variant="outline" color="gray" radius="xl" tt="none" fw={500}>
              {tag}
            </Badge>
          ))}
          {row.tags.length > 2 && (
            <Text size="xs" c="dimmed">
              +{row.tags.length - 2}
            </Text>
          )}
        </Group>
      );
    case 'lastContactedAt':
      return row.lastContactedAt ? <span title={formatDate(row.lastContactedAt)}>{formatRelative(row.lastContactedAt)}</span> : dash;
    case 'createdAt':
      return formatDate(row.createdAt);
    case 'updatedAt':
      return formatDate(row.updatedAt);
    case 'verificationStatus':
      return (
        <Badge variant="light" color={verificationColors[row.verificationStatus]} size="sm" tt="none">
          {verificationStatusLabels[row.verificationStatus]}
        </Badge>
      );
    case 'googleRating':
      return row.googleRating === null ? dash : `★ ${row.googleRating.toFixed(1)}`;
    case 'digitalMaturityScore':
      return row.digitalMaturityScore === null ? dash : `${row.digitalMaturityScore} / 100`;
    case 'emailsSent':
      return String(row.emailsSent);
    default: {
      const value = row[column as 'contactName' | 'jobTitle' | 'industry' | 'companySize'];
      return value ? (
        <span className={classes.truncate} title={value}>
          {value}
        </span>
      ) : (
        dash
      );
    }
  }
}
