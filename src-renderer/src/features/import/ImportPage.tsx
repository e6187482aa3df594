import { Button, Center, FileButton, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useApiQuery, useAppEvent } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { BatchesTable } from './BatchesTable';
import { useImportWizard } from './ImportWizardContext';

/** Start an import (or drop a file anywhere), and every import so far. */
export function ImportPage() {
  const { openFile } = useImportWizard();
  const batches = useApiQuery('imports.listBatches', {});
  const client = useQueryClient();
  const refresh = useCallback(() => void client.invalidateQueries({ queryKey: ['imports.listBatches'] }), [client]);
  useAppEvent('imports.finished', refresh);
  useAppEvent('imports.progressed', refresh);

  const picker = (
    <FileButton onChange={(file) => file && openFile(file)} accept=".csv,.tsv,.txt,text/csv,text/plain">
      {(props) => (
        <Button leftSection={<IconFileImport size={18} />} {...props}>
          Choose a CSV file
        </Button>
      )}
    </FileButton>
  );

  return (
    <>
      <PageHeader
        title="Import"
        description="Drop a CSV anywhere in the window, or choose one: exports from Apollo, Hunter, LinkedIn tools, Google-Maps scrapers and Excel are recognised. Map it once; the mapping is remembered for files with the same columns."
        actions={picker}
      />
      {batches.isLoading && (
        <Center p="xl">
          <Loader size="sm" />
        </Center>
      )}
      {batches.data?.length === 0 && (
        <Paper withBorder p="xl" radius="md" style={{ borderStyle: 'dashed' }}>
          <Stack align="center" gap="xs">
            <IconFileImport size={40} stroke={1.3} />
            <Text fw={600}>No imports yet</Text>
            <Text c="dimmed" size="sm">
              Drop a CSV file here (or anywhere) to start.
            </Text>
            {picker}
          </Stack>
        </Paper>
      )}
      {batches.data && batches.data.length > 0 && <BatchesTable batches={batches.data} />}
    </>
  );
}
