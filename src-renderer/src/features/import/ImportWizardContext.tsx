import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { ImportWizard } from './ImportWizard';

interface ImportWizardApi {
  /** Opens the wizard on a file (dropped anywhere, or picked with a button). */
  openFile(file: File): void;
}

const WizardContext = createContext<ImportWizardApi>({ openFile: () => undefined });

export function useImportWizard(): ImportWizardApi {
  return useContext(WizardContext);
}

export function ImportWizardProvider({ children }: { children: ReactNode }) {
  const [file, setFile] = useState<{ file: File; key: number } | null>(null);
  const openFile = useCallback((next: File) => setFile({ file: next, key: Date.now() }), []);
  const api = useMemo(() => ({ openFile }), [openFile]);
  return (
    <WizardContext.Provider value={api}>
      {children}
      {file && <ImportWizard key={file.key} file={file.file} onClose={() => setFile(null)} />}
    </WizardContext.Provider>
  );
}
