// The address a request came from. Behind CloudFront the API sees CloudFront's own address (one per edge,
// shared by everyone it serves), so the distribution's viewer-request function on /v1/* writes the viewer's
// address in this header over anything the client sent (infra/web-hosting.ts); the local gateway does the same.
import { isIP } from 'node:net';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';

export const VIEWER_ADDRESS_HEADER = 'x-viewer-address';

/**
 * The viewer's address, or the request's own source when no valid one was written. A caller reaching the API
 * directly could write any address there: a limit per address then only slows it, so what must hold against
 * many addresses (a document's code) has a limit of its own.
 */
export function clientAddressOf(event: Pick<APIGatewayProxyEventV2, 'headers' | 'requestContext'>): string {
  const viewer = event.headers[VIEWER_ADDRESS_HEADER]?.trim();
  return viewer && isIP(viewer) ? viewer : event.requestContext.http.sourceIp;
}
