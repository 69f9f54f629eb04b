import { describe, expect, it } from 'vitest';
import { frenchDate } from './index.ts';

describe('a day written in French', () => {
  it('writes the first of a month "1er" and the other days as numbers, months in lower case', () => {
    expect(frenchDate('2027-03-01' as never)).toBe('1er mars 2027');
    expect(frenchDate('1990-04-12' as never)).toBe('12 avril 1990');
    expect(frenchDate('2024-08-02' as never)).toBe('2 août 2024');
    expect(frenchDate('2024-12-31' as never)).toBe('31 décembre 2024');
  });
});
