import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { productionCsp } from './src-shared/domain/content-security-policy';

// React refresh needs inline scripts and a websocket to the dev server: relax the CSP in dev only.
function contentSecurityPolicy(): Plugin {
  return {
    name: 'outreach-desk-csp',
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        const dev = !!context.server;
        const csp = dev
          ? productionCsp
              .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
              .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* http://localhost:*")
          : productionCsp;
        return html.replace('%CONTENT_SECURITY_POLICY%', csp);
      },
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src-main/index.ts'),
          cli: resolve(__dirname, 'src-main/cli/main.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'src-main/preload/index.ts') },
        // A sandboxed preload must be one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src-renderer',
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves bundles unminified; the renderer's 3.8 MB of script took most of the
      // Leads page's first second to parse on a slow laptop.
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src-renderer/index.html') } },
    },
    plugins: [react(), contentSecurityPolicy()],
  },
});
