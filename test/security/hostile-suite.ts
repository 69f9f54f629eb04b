// The hostile-input suite for a set of routes: a harness with one linked motorist, one recorded licence, a
// document, a calendar feed, then for each route HOSTILE_RUNS generated requests (1,000 unless told; more
// under `npm run test:soak`). Every answer: below 500, documented (the harness checks it against the
// OpenAPI document), problem+json when refused, free of stack traces and internal names, and a refused
// request leaves the table as it was (rate-limit slots aside: taking one is what an attempt does).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpRoutes } from '../../functions/routes.ts';
import type { RouteAuth, RouteSpec } from '../../functions/http/index.ts';
import { startApiHarness, type ApiHarness } from '../support/api-harness.ts';
import { aLicenceNumber, aLicenceRecord, anInfraction } from '../support/registry-builders.ts';
import { defectOf, hostileRequests, send, tableContents, type RouteSample } from './hostile.ts';

export const HOSTILE_RUNS = Number(process.env.HOSTILE_RUNS ?? 1_000);
/** Generous: a thousand requests take seconds on an idle machine, and the suite must hold on a busy one. */
const HOSTILE_TIMEOUT_MS = Math.max(600_000, HOSTILE_RUNS * 600);

interface Fixtures {
  motorist: string;
  registry: string;
  licenceNumber: string;
  documentId: string;
  reference: string;
  code: string;
  feedFile: string;
}

function sampleOf(spec: RouteSpec, fixtures: Fixtures): RouteSample {
  const path = spec.path
    .replace('{licenceNumber}', fixtures.licenceNumber)
    .replace('{documentId}', fixtures.documentId)
    .replace('{reference}', `${fixtures.reference}?code=${fixtures.code}`)
    .replace('{feedFile}', fixtures.feedFile);
  const { familyName, givenNames, birthDate } = aLicenceRecord().holder;
  const bodies: Record<string, unknown> = {
    linkLicence: {
      format: 'eu-card',
      licenceNumber: fixtures.licenceNumber,
      holder: { familyName, givenNames, birthDate },
    },
    simulate: {
      infractions: [
        { offenceDate: '2024-01-01', establishedOn: '2024-01-02', class: 'C4', points: 3, natinf: '21325' },
      ],
    },
    putLicenceRecord: aLicenceRecord(),
    recordRegistryEvent: anInfraction({ eventId: 'hostile-sample' }),
  };
  return { path, ...(spec.operationId in bodies ? { body: bodies[spec.operationId] } : {}) };
}

/** Rate-limit slots are what an attempt takes, whatever its answer: left out of the comparison. */
const stored = async (api: ApiHarness) =>
  (await tableContents(api))
    .split('\n')
    .filter((line) => !line.includes('"ATTEMPTS#'))
    .join('\n');

export function hostileInputSuite(auth: RouteAuth[]) {
  let api: ApiHarness;
  let fixtures: Fixtures;

  beforeAll(async () => {
    api = await startApiHarness({ today: '2024-06-01' as never });
    const registry = await api.identity.registry();
    const licenceNumber = aLicenceNumber();
    await api.request('PUT', `/v1/registry/licences/${licenceNumber}`, {
      token: registry,
      body: aLicenceRecord(),
    });
    await api.request('POST', `/v1/registry/licences/${licenceNumber}/events`, {
      token: registry,
      body: anInfraction(),
    });
    const motorist = await api.identity.motorist('hostile-motorist');
    const { familyName, givenNames, birthDate } = aLicenceRecord().holder;
    await api.request('PUT', '/v1/me/licence', {
      token: motorist,
      body: { format: 'eu-card', licenceNumber, holder: { familyName, givenNames, birthDate } },
    });
    const rir = (await api.request('POST', '/v1/me/documents/rir', { token: motorist })).json<{
      documentId: string;
      reference: string;
      verificationCode: string;
    }>();
    const feed = (await api.request('POST', '/v1/me/calendar-feed', { token: motorist })).json<{
      url: string;
    }>();
    fixtures = {
      motorist,
      registry,
      licenceNumber,
      documentId: rir.documentId,
      reference: rir.reference,
      code: rir.verificationCode,
      feedFile: new URL(feed.url).pathname.split('/').pop() ?? '',
    };
  });
  afterAll(() => api.close());

  const routes = httpRoutes.map((entry) => entry.spec).filter((spec) => auth.includes(spec.auth));
  // Routes that would destroy the fixtures the others need run their hostile requests last.
  const destructive = new Set(['deleteAccount', 'unlinkLicence', 'revokeCalendarFeed']);
  routes.sort((a, b) => Number(destructive.has(a.operationId)) - Number(destructive.has(b.operationId)));

  describe.each(routes)('$method $path', (spec) => {
    it(
      `answers ${HOSTILE_RUNS} hostile requests with no 5xx, no leak, problem+json, nothing stored when refused`,
      async () => {
        const token =
          spec.auth === 'registry'
            ? fixtures.registry
            : spec.auth === 'motorist'
              ? fixtures.motorist
              : undefined;
        const sample = sampleOf(spec, fixtures);
        let before = await stored(api);
        const statuses = new Map<number, number>();
        const startedAt = performance.now();
        await fc.assert(
          fc.asyncProperty(hostileRequests(spec, sample), async (request) => {
            const response = await send(api, spec.method, request, token);
            statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
            const defect = defectOf(response);
            if (defect)
              throw new Error(`${spec.method} ${request.path} ${JSON.stringify(request.headers)}: ${defect}`);
            if (spec.method !== 'GET') {
              const after = await stored(api);
              if (response.status >= 400 && after !== before)
                throw new Error(
                  `${spec.method} ${request.path} answered ${response.status} yet changed the table`,
                );
              before = after;
            }
          }),
          { numRuns: HOSTILE_RUNS, endOnFailure: true },
        );
        const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
        const summary = [...statuses]
          .sort(([a], [b]) => a - b)
          .map(([status, count]) => `${status}×${count}`);
        console.log(
          `${spec.method} ${spec.path}: ${HOSTILE_RUNS} hostile requests, 0 wrong (${summary.join(', ')}) in ${seconds} s`,
        );
        expect([...statuses.keys()].every((status) => status < 500)).toBe(true);
      },
      HOSTILE_TIMEOUT_MS,
    );
  });
}
