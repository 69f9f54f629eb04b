// Every HTTP route of the API, with the file of its Lambda: the OpenAPI
// document, the CDK stack and the local gateway all read this one list.
import type { RouteSpec } from './http/index.ts';
import { route as getHealth } from './health/route.ts';
import { route as getOpenApi } from './openapi/route.ts';
import { route as getMe } from './get-me/route.ts';
import { route as linkLicence } from './link-licence/route.ts';
import { route as unlinkLicence } from './unlink-licence/route.ts';
import { route as getMyStatement } from './get-my-statement/route.ts';
import { route as getMyHistory } from './get-my-history/route.ts';
import { route as getMyCalendar } from './get-my-calendar/route.ts';
import { route as simulate } from './simulate/route.ts';
import { route as putLicenceRecord } from './put-licence-record/route.ts';
import { route as recordRegistryEvent } from './record-registry-event/route.ts';
import { route as getRegistryStatement } from './get-registry-statement/route.ts';
import { route as createCalendarFeed } from './create-calendar-feed/route.ts';
import { route as revokeCalendarFeed } from './revoke-calendar-feed/route.ts';
import { route as getCalendarFeed } from './get-calendar-feed/route.ts';
import { route as deleteAccount } from './delete-account/route.ts';
import { route as issueRir } from './issue-rir/route.ts';
import { route as issueRii } from './issue-rii/route.ts';
import { route as listMyAlerts } from './list-my-alerts/route.ts';
import { route as listMyDocuments } from './list-my-documents/route.ts';
import { route as downloadMyDocument } from './download-my-document/route.ts';
import { route as verifyDocument } from './verify-document/route.ts';

export interface HttpRouteEntry {
  spec: RouteSpec;
  /** The folder of the use case under functions/, holding handler.ts. */
  folder: string;
}

export const httpRoutes: HttpRouteEntry[] = [
  { spec: getHealth, folder: 'health' },
  { spec: getOpenApi, folder: 'openapi' },
  { spec: getMe, folder: 'get-me' },
  { spec: linkLicence, folder: 'link-licence' },
  { spec: unlinkLicence, folder: 'unlink-licence' },
  { spec: getMyStatement, folder: 'get-my-statement' },
  { spec: getMyHistory, folder: 'get-my-history' },
  { spec: getMyCalendar, folder: 'get-my-calendar' },
  { spec: createCalendarFeed, folder: 'create-calendar-feed' },
  { spec: revokeCalendarFeed, folder: 'revoke-calendar-feed' },
  { spec: getCalendarFeed, folder: 'get-calendar-feed' },
  { spec: listMyAlerts, folder: 'list-my-alerts' },
  { spec: deleteAccount, folder: 'delete-account' },
  { spec: simulate, folder: 'simulate' },
  { spec: putLicenceRecord, folder: 'put-licence-record' },
  { spec: recordRegistryEvent, folder: 'record-registry-event' },
  { spec: getRegistryStatement, folder: 'get-registry-statement' },
  { spec: issueRir, folder: 'issue-rir' },
  { spec: issueRii, folder: 'issue-rii' },
  { spec: listMyDocuments, folder: 'list-my-documents' },
  { spec: downloadMyDocument, folder: 'download-my-document' },
  { spec: verifyDocument, folder: 'verify-document' },
];
