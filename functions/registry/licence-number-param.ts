// The licence number in a registry path: percent-decoded safely, normalised, and refused with a clear reason
// when it is no licence number. The record route knows the format from its body; the others take either format
// (a 12-character NEPH or an older pink-licence number).
import { parseLicenceNumber, type LicenceFormat } from '../../domain/licence-number/index.ts';
import { problems } from '../http/index.ts';

function decoded(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw problems.malformedPath();
  }
}

export function licenceNumberFromPath(raw: string, format?: LicenceFormat): string {
  const typed = decoded(raw);
  const asCard = parseLicenceNumber(typed, format ?? 'eu-card');
  if (asCard.ok) return asCard.licenceNumber;
  const asPink = format ? asCard : parseLicenceNumber(typed, 'pink-3-fold');
  if (asPink.ok) return asPink.licenceNumber;
  // The card's reason is the more useful one when the number fits neither format.
  throw problems.validation([
    { path: 'licenceNumber', code: `licence-number-${asCard.reason}`, message: asCard.message },
  ]);
}
