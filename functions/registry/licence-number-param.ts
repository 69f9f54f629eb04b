// The licence number in a registry path: normalised, and refused with a clear
// reason when it is not a NEPH.
import { parseLicenceNumber, type LicenceFormat } from '../../domain/licence-number/index.ts';
import { problems } from '../http/problem.ts';

export function licenceNumberFromPath(raw: string, format: LicenceFormat = 'eu-card'): string {
  const parsed = parseLicenceNumber(decodeURIComponent(raw), format);
  if (!parsed.ok)
    throw problems.validation([
      { path: 'licenceNumber', code: `licence-number-${parsed.reason}`, message: parsed.message },
    ]);
  return parsed.licenceNumber;
}
