import {
  ActionIcon,
  AppShell,
  Group,
  Loader,
  NavLink,
  ScrollArea,
  Text,
  Tooltip,
  useMantineColorScheme,
  useComputedColorScheme,
} from '@mantine/core';
import { IconMoon, IconSun } from '@tabler/icons-react';
import { Suspense, useEffect } from 'react';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { useApiQuery } from '../../api/hooks';
import { GlobalFileDrop } from '../import/GlobalFileDrop';
import { SavedViewsNav } from '../leads/SavedViewsNav';
import { ImportWizardProvider } from '../import/ImportWizardContext';
import { navItems } from './nav-items';
import { routes } from './routes';

function ColorSchemeToggle() {
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme('light');
  const next = computed === 'dark' ? 'light' : 'dark';
  return (
    <Tooltip label={`Switch to ${next} mode`}>
      <ActionIcon variant="subtle" size="lg" aria-label={`Switch to ${next} mode`} onClick={() => setColorScheme(next)}>
        {computed === 'dark' ? <IconSun size={18} /> : <IconMoon size={18} />}
      </ActionIcon>
    </Tooltip>
  );
}

export function AppShellLayout() {
  const [location] = useLocation();
  const info = useApiQuery('app.info', {}, { staleTime: Infinity });

  // Tests and screenshots wait for this marker instead of sleeping.
  useEffect(() => {
    const root = document.getElementById('root');
    if (root && info.data) root.dataset.appState = 'ready';
  }, [info.data]);

  return (
    // A CSV dropped anywhere, on any page, opens the import wizard.
    <ImportWizardProvider>
      <GlobalFileDrop />
      <AppShell header={{ height: 52 }} navbar={{ width: 250, breakpoint: 'sm' }} padding="lg">
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between">
            <Group gap={10}>
              <img src="./icon.svg" alt="" width={26} height={26} />
              <Text fw={700} size="lg">
                Outreach Desk
              </Text>
            </Group>
            <Group gap="xs">
              {info.data && (
                <Text size="xs" c="dimmed" data-testid="database-mode">
                  {info.data.database.mode === 'embedded' ? 'Embedded database' : 'PostgreSQL server'}
                </Text>
              )}
              <ColorSchemeToggle />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="xs">
          <AppShell.Section grow component={ScrollArea}>
            <nav aria-label="Main">
              {navItems.map((item) => (
                <div key={item.path}>
                  <NavLink
                    component={Link}
                    href={item.path}
                    label={item.label}
                    leftSection={<item.icon size={18} stroke={1.6} />}
                    active={location === item.path || location.startsWith(`${item.path}/`)}
                    style={{ borderRadius: 'var(--mantine-radius-md)' }}
                  />
                  {item.path === '/leads' && <SavedViewsNav />}
                </div>
              ))}
            </nav>
          </AppShell.Section>
          <AppShell.Section>
            <Text size="xs" c="dimmed" px="sm" py={6}>
              {info.data ? `Version ${info.data.version}` : ' '}
            </Text>
          </AppShell.Section>
        </AppShell.Navbar>
        <AppShell.Main>
          <Suspense fallback={<Loader size="sm" m="xl" aria-label="Loading the page" />}>
            <Switch>
              {routes.map((route) => (
                <Route key={route.path} path={route.path} nest={route.nest ?? false} component={route.component} />
              ))}
              <Route>
                <Redirect to="/leads" />
              </Route>
            </Switch>
          </Suspense>
        </AppShell.Main>
      </AppShell>
    </ImportWizardProvider>
  );
}
