import { NavLink, Text } from '@mantine/core';
import { IconBookmark } from '@tabler/icons-react';
import { Link, useLocation } from 'wouter';
import { useApiQuery } from '../../api/hooks';

/** The saved lead views, listed under "Leads" in the sidebar. */
export function SavedViewsNav() {
  const views = useApiQuery('leads.listViews', {}, { staleTime: 30_000 });
  const [location] = useLocation();
  if (!views.data?.length) return null;
  return (
    <div data-testid="saved-views-nav">
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" px="sm" pt={6} pb={2} style={{ letterSpacing: '0.04em' }}>
        Saved views
      </Text>
      {views.data.map((view) => (
        <NavLink
          key={view.id}
          component={Link}
          href={`/leads/views/${view.id}`}
          label={view.name}
          leftSection={<IconBookmark size={15} stroke={1.6} />}
          active={location === `/leads/views/${view.id}`}
          py={5}
          pl="lg"
          style={{ borderRadius: 'var(--mantine-radius-md)' }}
        />
      ))}
    </div>
  );
}
