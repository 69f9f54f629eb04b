// The calls the pages make beyond the queries (documents, verification, calendar feed, account deletion),
// each through the typed client generated from the OpenAPI document: a contract change fails the typecheck.
import type { ApiClient } from './client.ts';
import { dataOf } from './queries.ts';
import type { CalendarFeed, DocumentLink, DocumentList, IssuedDocument, Verification } from './types.ts';

export function makeRouteApi(api: ApiClient) {
  return {
    generateRir: () => dataOf<IssuedDocument>(api.POST('/v1/me/documents/rir')),
    generateRii: () => dataOf<IssuedDocument>(api.POST('/v1/me/documents/rii')),
    listDocuments: () => dataOf<DocumentList>(api.GET('/v1/me/documents')),
    downloadLink: (documentId: string) =>
      dataOf<DocumentLink>(
        api.GET('/v1/me/documents/{documentId}/download', { params: { path: { documentId } } }),
      ),
    // The route also answers HTML to browsers that ask for it: this call takes its JSON.
    verify: async (reference: string, code: string) =>
      (await dataOf<unknown>(
        api.GET('/v1/verify/{reference}', { params: { path: { reference }, query: { code } } }),
      )) as Verification,
    subscribeCalendar: () => dataOf<CalendarFeed>(api.POST('/v1/me/calendar-feed')),
    revokeCalendar: () => dataOf<unknown>(api.DELETE('/v1/me/calendar-feed')).then(() => undefined),
    deleteAccount: () => dataOf<unknown>(api.DELETE('/v1/me')).then(() => undefined),
  };
}

export type RouteApi = ReturnType<typeof makeRouteApi>;
