// PUT /v1/me/licence
import { httpRoute, lazyHandler, problems } from '../http/index.ts';
import { buildDependencies, type DependenciesOf } from '../dependencies/index.ts';
import { apiEntry, countBusinessEvent } from '../runtime/index.ts';
import * as build from '../dependencies/builders/index.ts';
import { makeLinkLicence } from './use-case.ts';
import { route } from './route.ts';

const ports = {
  accounts: build.accounts,
  licences: build.licences,
  attempts: build.attempts,
  users: build.users,
  bus: build.bus,
  clock: build.clock,
  verifier: build.verifier,
};

export function makeHandler(deps: DependenciesOf<typeof ports>) {
  const linkLicence = makeLinkLicence(deps);
  return httpRoute(route, deps.verifier, async ({ caller, body, language }) => {
    const outcome = await linkLicence(caller, body);
    if (outcome.kind === 'linked') countBusinessEvent('LicenceLinked', 1, ['assurance', outcome.assurance]);
    else countBusinessEvent('LinkRefused', 1, ['reason', outcome.kind]);
    switch (outcome.kind) {
      case 'linked':
        return {
          status: 200,
          body: {
            licenceNumber: outcome.licenceNumber,
            format: outcome.format,
            assurance: outcome.assurance,
            ...(outcome.warnings.length > 0
              ? {
                  warnings: outcome.warnings.map(({ code, message }) => ({
                    code,
                    message: message[language],
                  })),
                }
              : {}),
          },
        };
      case 'invalid-number':
        throw problems.validation([
          { path: 'licenceNumber', code: `licence-number-${outcome.reason}`, message: outcome.message },
        ]);
      case 'holder-required':
        throw problems.validation([
          {
            path: 'holder',
            code: 'holder-required',
            message: "required for e-mail accounts: the holder's family name, given names and birth date",
          },
        ]);
      case 'not-matched':
        throw problems.unprocessable(
          'licence-not-matched',
          'Licence not matched',
          'No licence with this number is held by the person identified. Check the number and the identity.',
        );
      case 'linked-elsewhere':
        throw problems.conflict(
          'licence-linked-elsewhere',
          'Licence linked elsewhere',
          'This licence is already linked to another account.',
        );
      case 'rate-limited':
        throw problems.tooManyRequests(outcome.retryAfterSeconds);
    }
  });
}

export const handler = apiEntry(lazyHandler(() => makeHandler(buildDependencies(ports))));
