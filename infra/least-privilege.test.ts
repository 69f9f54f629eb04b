// Least privilege as failing tests (the guardian/cdk way): every role's exact actions on exact
// resources, who may invoke each function, and each function's exact environment.
import type { CfnElement, Stack } from 'aws-cdk-lib';
import type { IRole } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { httpRoutes } from '../functions/routes.ts';
import { routeAccess } from './api-routes.ts';
import { grantedPermissions } from './granted-permissions.ts';
import type { ItemAction } from './licence-table.ts';
import type { PermisPointsFunction } from './permis-points-function.ts';
import { testApp } from './test-app.ts';

const { app, stateful, service } = testApp();
let permissionsOf: (role: IRole) => string[];
let invokersOf: (handler: IFunction) => string[];
let readable: (stack: Stack, value: unknown) => string;
let resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;

beforeAll(() => {
  const assembly = app.synth();
  ({ permissionsOf, invokersOf, readable } = grantedPermissions(assembly, [stateful, service]));
  resources = (assembly.getStackByName(service.stackName).template as { Resources: typeof resources })
    .Resources;
});

const table = 'PermisPoints-Stateful/Data/Table.Arn';
const onTable = (...actions: ItemAction[]) => actions.map((action) => `dynamodb:${action} on ${table}`);
const publishing = ['events:PutEvents on PermisPoints-Service/Events/Bus.Arn'];
const sendingTo = (queue: string) => [`sqs:SendMessage on PermisPoints-Service/${queue}.Arn`];
// What every function may do: write to its own log group, send traces.
const runningAndTracing = (handler: PermisPointsFunction) => [
  `logs:CreateLogStream on ${handler.node.path}Logs.Arn`,
  `logs:PutLogEvents on ${handler.node.path}Logs.Arn`,
  'xray:PutTelemetryRecords on *',
  'xray:PutTraceSegments on *',
];
const fromTheApi = (path: string) => [
  `apigateway.amazonaws.com may lambda:InvokeFunction from arn:\${AWS::Partition}:execute-api:\${AWS::Region}:\${AWS::AccountId}:PermisPoints-Service/Api/Api/*/*${path}`,
];

const tokenSettings = [
  'USER_POOL_CLIENT_IDS',
  'USER_POOL_ISSUER',
  'USER_POOL_JWKS_URL',
  'USER_POOL_REGISTRY_CLIENT_IDS',
];
const bridgeSettings = [
  'FRANCECONNECT_CLIENT_ID',
  'FRANCECONNECT_ISSUER',
  'FRANCECONNECT_POST_LOGOUT_REDIRECT_URIS',
  'TABLE_NAME',
  'USER_POOL_CLIENT_IDS',
  'USER_POOL_ISSUER',
  'USER_POOL_JWKS_URL',
];

interface Case {
  handler: PermisPointsFunction;
  /** Beyond running and tracing. */
  permissions: string[];
  /** Beyond NODE_OPTIONS. */
  environment: string[];
  invokers: string[];
}

const routes = service.routes.functions;
const route = (operationId: string) => {
  const handler = routes[operationId];
  if (!handler) throw new Error(`no function for ${operationId}`);
  return handler;
};
const readingOneLicence = (operationId: string, path: string): Case => ({
  handler: route(operationId),
  permissions: onTable('GetItem'),
  environment: ['TABLE_NAME', ...tokenSettings],
  invokers: fromTheApi(path),
});
const writingALicence = (operationId: string, path: string): Case => ({
  handler: route(operationId),
  permissions: [...onTable('BatchWriteItem', 'GetItem', 'PutItem', 'UpdateItem'), ...publishing],
  environment: ['EVENT_BUS_NAME', 'TABLE_NAME', ...tokenSettings],
  invokers: fromTheApi(path),
});
const bridge = service.franceConnect.bridge;
const documentKey = 'PermisPoints-Stateful/Documents/Key.Arn';
const documentObjects =
  'arn:${AWS::Partition}:s3:::permis-points-documents-${AWS::AccountId}-${AWS::Region}/documents/*';
// Set by the Lambda secrets extension's layer.
const secretsExtensionSettings = [
  'PARAMETERS_SECRETS_EXTENSION_CACHE_ENABLED',
  'PARAMETERS_SECRETS_EXTENSION_CACHE_SIZE',
  'PARAMETERS_SECRETS_EXTENSION_HTTP_PORT',
  'PARAMETERS_SECRETS_EXTENSION_LOG_LEVEL',
  'PARAMETERS_SECRETS_EXTENSION_MAX_CONNECTIONS',
  'SECRETS_MANAGER_TIMEOUT_MILLIS',
  'SECRETS_MANAGER_TTL',
  'SSM_PARAMETER_STORE_TIMEOUT_MILLIS',
  'SSM_PARAMETER_STORE_TTL',
];
// Reads the account, link and licence, reserves the day's attempt, records the document; has the PDF
// made, stores it, signs its link.
const issuingADocument = (operationId: string, path: string): Case => ({
  handler: route(operationId),
  permissions: [
    ...onTable('GetItem', 'PutItem', 'UpdateItem'),
    `kms:Decrypt on ${documentKey}`,
    `kms:GenerateDataKey on ${documentKey}`,
    'lambda:InvokeFunction on PermisPoints-Service/RenderDocument.Arn',
    `s3:GetObject on ${documentObjects}`,
    `s3:PutObject on ${documentObjects}`,
  ],
  environment: ['DOCUMENTS_BUCKET', 'PUBLIC_URL', 'RENDER_FUNCTION_NAME', 'TABLE_NAME', ...tokenSettings],
  invokers: fromTheApi(path),
});

const cases: Record<string, Case> = {
  'GET /v1/health': {
    handler: route('getHealth'),
    permissions: [],
    environment: [],
    invokers: fromTheApi('/v1/health'),
  },
  'GET /v1/openapi.json': {
    handler: route('getOpenApi'),
    permissions: [],
    environment: ['USER_POOL_DOMAIN_URL'],
    invokers: fromTheApi('/v1/openapi.json'),
  },
  'GET /v1/me': readingOneLicence('getMe', '/v1/me'),
  'PUT /v1/me/licence': {
    handler: route('linkLicence'),
    permissions: [...onTable('DeleteItem', 'GetItem', 'PutItem', 'UpdateItem'), ...publishing],
    environment: ['EVENT_BUS_NAME', 'TABLE_NAME', ...tokenSettings, 'USER_POOL_USERINFO_URL'],
    invokers: fromTheApi('/v1/me/licence'),
  },
  'DELETE /v1/me/licence': {
    handler: route('unlinkLicence'),
    permissions: onTable('DeleteItem', 'GetItem', 'UpdateItem'),
    environment: ['TABLE_NAME', ...tokenSettings],
    invokers: fromTheApi('/v1/me/licence'),
  },
  'GET /v1/me/statement': readingOneLicence('getMyStatement', '/v1/me/statement'),
  'GET /v1/me/history': {
    ...readingOneLicence('getMyHistory', '/v1/me/history'),
    // The facts' labels and places: a query on the licence's partition.
    permissions: [...onTable('GetItem'), `dynamodb:Query on ${table}`],
  },
  'GET /v1/me/calendar.ics': {
    handler: route('getMyCalendar'),
    permissions: onTable('GetItem', 'UpdateItem'),
    environment: ['TABLE_NAME', ...tokenSettings],
    invokers: fromTheApi('/v1/me/calendar.ics'),
  },
  'POST /v1/me/calendar-feed': {
    handler: route('createCalendarFeed'),
    permissions: onTable('DeleteItem', 'GetItem', 'PutItem', 'UpdateItem'),
    environment: ['PUBLIC_URL', 'TABLE_NAME', ...tokenSettings],
    invokers: fromTheApi('/v1/me/calendar-feed'),
  },
  'DELETE /v1/me/calendar-feed': {
    handler: route('revokeCalendarFeed'),
    permissions: onTable('DeleteItem', 'UpdateItem'),
    environment: ['TABLE_NAME', ...tokenSettings],
    invokers: fromTheApi('/v1/me/calendar-feed'),
  },
  'GET /v1/calendar/{feedFile}': {
    handler: route('getCalendarFeed'),
    permissions: onTable('GetItem', 'UpdateItem'),
    environment: ['TABLE_NAME'],
    invokers: fromTheApi('/v1/calendar/{feedFile}'),
  },
  'DELETE /v1/me': {
    handler: route('deleteAccount'),
    permissions: [
      ...onTable('DeleteItem', 'GetItem', 'UpdateItem'),
      `dynamodb:Query on ${table}`,
      `s3:DeleteObject on ${documentObjects}`,
    ],
    environment: ['DOCUMENTS_BUCKET', 'TABLE_NAME', ...tokenSettings],
    invokers: fromTheApi('/v1/me'),
  },
  'POST /v1/me/simulations': readingOneLicence('simulate', '/v1/me/simulations'),
  'PUT /v1/registry/licences/{licenceNumber}': writingALicence(
    'putLicenceRecord',
    '/v1/registry/licences/{licenceNumber}',
  ),
  'POST /v1/registry/licences/{licenceNumber}/events': writingALicence(
    'recordRegistryEvent',
    '/v1/registry/licences/{licenceNumber}/events',
  ),
  'GET /v1/registry/licences/{licenceNumber}/statement': readingOneLicence(
    'getRegistryStatement',
    '/v1/registry/licences/{licenceNumber}/statement',
  ),
  'POST /v1/me/documents/rir': issuingADocument('issueRir', '/v1/me/documents/rir'),
  'POST /v1/me/documents/rii': {
    ...issuingADocument('issueRii', '/v1/me/documents/rii'),
    permissions: [
      ...issuingADocument('issueRii', '/v1/me/documents/rii').permissions,
      `dynamodb:Query on ${table}`,
    ],
  },
  'GET /v1/me/alerts': {
    handler: route('listMyAlerts'),
    permissions: [`dynamodb:Query on ${table}`],
    environment: ['TABLE_NAME', ...tokenSettings],
    invokers: fromTheApi('/v1/me/alerts'),
  },
  'GET /v1/me/documents': {
    handler: route('listMyDocuments'),
    permissions: [`dynamodb:Query on ${table}`],
    environment: ['TABLE_NAME', ...tokenSettings],
    invokers: fromTheApi('/v1/me/documents'),
  },
  'GET /v1/me/documents/{documentId}/download': {
    handler: route('downloadMyDocument'),
    permissions: [
      ...onTable('GetItem'),
      `kms:Decrypt on ${documentKey}`,
      `s3:GetObject on ${documentObjects}`,
    ],
    environment: ['DOCUMENTS_BUCKET', 'TABLE_NAME', ...tokenSettings],
    invokers: fromTheApi('/v1/me/documents/{documentId}/download'),
  },
  'GET /v1/verify/{reference}': {
    handler: route('verifyDocument'),
    permissions: onTable('GetItem', 'UpdateItem'),
    environment: ['TABLE_NAME'],
    invokers: fromTheApi('/v1/verify/{reference}'),
  },
  'the PDF function': {
    handler: service.documentRenderer,
    permissions: ['secretsmanager:GetSecretValue on PermisPoints-Stateful/Documents/SigningSecret'],
    environment: ['SIGNING_SECRET_ID', ...secretsExtensionSettings],
    // Only the issuing functions, through their role's lambda:InvokeFunction.
    invokers: [],
  },
  'the $default route': {
    handler: service.api.notFound,
    permissions: [],
    environment: [],
    invokers: fromTheApi(''),
  },
  'the FranceConnect bridge authorize step': {
    handler: bridge.authorize,
    permissions: [],
    environment: bridgeSettings,
    invokers: fromTheApi('/franceconnect/authorize'),
  },
  'the FranceConnect bridge token step': {
    handler: bridge.token,
    permissions: onTable('PutItem'),
    environment: bridgeSettings,
    invokers: fromTheApi('/franceconnect/token'),
  },
  'the FranceConnect bridge userinfo step': {
    handler: bridge.userinfo,
    permissions: [],
    environment: bridgeSettings,
    invokers: fromTheApi('/franceconnect/userinfo'),
  },
  'the FranceConnect bridge logout': {
    handler: bridge.logout,
    permissions: onTable('GetItem'),
    environment: bridgeSettings,
    invokers: fromTheApi('/franceconnect/logout'),
  },
  'the alerts consumer': {
    handler: service.events.sendAlerts,
    permissions: [
      ...onTable('DeleteItem', 'GetItem', 'PutItem', 'UpdateItem'),
      'ses:SendEmail on arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:identity/example.org',
      ...sendingTo('Events/FailedAlerts/Queue'),
      ...sendingTo('Events/Letters'),
    ],
    environment: ['LETTERS_QUEUE_URL', 'MAIL_FROM', 'TABLE_NAME'],
    invokers: [
      'events.amazonaws.com may lambda:InvokeFunction from PermisPoints-Service/Events/AlertingEvents.Arn',
    ],
  },
  'the restoration planner': {
    handler: service.restoration.planner,
    permissions: [
      ...onTable('GetItem', 'PutItem'),
      ...sendingTo('Restoration/FailedPlannerRuns/Queue'),
      ...sendingTo('Restoration/WorkQueue'),
    ],
    environment: ['RESTORATION_QUEUE_URL', 'TABLE_NAME'],
    invokers: [],
  },
  'the restoration worker': {
    handler: service.restoration.worker,
    permissions: [
      `dynamodb:Query on ${table}/index/due`,
      ...onTable('BatchWriteItem', 'GetItem', 'PutItem', 'UpdateItem'),
      ...publishing,
      'sqs:DeleteMessage on PermisPoints-Service/Restoration/WorkQueue.Arn',
      'sqs:GetQueueAttributes on PermisPoints-Service/Restoration/WorkQueue.Arn',
      'sqs:ReceiveMessage on PermisPoints-Service/Restoration/WorkQueue.Arn',
    ],
    environment: ['EVENT_BUS_NAME', 'TABLE_NAME'],
    invokers: [],
  },
};

const variablesOf = (handler: PermisPointsFunction) => {
  const id = service.getLogicalId(handler.node.defaultChild as CfnElement);
  const environment = resources[id]?.Properties.Environment as { Variables: Record<string, unknown> };
  return environment.Variables;
};
const environmentOf = (handler: PermisPointsFunction) => Object.keys(variablesOf(handler)).sort();

describe.each(Object.entries(cases))(
  'the function of %s',
  (_, { handler, permissions, environment, invokers }) => {
    it('may do exactly what its use case does, on exactly the resources it touches', () => {
      expect(permissionsOf(handler.role as IRole)).toEqual(
        [...permissions, ...runningAndTracing(handler)].sort(),
      );
    });

    it('gets exactly the environment variables it reads', () => {
      expect(environmentOf(handler)).toEqual(['NODE_OPTIONS', ...environment].sort());
    });

    it('may be invoked only by what triggers it', () => {
      expect(invokersOf(handler)).toEqual(invokers);
    });
  },
);

describe('least privilege', () => {
  it('says what each route folder of functions/routes.ts may access, and no other folder', () => {
    expect(Object.keys(routeAccess).sort()).toEqual(httpRoutes.map(({ folder }) => folder).sort());
  });

  // CDK's BucketDeployment function (the web's files), whose exact grants infra/web-hosting.test.ts asserts.
  const webDeployment = () => {
    const role = service.getLogicalId(service.web.deployment.handlerRole.node.defaultChild as CfnElement);
    return Object.entries(resources)
      .filter(([, resource]) => resource.Type === 'AWS::Lambda::Function')
      .filter(([, resource]) => JSON.stringify(resource.Properties.Role).includes(role))
      .map(([id]) => id);
  };

  it('has a case above for every function of the app', () => {
    const covered = new Set(
      Object.values(cases).map(({ handler }) =>
        service.getLogicalId(handler.node.defaultChild as CfnElement),
      ),
    );
    const functions = Object.entries(resources)
      .filter(([, resource]) => resource.Type === 'AWS::Lambda::Function')
      .map(([id]) => id);
    expect(functions.filter((id) => !covered.has(id) && !webDeployment().includes(id))).toEqual([]);
    expect(functions).toHaveLength(covered.size + webDeployment().length);
  });

  it('lets the routes take access tokens of the web, mobile and registry clients, and of no other client, and the registry routes only the registry client', () => {
    const checkingTokens = Object.values(cases).filter(
      ({ environment }) => environment.includes('USER_POOL_CLIENT_IDS') && environment !== bridgeSettings,
    );
    expect(checkingTokens).not.toEqual([]);
    for (const { handler } of checkingTokens) {
      expect(readable(service, variablesOf(handler).USER_POOL_CLIENT_IDS).split(',')).toEqual([
        'PermisPoints-Service/Web/Client',
        'PermisPoints-Service/Mobile/Client',
        'PermisPoints-Stateful/Users/UserPool/RegistryClient',
      ]);
      expect(readable(service, variablesOf(handler).USER_POOL_REGISTRY_CLIENT_IDS).split(',')).toEqual([
        'PermisPoints-Stateful/Users/UserPool/RegistryClient',
      ]);
    }
  });

  it("lets the FranceConnect bridge take access tokens of the web and mobile clients only: the registry's never sign out of FranceConnect", () => {
    for (const handler of Object.values(bridge)) {
      expect(readable(service, variablesOf(handler).USER_POOL_CLIENT_IDS).split(',')).toEqual([
        'PermisPoints-Service/Web/Client',
        'PermisPoints-Service/Mobile/Client',
      ]);
    }
  });

  it('lets the daily schedule invoke the planner and park undelivered runs, nothing else', () => {
    expect(permissionsOf(service.restoration.schedulerRole)).toEqual([
      'lambda:InvokeFunction on PermisPoints-Service/Restoration/Planner.Arn',
      'lambda:InvokeFunction on PermisPoints-Service/Restoration/Planner.Arn:*',
      'sqs:SendMessage on PermisPoints-Service/Restoration/UndeliveredRuns/Queue.Arn',
    ]);
  });

  it('lets only EventBridge Scheduler, from this account, take the schedule role', () => {
    const id = service.getLogicalId(service.restoration.schedulerRole.node.defaultChild as CfnElement);
    const trust = resources[id]?.Properties.AssumeRolePolicyDocument as { Statement: unknown[] };
    expect(trust.Statement).toEqual([
      {
        Action: 'sts:AssumeRole',
        Effect: 'Allow',
        Principal: { Service: 'scheduler.amazonaws.com' },
        Condition: {
          StringEquals: {
            'aws:SourceAccount': { Ref: 'AWS::AccountId' },
            'aws:SourceArn': {
              'Fn::Join': [
                '',
                [
                  'arn:',
                  { Ref: 'AWS::Partition' },
                  ':scheduler:',
                  { Ref: 'AWS::Region' },
                  ':',
                  { Ref: 'AWS::AccountId' },
                  ':schedule-group/default',
                ],
              ],
            },
          },
        },
      },
    ]);
  });

  it('creates no role but those of the functions and the schedule', () => {
    const roles = Object.values(resources).filter((resource) => resource.Type === 'AWS::IAM::Role');
    expect(roles).toHaveLength(Object.keys(cases).length + 1 + webDeployment().length);
  });
});
