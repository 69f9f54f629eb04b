// The two licence formats the registry knows (CONTRACT.md §2): the EU card (from 16 Sep 2013) and the pink
// three-fold paper licence.
export const licenceFormats = ['eu-card', 'pink-3-fold'] as const;

export type LicenceFormat = (typeof licenceFormats)[number];

export function isLicenceFormat(value: unknown): value is LicenceFormat {
  return licenceFormats.some((format) => format === value);
}
