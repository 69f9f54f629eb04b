// Issues a signed RIR or RII for the caller's own licence: its status on the day, a new reference and code,
// the PDF signed and stored, the verification recorded, and a download link. At most ten a day per account
// (the attempt is reserved before any work, so parallel requests cannot pass the limit).
import { randomUUID } from 'node:crypto';
import { addDays, type CalendarDate } from '../../domain/calendar/index.ts';
import { evaluateLicence, historyOf } from '../../domain/licence-record/index.ts';
import {
  buildRiiRecord,
  buildRirContent,
  type HolderIdentification,
  type RiiRecord,
} from '../../domain/rir/index.ts';
import type { Account, AccountRepository, Assurance } from '../adapters/account-repository.ts';
import type { AttemptCounter } from '../adapters/attempt-counter.ts';
import type { Clock } from '../adapters/clock.ts';
import type { DocumentRenderer } from '../adapters/document-renderer.ts';
import type { DocumentKind, DocumentRepository } from '../adapters/document-repository.ts';
import type { DocumentStorage, DownloadLink } from '../adapters/document-storage.ts';
import type { LicenceRepository, StoredLicence } from '../adapters/licence-repository.ts';
import type { Caller } from '../use-case/index.ts';
import {
  categoriesOf,
  hashCode,
  KEPT_AFTER_VALIDITY_DAYS,
  newReference,
  newVerificationCode,
  rightToDriveOf,
  rirLicenceOf,
} from '../documents/index.ts';
import { makeFindMyLicence } from '../motorist/index.ts';

export const DOCUMENTS_PER_DAY = { limit: 10, windowMs: 24 * 60 * 60 * 1000 };

export interface IssueDependencies {
  accounts: AccountRepository;
  licences: LicenceRepository;
  attempts: AttemptCounter;
  clock: Clock;
  documents: DocumentRepository;
  documentStorage: DocumentStorage;
  documentRenderer: DocumentRenderer;
  publicUrl: string;
  documentValidityMonths: number | undefined;
}

export type IssueOutcome =
  | {
      kind: 'issued';
      documentId: string;
      reference: string;
      verificationCode: string;
      issuedAt: string;
      validUntil: CalendarDate;
      download: DownloadLink;
    }
  | { kind: 'franceconnect-required' }
  | { kind: 'rate-limited'; retryAfterSeconds: number };

/** FranceConnect vouched for the holder (a verified link), or the holder stated who they are. */
export function holderIdentificationOf(account: Account): HolderIdentification {
  // Links made before assurance was recorded have none: then the sign-in method tells.
  const assurance: Assurance | undefined = account.licence?.assurance;
  const verified =
    assurance === undefined ? account.identityProvider === 'franceconnect' : assurance === 'verified';
  return verified ? 'franceconnect' : 'declared';
}

function riiRecordOf(licence: StoredLicence, today: CalendarDate): RiiRecord {
  const { statement, timeline } = evaluateLicence(licence, today);
  return buildRiiRecord(statement, historyOf(licence.facts, timeline, licence.corrections, today));
}

const epochSecondsOf = (day: CalendarDate) => Math.floor(Date.parse(`${day}T00:00:00Z`) / 1000);

export function makeIssueDocument(deps: IssueDependencies) {
  const findMyLicence = makeFindMyLicence(deps);
  const { attempts, clock, documents, documentStorage } = deps;

  return async function issueDocument(caller: Caller, kind: DocumentKind): Promise<IssueOutcome> {
    const { account, licence } = await findMyLicence(caller, { display: kind === 'rii' });
    const holderIdentification = holderIdentificationOf(account);
    // The full record goes only to a holder whose identity FranceConnect vouched for.
    if (
      kind === 'rii' &&
      (caller.identityProvider !== 'franceconnect' || holderIdentification !== 'franceconnect')
    )
      return { kind: 'franceconnect-required' };

    const now = clock.now();
    const reservation = await attempts.reserve(
      `DOCUMENTS#${caller.accountId}`,
      now.getTime(),
      DOCUMENTS_PER_DAY,
    );
    if (!reservation.ok) return { kind: 'rate-limited', retryAfterSeconds: reservation.retryAfterSeconds };
    try {
      const today = clock.today();
      const issuedAt = now.toISOString();
      const reference = newReference(kind);
      const verificationCode = newVerificationCode();
      const documentId = randomUUID();
      const content = buildRirContent(rirLicenceOf(licence), rightToDriveOf(licence, today), {
        issuedOn: today,
        issuedAt,
        holderIdentification,
        reference,
        verificationCode,
        verificationBaseUrl: `${deps.publicUrl}/verifier`,
        ...(deps.documentValidityMonths ? { validityMonths: deps.documentValidityMonths } : {}),
      });
      const pdf = await deps.documentRenderer.render({
        content,
        ...(kind === 'rii' ? { record: riiRecordOf(licence, today) } : {}),
      });
      const objectKey = `documents/${documentId}.pdf`;
      await documentStorage.put(objectKey, pdf);
      const expiresAt = epochSecondsOf(addDays(content.validUntil, KEPT_AFTER_VALIDITY_DAYS));
      const recorded = await documents.addVerification({
        reference,
        documentId,
        kind,
        codeHash: hashCode(verificationCode),
        licenceNumber: licence.licenceNumber,
        holder: { familyName: content.holder.familyName, givenNames: content.holder.givenNames },
        holderIdentification,
        rightToDriveAtIssue: content.rightToDrive,
        categoriesAtIssue: categoriesOf(licence, today),
        issuedAt,
        validUntil: content.validUntil,
        expiresAt,
      });
      // 60 random bits: a collision is a bug or a broken random source, never something to retry quietly.
      if (!recorded) throw new Error('a document reference was drawn twice');
      await documents.addDocument({
        documentId,
        accountId: caller.accountId,
        kind,
        reference,
        issuedAt,
        validUntil: content.validUntil,
        objectKey,
        expiresAt,
      });
      const download = await documentStorage.downloadLink(objectKey, `${reference}.pdf`);
      return {
        kind: 'issued',
        documentId,
        reference,
        verificationCode,
        issuedAt,
        validUntil: content.validUntil,
        download,
      };
    } catch (error) {
      await attempts.release(reservation);
      throw error;
    }
  };
}
