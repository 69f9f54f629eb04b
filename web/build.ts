// Builds the web front end with Vite (in-process) and measures what a first visit downloads: the
// entry chunk and every chunk it imports statically, gzipped. Lazy pages are not counted.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { webConfig, webDist, webRoot } from './vite-config.ts';

/** The first-load JavaScript budget of the issue, in gzipped bytes. */
export const FIRST_LOAD_BUDGET = 150 * 1024;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

export async function buildWeb(outDir = webDist): Promise<void> {
  const { build } = await import('vite');
  // Always the production build of React and the rest, even from a test run (vitest sets NODE_ENV=test).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build(webConfig(outDir));
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

/** The gzipped size of the JavaScript the entry page loads before any lazy page. */
export async function firstLoadBytes(distDir = webDist): Promise<{ bytes: number; files: string[] }> {
  const manifest = JSON.parse(await readFile(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  if (entry) visit(entry);
  let bytes = 0;
  for (const file of files) bytes += gzipSync(await readFile(join(distDir, file))).length;
  return { bytes, files: [...files] };
}

const sources = ['src', 'index.html', 'public', 'vite-config.ts'].map((name) => join(webRoot, name));

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** True when there is no build, or a source file changed after it. */
export function webBuildIsStale(distDir = webDist): boolean {
  const built = join(distDir, 'index.html');
  if (!existsSync(built)) return true;
  return Math.max(...sources.map(newestMtime)) > statSync(built).mtimeMs;
}

/** Builds when missing or stale; says what it did through `log`. */
export async function ensureWebBuilt(log: (line: string) => void = () => {}): Promise<void> {
  if (!webBuildIsStale()) return;
  log('building the web front end (web/ changed or was never built)…');
  const started = Date.now();
  await buildWeb();
  log(`web front end built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
