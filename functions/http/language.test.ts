import { describe, expect, it } from 'vitest';
import { preferredLanguage } from './language.ts';

describe('the language of an answer', () => {
  it.each([
    [undefined, 'fr'],
    ['', 'fr'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['fr-FR,fr;q=0.9,en;q=0.8', 'fr'],
    ['de-DE,en;q=0.5', 'en'],
    ['de-DE', 'fr'],
    ['en;q=0.5,fr;q=0.5', 'fr'],
    ['en;q=0.6,fr;q=0.5', 'en'],
    ['*', 'fr'],
    ['en;q=0', 'fr'],
  ])('for Accept-Language %j is %s', (header, language) => {
    expect(preferredLanguage(header)).toBe(language);
  });
});
