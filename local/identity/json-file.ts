// JSON files under the local data folder, written atomically (temporary file + rename)
// so that a crash mid-write never leaves half a key set or half an account list behind.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** The parsed content of `file`, or `undefined` when it does not exist yet. */
export async function readJsonFile<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export async function writeJsonFile(file: string, value: unknown): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temporary, JSON.stringify(value, null, 2), { mode: 0o600 });
  await rename(temporary, file);
}

/** Reads `file`, or creates it with `create()` on first use, so generated secrets survive restarts. */
export async function readOrCreateJsonFile<T>(file: string, create: () => T): Promise<T> {
  const existing = await readJsonFile<T>(file);
  if (existing !== undefined) return existing;
  const created = create();
  await writeJsonFile(file, created);
  return created;
}
