// The caller's own documents: the list, and a download link minted only for a document of the caller's
// account (another account's document id is not found, exactly like an unknown one).
import type { Clock } from '../adapters/clock.ts';
import type { DocumentRepository } from '../adapters/document-repository.ts';
import type { DocumentStorage } from '../adapters/document-storage.ts';
import type { Caller } from '../use-case/index.ts';

interface Dependencies {
  documents: DocumentRepository;
  documentStorage: DocumentStorage;
  clock: Clock;
}

export function makeListMyDocuments({ documents, clock }: Omit<Dependencies, 'documentStorage'>) {
  return async function listMyDocuments(caller: Caller) {
    const today = clock.today();
    const items = await documents.listDocuments(caller.accountId, clock.now());
    return items.map((item) => ({
      documentId: item.documentId,
      document: item.kind,
      reference: item.reference,
      issuedAt: item.issuedAt,
      validUntil: item.validUntil,
      status: today <= item.validUntil ? ('valid' as const) : ('expired' as const),
    }));
  };
}

/** Forgets every document of the caller (account deletion): none downloads or verifies any more. */
export function makeForgetMyDocuments({ documents, documentStorage }: Omit<Dependencies, 'clock'>) {
  return async function forgetMyDocuments(caller: Pick<Caller, 'accountId'>): Promise<void> {
    // Read as of the epoch: expired items, still there until TTL sweeps them, go too.
    for (const document of await documents.listDocuments(caller.accountId, new Date(0))) {
      await documentStorage.remove(document.objectKey);
      await documents.removeDocument(document);
    }
  };
}

export function makeDownloadMyDocument({ documents, documentStorage, clock }: Dependencies) {
  return async function downloadMyDocument(caller: Caller, documentId: string) {
    const document = await documents.getDocument(caller.accountId, documentId, clock.now());
    if (!document) return undefined;
    return documentStorage.downloadLink(document.objectKey, `${document.reference}.pdf`);
  };
}
