// Public face of domain/categories: the licence categories, their minimum ages, how long each stays valid,
// and the check of a category sent by the registry.
export {
  categoryCodes,
  categoryWeight,
  isCategoryCode,
  minimumAge,
  type AgeCondition,
  type CategoryCode,
  type CategoryWeight,
} from './category-codes.ts';
export {
  ageOn,
  categoryEndsOn,
  categoryStatusOn,
  heavyValidityYears,
  heldCategoriesOn,
  pinkLicenceValidUntil,
  validUntilAfterRenewal,
  type CategoryContext,
  type CategoryStatus,
  type LicenceCategory,
} from './validity.ts';
export { validateCategory, type CategoryIssue, type CategoryValidation } from './validate-category.ts';
