import { describe, expect, it } from 'vitest';
import { catalogueClasses, isCatalogueClass, recoveryFamily, tenYearEligible } from './index.ts';

describe('what a class decides', () => {
  it('puts C1–C3 in the 2-year family and C4, C5 and délits in the 3-year family', () => {
    expect(catalogueClasses.map(recoveryFamily)).toEqual([
      'two-year',
      'two-year',
      'two-year',
      'three-year',
      'three-year',
      'three-year',
    ]);
  });

  it('lets only C1–C4 come back after ten years', () => {
    expect(catalogueClasses.filter(tenYearEligible)).toEqual(['C1', 'C2', 'C3', 'C4']);
  });

  it('knows exactly the six classes', () => {
    expect(catalogueClasses.every(isCatalogueClass)).toBe(true);
    expect(isCatalogueClass('D')).toBe(false);
    expect(isCatalogueClass('c4')).toBe(false);
  });
});
