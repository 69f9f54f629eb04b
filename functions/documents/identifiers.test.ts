import { describe, expect, it } from 'vitest';
import { codeMatches, hashCode, newReference, newVerificationCode } from './identifiers.ts';

describe('references and verification codes', () => {
  it('are drawn afresh in base 32 without letters one misreads (I, L, O, U)', () => {
    const references = new Set(Array.from({ length: 200 }, () => newReference('rir')));
    expect(references.size).toBe(200);
    for (const reference of references)
      expect(reference).toMatch(/^RIR-[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){2}$/);
    expect(newReference('rii')).toMatch(/^RII-/);
    expect(newVerificationCode()).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('match their stored hash whatever the case or surrounding spaces, and no other code', () => {
    const code = newVerificationCode();
    const stored = hashCode(code);
    expect(stored).not.toContain(code);
    expect(codeMatches(stored, ` ${code.toLowerCase()} `)).toBe(true);
    expect(
      codeMatches(
        stored,
        code.replace(/^./, (first) => (first === 'A' ? 'B' : 'A')),
      ),
    ).toBe(false);
    expect(codeMatches(stored, '')).toBe(false);
  });
});
