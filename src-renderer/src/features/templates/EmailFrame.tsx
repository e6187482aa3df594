import { Text } from '@mantine/core';
import { useMemo } from 'react';
import { emailDocument, safeEmailHtml } from './safe-email-html';

/** Shows a rendered email: sanitised, in a sandbox with no scripts and no same-origin access. */
export function EmailFrame({ html, title }: { html: string; title: string }) {
  const safe = useMemo(() => safeEmailHtml(html), [html]);
  return (
    <>
      <iframe
        title={title}
        sandbox=""
        srcDoc={emailDocument(safe.html)}
        data-testid="preview-frame"
        style={{
          width: '100%',
          height: 320,
          border: '1px solid var(--mantine-color-default-border)',
          borderRadius: 'var(--mantine-radius-sm)',
          background: '#fff',
        }}
      />
      {safe.blockedImages > 0 && (
        <Text size="xs" c="dimmed">
          {safe.blockedImages} remote image{safe.blockedImages > 1 ? 's' : ''} blocked in the preview.
        </Text>
      )}
    </>
  );
}
