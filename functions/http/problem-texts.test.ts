import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { localise } from './problem-texts.ts';

const functionsFolder = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The English sentences the API raises: string arguments of `problems.…(…)` and `message: '…'` fields. */
function raisedSentences(source: string): string[] {
  const inProblemCalls = [...source.matchAll(/problems\.\w+\(([^;]*?)\)[;,\n]/gs)].flatMap(([, args]) =>
    // Words given in both languages (`{ fr: …, en: … }`) need no catalogue.
    [...(args ?? '').matchAll(/(\b(?:fr|en):\s*)?(['"])((?:(?!\2).)+)\2/g)]
      .filter((match) => match[1] === undefined)
      .map((match) => match[3] ?? ''),
  );
  const inMessages = [...source.matchAll(/message: (['"])((?:(?!\1).)+)\1/g)].map((match) => match[2] ?? '');
  // Codes and slugs (lower-case words joined by hyphens) are not sentences.
  return [...inProblemCalls, ...inMessages].filter((text) => /\s/.test(text));
}

describe('the French catalogue of the API', () => {
  const sentences = [
    ...new Set(sourceFiles(functionsFolder).flatMap((file) => raisedSentences(readFileSync(file, 'utf8')))),
  ];

  it('finds the sentences the code raises', () => {
    expect(sentences.length).toBeGreaterThan(10);
  });

  it.each(sentences)('has French words for %j', (sentence) => {
    expect(localise(sentence)?.fr).toBeTruthy();
  });
});
