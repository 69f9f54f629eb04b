// The HTTP side of issuing, shared by the RIR and RII routes: 201 with the reference, the code and a link;
// 403 for a RII asked by an account FranceConnect did not vouch for; 429 past ten documents a day.
import { HttpProblem, httpRoute, type RouteSpec, type TokenVerifier } from '../http/index.ts';
import type { DocumentKind } from '../adapters/document-repository.ts';
import { countBusinessEvent } from '../runtime/index.ts';
import { makeIssueDocument, type IssueDependencies } from './issue-document.ts';

export function issueHandler(
  route: RouteSpec & { auth: 'motorist' },
  kind: DocumentKind,
  deps: IssueDependencies & { verifier: TokenVerifier },
) {
  const issueDocument = makeIssueDocument(deps);
  return httpRoute(route, deps.verifier, async ({ caller }) => {
    const outcome = await issueDocument(caller, kind);
    switch (outcome.kind) {
      case 'issued': {
        countBusinessEvent('DocumentIssued', 1, ['kind', kind]);
        const { kind: _kind, ...body } = outcome;
        return { status: 201, body };
      }
      case 'franceconnect-required':
        throw new HttpProblem({
          status: 403,
          slug: 'franceconnect-required',
          title: 'FranceConnect required',
          detail:
            'The full record (RII) shows the points and the whole history: it is issued only to a holder identified through FranceConnect. Sign in with FranceConnect, or download the restricted statement (RIR).',
        });
      case 'rate-limited':
        throw new HttpProblem({
          status: 429,
          slug: 'too-many-requests',
          title: 'Too many documents',
          detail: {
            fr: `Au plus 10 documents par jour et par compte. Réessayez dans ${outcome.retryAfterSeconds} secondes.`,
            en: `At most 10 documents a day per account. Try again in ${outcome.retryAfterSeconds} seconds.`,
          },
          headers: { 'retry-after': String(outcome.retryAfterSeconds) },
        });
    }
  });
}
