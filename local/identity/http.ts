// Small HTTP helpers shared by the two local identity stand-ins.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { errors } from 'oidc-provider';
import { readRequestBody } from '../lambda-http/index.ts';
import { errorPage } from './html.ts';

export { closeServer, listen, sendJson } from '../server/index.ts';

export async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  return new URLSearchParams((await readRequestBody(request)).toString('utf8'));
}

export function sendHtml(response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  response.end(html);
}

/** A 303, so that a redirect after a form POST is followed with a GET. */
export function redirect(response: ServerResponse, location: string): void {
  response.writeHead(303, { location, 'cache-control': 'no-store' });
  response.end();
}

/** The request URL, resolved against the server's own base URL. */
export function requestUrl(request: IncomingMessage, base: string): URL {
  return new URL(request.url ?? '/', base);
}

/**
 * A request listener for `handle` that renders errors as a page: oidc-provider's errors (such as
 * an expired interaction) with their status, anything else as a 500 that is also logged.
 */
export function withErrorPage(
  handle: (request: IncomingMessage, response: ServerResponse) => Promise<void>,
  title: string,
): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    handle(request, response).catch((error: unknown) => {
      const known = error instanceof errors.OIDCProviderError ? error : undefined;
      if (!known) console.error(error);
      if (!response.headersSent)
        sendHtml(
          response,
          known?.statusCode ?? 500,
          errorPage('fr', title, known ?? { error: 'server_error' }),
        );
    });
  };
}
