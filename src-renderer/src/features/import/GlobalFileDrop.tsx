import { Center, Overlay, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileImport } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useImportWizard } from './ImportWizardContext';
import { looksLikeCsv } from './import-source';

const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');

/** Dropping a CSV anywhere on the window, on any page, opens the import wizard. */
export function GlobalFileDrop() {
  const { openFile } = useImportWizard();
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);

  useEffect(() => {
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth.current++;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      // Without this the browser would open the file and leave the app.
      event.preventDefault();
      depth.current = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      if (!looksLikeCsv(file)) {
        notifications.show({
          color: 'red',
          title: 'Not a CSV file',
          message: `${file.name}: drop a .csv (or .tsv, .txt) export. Excel files: save as CSV first.`,
        });
        return;
      }
      openFile(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [openFile]);

  if (!dragging) return null;
  return (
    <Overlay fixed blur={2} backgroundOpacity={0.35} zIndex={400} data-testid="drop-overlay">
      <Center h="100%">
        <Paper p="xl" radius="lg" withBorder shadow="xl" style={{ borderStyle: 'dashed', borderWidth: 2 }}>
          <Stack align="center" gap="xs">
            <IconFileImport size={48} stroke={1.4} />
            <Text fw={600} size="lg">
              Drop the CSV to import its leads
            </Text>
            <Text c="dimmed" size="sm">
              Apollo, Hunter, LinkedIn Sales Navigator, Google-Maps scrapers, Excel: any CSV works.
            </Text>
          </Stack>
        </Paper>
      </Center>
    </Overlay>
  );
}
