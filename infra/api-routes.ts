// One Lambda per route of functions/routes.ts, each given only the environment and the permissions
// its use case needs: what it does to the table, whether it publishes events or reads the caller's
// attributes, and the token settings unless the route is public.
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import { HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { Construct } from 'constructs';
import { httpRoutes, type HttpRouteEntry } from '../functions/routes.ts';
import type { PermisPointsHttpApi } from './http-api.ts';
import { grantItemActions, grantTableQuery, type ItemAction } from './licence-table.ts';
import { constructIdOf } from './names.ts';
import { documentRouteAccess } from './documents.ts';
import {
  API_BUNDLE_BUDGET_BYTES,
  PermisPointsFunction,
  type PermisPointsFunctionProps,
} from './permis-points-function.ts';

export interface RouteAccess {
  /** Item actions on the table; empty for a route that touches no data. */
  items: ItemAction[];
  /** Publishes domain events (events:PutEvents on the bus). */
  publishes?: boolean;
  /** Reads the caller's attributes from the user pool's userinfo endpoint. */
  readsUserInfo?: boolean;
  /** Queries the caller's own partition (the list of their documents). */
  queriesTable?: boolean;
  /** How its function differs from the default one (an issuing function waits for the PDF function). */
  function?: Pick<PermisPointsFunctionProps, 'memorySize' | 'timeout'>;
  /** Writes addresses of the service into its answers (PUBLIC_URL). */
  writesPublicUrls?: boolean;
  /** Names the user pool's OAuth 2 endpoints (USER_POOL_DOMAIN_URL: the pool's domain, https://…/). */
  namesOAuthEndpoints?: boolean;
}

const readsOneLicence: RouteAccess = { items: ['GetItem'] };
// The single write path (functions/licence-updates): read, the new facts' display items (batch), the
// conditional put of the aggregate, then clear the outbox.
const writesALicence: RouteAccess = {
  items: ['GetItem', 'PutItem', 'UpdateItem', 'BatchWriteItem'],
  publishes: true,
};

/** What each route's use case does, by its folder under functions/ (read from its handler and use case). */
export const routeAccess: Record<string, RouteAccess> = {
  health: { items: [] },
  openapi: { items: [], namesOAuthEndpoints: true },
  'get-me': readsOneLicence,
  // Rate-limit counters (Get, Update), licence and link reads, the link claimed (Put), the account
  // saved (Put), a previous link released (Delete); then LicenceLinked is published.
  'link-licence': {
    items: ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem'],
    publishes: true,
    readsUserInfo: true,
  },
  'unlink-licence': { items: ['GetItem', 'UpdateItem', 'DeleteItem'] },
  'get-my-statement': readsOneLicence,
  // The licence, then its facts' labels and places (a query on its partition).
  'get-my-history': { ...readsOneLicence, queriesTable: true },
  // The calendar's event-id key is made on first use (UpdateItem with if_not_exists).
  'get-my-calendar': { items: ['GetItem', 'UpdateItem'] },
  // Feed item written (Put), the account pointed at it (Update), the previous feed item deleted.
  'create-calendar-feed': {
    items: ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem'],
    writesPublicUrls: true,
  },
  'revoke-calendar-feed': { items: ['UpdateItem', 'DeleteItem'] },
  'get-calendar-feed': { items: ['GetItem', 'UpdateItem'] },
  // The alerts the account received: a query on its partition.
  'list-my-alerts': { items: [], queriesTable: true },
  // The link released, the feed revoked, the account deleted.
  // Its documents and alerts too: listed (Query) and deleted, the PDFs with them (infra/documents.ts).
  'delete-account': { items: ['GetItem', 'UpdateItem', 'DeleteItem'], queriesTable: true },
  simulate: readsOneLicence,
  'put-licence-record': writesALicence,
  'record-registry-event': writesALicence,
  'get-registry-statement': readsOneLicence,
  ...documentRouteAccess,
};

export interface AccessTokenSettings {
  issuer: string;
  jwksUrl: string;
  /** Every app client whose access tokens the API takes (web and registry). */
  clientIds: string[];
  /** The registry's clients among them: only their tokens pass the registry routes. */
  registryClientIds: string[];
  /** The user pool's userinfo endpoint. */
  userInfoUrl: string;
  /** The user pool's domain (Cognito's managed OAuth 2 endpoints are under it). */
  domainUrl: string;
}

export interface ApiRoutesProps {
  api: PermisPointsHttpApi;
  table: ITableV2;
  bus: IEventBus;
  tokens: AccessTokenSettings;
  /** Where the service is reached (the web origin, which also serves /v1). */
  publicUrl: string;
}

function accessOf(entry: HttpRouteEntry): RouteAccess {
  const access = routeAccess[entry.folder];
  if (!access) throw new Error(`infra/api-routes.ts does not say what functions/${entry.folder} may access`);
  return access;
}

function environmentOf(entry: HttpRouteEntry, props: ApiRoutesProps): Record<string, string> {
  const access = accessOf(entry);
  return {
    ...(access.items.length > 0 || access.queriesTable ? { TABLE_NAME: props.table.tableName } : {}),
    ...(access.publishes ? { EVENT_BUS_NAME: props.bus.eventBusName } : {}),
    ...(access.readsUserInfo ? { USER_POOL_USERINFO_URL: props.tokens.userInfoUrl } : {}),
    ...(access.writesPublicUrls ? { PUBLIC_URL: props.publicUrl } : {}),
    ...(access.namesOAuthEndpoints ? { USER_POOL_DOMAIN_URL: props.tokens.domainUrl } : {}),
    ...(entry.spec.auth === 'public'
      ? {}
      : {
          USER_POOL_ISSUER: props.tokens.issuer,
          USER_POOL_JWKS_URL: props.tokens.jwksUrl,
          USER_POOL_CLIENT_IDS: props.tokens.clientIds.join(','),
          USER_POOL_REGISTRY_CLIENT_IDS: props.tokens.registryClientIds.join(','),
        }),
  };
}

export class ApiRoutes extends Construct {
  /** The function of each route, by operationId. */
  readonly functions: Record<string, PermisPointsFunction> = {};

  constructor(scope: Construct, id: string, props: ApiRoutesProps) {
    super(scope, id);
    for (const entry of httpRoutes) {
      const { operationId, method, path } = entry.spec;
      const access = accessOf(entry);
      const handler = new PermisPointsFunction(this, constructIdOf(operationId), {
        entry: `${entry.folder}/handler.ts`,
        description: `${entry.folder}: ${method} ${path}`,
        environment: environmentOf(entry, props),
        bundleBudgetBytes: API_BUNDLE_BUDGET_BYTES,
        ...access.function,
      });
      grantItemActions(props.table, handler, access.items);
      if (access.queriesTable) grantTableQuery(props.table, handler);
      if (access.publishes) props.bus.grantPutEventsTo(handler);
      props.api.addFunctionRoute(constructIdOf(operationId), HttpMethod[method], path, handler);
      handler.acknowledgeSynchronousInvocation();
      this.functions[operationId] = handler;
    }
  }
}
