// The web front end's Vite configuration, as an object rather than a vite.config.ts file so that
// `npm run build:web` and `npm start` build it in-process with exactly the same settings.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import type { InlineConfig } from 'vite';

export const webRoot = fileURLToPath(new URL('.', import.meta.url));
export const webDist = fileURLToPath(new URL('./dist', import.meta.url));

export function webConfig(outDir = webDist): InlineConfig {
  return {
    configFile: false,
    root: webRoot,
    base: '/',
    logLevel: 'warn',
    mode: 'production',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      // The manifest tells which chunks a first visit loads (the first-load budget).
      manifest: true,
      target: 'es2022',
      sourcemap: false,
    },
  };
}
