// The public verification of a document by whoever holds it (employer, rental company, insurer): authentic if
// the reference and its code match, with the licence's status today, whether it changed since issue, and
// never the points. Two limits, each one conditional write taken before anything is compared: per client
// address (found and not-found answers alike), and per document, so that its code cannot be guessed from many
// addresses however the requests come in.
import type { AttemptCounter } from '../adapters/attempt-counter.ts';
import type { Clock } from '../adapters/clock.ts';
import type { DocumentRepository } from '../adapters/document-repository.ts';
import type { LicenceRepository } from '../adapters/licence-repository.ts';
import { codeMatches } from './identifiers.ts';
import { categoriesOf, rightToDriveOf, sameRightToDrive } from './licence-on.ts';

export const VERIFICATIONS_PER_ADDRESS = { limit: 20, windowMs: 10 * 60 * 1000 };
/** An employer checks a document once or twice; a code of 40 random bits is out of reach at 30 tries an hour. */
export const VERIFICATIONS_PER_DOCUMENT = { limit: 30, windowMs: 60 * 60 * 1000 };

interface Dependencies {
  documents: DocumentRepository;
  licences: LicenceRepository;
  attempts: AttemptCounter;
  clock: Clock;
}

export function makeVerifyDocument({ documents, licences, attempts, clock }: Dependencies) {
  /** One attempt taken under `limit` for `key`; the refusal to answer when none is left. */
  async function refusedBy(
    key: string,
    limit: typeof VERIFICATIONS_PER_ADDRESS,
    limited: 'address' | 'document',
  ) {
    const reservation = await attempts.reserve(key, clock.now().getTime(), limit);
    return reservation.ok
      ? undefined
      : { kind: 'rate-limited' as const, limited, retryAfterSeconds: reservation.retryAfterSeconds };
  }

  return async function verifyDocument(reference: string, code: string, clientAddress: string) {
    const now = clock.now();
    const byAddress = await refusedBy(`VERIFY#${clientAddress}`, VERIFICATIONS_PER_ADDRESS, 'address');
    if (byAddress) return byAddress;
    const verification = await documents.getVerification(reference.trim().toUpperCase(), now);
    if (!verification) return { kind: 'not-found' as const };
    const byDocument = await refusedBy(
      `VERIFY#DOCUMENT#${verification.reference}`,
      VERIFICATIONS_PER_DOCUMENT,
      'document',
    );
    if (byDocument) return byDocument;
    if (!codeMatches(verification.codeHash, code)) return { kind: 'not-found' as const };

    const today = clock.today();
    // The record may be gone (a licence withdrawn from the registry): then what was true at issue stands.
    const licence = await licences.get(verification.licenceNumber);
    const rightToDrive = licence ? rightToDriveOf(licence, today) : verification.rightToDriveAtIssue;
    return {
      kind: 'verified' as const,
      answer: {
        reference: verification.reference,
        document: verification.kind,
        holder: verification.holder,
        licenceStatus: rightToDrive.status,
        statusChangedSinceIssue: !sameRightToDrive(rightToDrive, verification.rightToDriveAtIssue),
        categories: licence ? categoriesOf(licence, today) : verification.categoriesAtIssue,
        issuedAt: verification.issuedAt,
        validUntil: verification.validUntil,
        withinValidity: today <= verification.validUntil,
        holderIdentification: verification.holderIdentification,
      },
    };
  };
}
