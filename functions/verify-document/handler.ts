// GET /v1/verify/{reference}?code=
import { makeVerifyDocument, verificationPage } from '../documents/index.ts';
import { HttpProblem, httpRoute, lazyHandler } from '../http/index.ts';
import { buildDependencies, type DependenciesOf } from '../dependencies/index.ts';
import { apiEntry } from '../runtime/index.ts';
import * as build from '../dependencies/builders/index.ts';
import { route } from './route.ts';
import { clientAddressOf } from './viewer-address.ts';

/** A browser (a phone that scanned the QR code) asks for HTML first; API clients for JSON or anything. */
function wantsHtml(accept: string | undefined): boolean {
  const types = (accept ?? '').split(',').map((part) => part.split(';')[0]?.trim().toLowerCase());
  const html = types.indexOf('text/html');
  const json = types.indexOf('application/json');
  return html !== -1 && (json === -1 || html < json);
}

const ports = {
  documents: build.documents,
  licences: build.licences,
  attempts: build.attempts,
  clock: build.clock,
};

/** What ran out: the client address's verifications, or the document's. */
const limitedFr = { address: 'depuis cette adresse', document: 'de ce document' };
const limitedEn = { address: 'from this address', document: 'of this document' };

export function makeHandler(deps: DependenciesOf<typeof ports>) {
  const verifyDocument = makeVerifyDocument(deps);
  return httpRoute(route, undefined, async ({ params, query, event }) => {
    const outcome = await verifyDocument(params.reference, query.code, clientAddressOf(event));
    const html = wantsHtml(event.headers.accept);
    switch (outcome.kind) {
      case 'rate-limited':
        throw new HttpProblem({
          status: 429,
          slug: 'too-many-requests',
          title: 'Too many verifications',
          detail: {
            fr: `Trop de vérifications ${limitedFr[outcome.limited]}. Réessayez dans ${outcome.retryAfterSeconds} secondes.`,
            en: `Too many verifications ${limitedEn[outcome.limited]}. Try again in ${outcome.retryAfterSeconds} seconds.`,
          },
          headers: { 'retry-after': String(outcome.retryAfterSeconds) },
        });
      case 'not-found':
        if (html)
          return { status: 404, contentType: 'text/html; charset=utf-8', body: verificationPage(undefined) };
        throw new HttpProblem({
          status: 404,
          slug: 'not-found',
          title: 'Not found',
          detail: 'No document has this reference and code.',
        });
      case 'verified':
        return html
          ? { status: 200, contentType: 'text/html; charset=utf-8', body: verificationPage(outcome.answer) }
          : { status: 200, body: outcome.answer };
    }
  });
}

export const handler = apiEntry(lazyHandler(() => makeHandler(buildDependencies(ports))));
