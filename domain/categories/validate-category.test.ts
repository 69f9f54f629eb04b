import { describe, expect, it } from 'vitest';
import { validateCategory } from './index.ts';

const valid = { code: 'B', obtainedOn: '2015-03-10', validUntil: '2030-03-09', restrictions: ['01', '78'] };

const errorsOf = (input: unknown) => {
  const result = validateCategory(input);
  if (result.ok) throw new Error('accepted');
  return result.errors;
};

describe('checking a category from the registry', () => {
  it('accepts a well-formed category as it is, with no warning', () => {
    expect(validateCategory(valid)).toEqual({ ok: true, category: valid, warnings: [] });
  });

  it('is lenient with case, spaces, a missing end date and missing restrictions', () => {
    expect(validateCategory({ code: ' c1e ', obtainedOn: '2015-03-10', validUntil: null })).toEqual({
      ok: true,
      category: { code: 'C1E', obtainedOn: '2015-03-10', validUntil: null, restrictions: [] },
      warnings: [],
    });
    expect(validateCategory({ ...valid, validUntil: undefined, restrictions: [' 01.06 '] })).toMatchObject({
      ok: true,
      category: { validUntil: null, restrictions: ['01.06'] },
    });
  });

  it('records the former pink-licence names of trailer categories under their EU code, with a warning', () => {
    for (const [former, current] of [
      ['E(B)', 'BE'],
      ['EC', 'CE'],
      ['e(d)', 'DE'],
    ] as const) {
      const result = validateCategory({ ...valid, code: former });
      expect(result).toMatchObject({ ok: true, category: { code: current } });
      expect(result.ok && result.warnings.map((warning) => warning.path)).toEqual(['code']);
    }
  });

  it('refuses an unknown code and lists the known ones', () => {
    const [error] = errorsOf({ ...valid, code: 'Z' });
    expect(error?.path).toBe('code');
    expect(error?.message).toContain('AM, A1, A2, A, B1, B, BE, C1, C1E, C, CE, D1, D1E, D, DE');
    expect(errorsOf({ ...valid, code: 3 }).map((issue) => issue.path)).toEqual(['code']);
  });

  it('refuses dates that are not real days, and an end before the start', () => {
    expect(errorsOf({ ...valid, obtainedOn: '2015-02-29' }).map((issue) => issue.path)).toEqual([
      'obtainedOn',
    ]);
    expect(errorsOf({ ...valid, obtainedOn: undefined }).map((issue) => issue.path)).toEqual(['obtainedOn']);
    expect(errorsOf({ ...valid, validUntil: '2030-13-01' }).map((issue) => issue.path)).toEqual([
      'validUntil',
    ]);
    const [before] = errorsOf({ ...valid, validUntil: '2015-03-09' });
    expect(before).toEqual({
      path: 'validUntil',
      message: 'validUntil (2015-03-09) is before obtainedOn (2015-03-10)',
    });
    expect(validateCategory({ ...valid, validUntil: '2015-03-10' }).ok).toBe(true);
  });

  it('keeps national and parameterised restriction codes with a warning', () => {
    const result = validateCategory({ ...valid, restrictions: ['01', '101', '79(3500 kg)'] });
    expect(result).toMatchObject({ ok: true, category: { restrictions: ['01', '101', '79(3500 kg)'] } });
    expect(result.ok && result.warnings.map((warning) => warning.path)).toEqual([
      'restrictions[1]',
      'restrictions[2]',
    ]);
  });

  it('refuses restrictions that are not EU codes written as strings', () => {
    expect(errorsOf({ ...valid, restrictions: '01' }).map((issue) => issue.path)).toEqual(['restrictions']);
    expect(
      errorsOf({ ...valid, restrictions: ['01', 78, '7', 'glasses', ''] }).map((issue) => issue.path),
    ).toEqual(['restrictions[1]', 'restrictions[2]', 'restrictions[3]', 'restrictions[4]']);
  });

  it('reports every problem at once, each with its field', () => {
    expect(
      errorsOf({ code: 'X', obtainedOn: 'yesterday', restrictions: [1] }).map((issue) => issue.path),
    ).toEqual(['code', 'obtainedOn', 'restrictions[0]']);
    expect(errorsOf(null)).toEqual([
      { path: '', message: 'a category is an object { code, obtainedOn, validUntil, restrictions }' },
    ]);
    expect(errorsOf(['B'])[0]?.path).toBe('');
  });
});
