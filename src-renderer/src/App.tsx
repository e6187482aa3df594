import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryCache, QueryClient, QueryClientProvider, MutationCache } from '@tanstack/react-query';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { theme } from './theme';
import { AppShellLayout } from './features/shell/AppShellLayout';
import { showApiError } from './components/notify';
import { prefetchFirstLeadRows } from './features/leads/use-lead-rows';

const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 5_000, retry: 1, refetchOnWindowFocus: false } },
  // Every failed call tells the user in plain words, unless the caller shows the error itself.
  queryCache: new QueryCache({ onError: (error) => showApiError(error) }),
  mutationCache: new MutationCache({
    onError: (error, _vars, _ctx, mutation) => {
      if (!mutation.options.onError) showApiError(error);
    },
  }),
});

prefetchFirstLeadRows(queryClient, window.location.hash);

const colorSchemeManager = localStorageColorSchemeManager({ key: 'outreach-desk-color-scheme' });

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto" colorSchemeManager={colorSchemeManager}>
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <Router hook={useHashLocation}>
          <AppShellLayout />
        </Router>
      </QueryClientProvider>
    </MantineProvider>
  );
}
