// Routes of CONTRACT.md §2 that are not in this branch's OpenAPI document yet: documents, the
// public verification, the calendar feed and account deletion. Their types are written here from
// the contract, by hand, in this ONE file. When those routes land in functions/routes.ts, the
// integrator runs `npm run generate:api` and swaps these types and calls for the generated ones
// (openapi.ts through client.ts), then deletes this file.
import { apiErrorOf } from './problem.ts';
import { requestHeaders, type RequestContext } from './client.ts';

export interface DocumentLink {
  url: string;
  expiresAt: string;
}

export interface IssuedDocument {
  documentId: string;
  reference: string;
  verificationCode: string;
  issuedAt: string;
  validUntil: string;
  /** `rir` unless told (the list's items may say which kind). */
  document?: 'rir' | 'rii';
  download?: DocumentLink;
}

export interface DocumentList {
  items: IssuedDocument[];
}

export interface Verification {
  reference: string;
  document: 'rir';
  holder: { familyName: string; givenNames: string };
  licenceStatus: 'valid' | 'suspended' | 'cancelled' | 'invalidated';
  statusChangedSinceIssue: boolean;
  categories: (string | { code: string })[];
  issuedAt: string;
  validUntil: string;
  withinValidity: boolean;
  holderIdentification: 'franceconnect' | 'declared';
}

export interface CalendarFeed {
  url: string;
  webcalUrl: string;
}

export function makePendingApi(baseUrl: string, context: RequestContext) {
  async function call<T>(method: string, path: string, { auth = true } = {}): Promise<T> {
    const token = auth ? await context.accessToken() : undefined;
    const response = await fetch(baseUrl + path, { method, headers: requestHeaders(context, token) });
    if (!response.ok) throw await apiErrorOf(response);
    return (response.status === 204 ? undefined : await response.json()) as T;
  }
  return {
    generateRir: () => call<IssuedDocument>('POST', '/v1/me/documents/rir'),
    generateRii: () => call<IssuedDocument>('POST', '/v1/me/documents/rii'),
    listDocuments: () => call<DocumentList>('GET', '/v1/me/documents'),
    downloadLink: (documentId: string) =>
      call<DocumentLink>('GET', `/v1/me/documents/${encodeURIComponent(documentId)}/download`),
    verify: (reference: string, code: string) =>
      call<Verification>(
        'GET',
        `/v1/verify/${encodeURIComponent(reference)}?${new URLSearchParams({ code })}`,
        { auth: false },
      ),
    subscribeCalendar: () => call<CalendarFeed>('POST', '/v1/me/calendar-feed'),
    revokeCalendar: () => call<void>('DELETE', '/v1/me/calendar-feed'),
    deleteAccount: () => call<void>('DELETE', '/v1/me'),
  };
}

export type PendingApi = ReturnType<typeof makePendingApi>;
