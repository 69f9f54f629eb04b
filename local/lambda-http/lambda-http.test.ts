import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyResultV2 } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { invokeHttpApiHandler, type HttpApiEvent, type HttpApiRoute } from './index.ts';

let server: Server | undefined;

afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** Serves every request with `handler` and records the events it was given. */
async function serveWith(
  handler: (event: HttpApiEvent) => Promise<APIGatewayProxyResultV2>,
  route?: HttpApiRoute,
) {
  const events: HttpApiEvent[] = [];
  server = createServer((request, response) => {
    const recording = (event: HttpApiEvent) => {
      events.push(event);
      return handler(event);
    };
    void invokeHttpApiHandler(recording, request, response, route);
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://localhost:${port}`, events };
}

const serve = (result: APIGatewayProxyResultV2, route?: HttpApiRoute) =>
  serveWith(() => Promise.resolve(result), route);

describe('a Lambda handler served over HTTP', () => {
  it('receives the request as an API Gateway payload 2.0 event', async () => {
    const { url, events } = await serve(
      { statusCode: 204 },
      { routeKey: 'POST /things/{id}', pathParameters: { id: '42' } },
    );
    await fetch(`${url}/things/42?tag=a&tag=b&q=x%20y`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Trace': 'abc',
        Cookie: 'a=1; b=2',
        'User-Agent': 'test-agent',
      },
      body: '{"name":"Léa"}',
    });
    const [event] = events;
    expect(event).toMatchObject({
      version: '2.0',
      routeKey: 'POST /things/{id}',
      rawPath: '/things/42',
      rawQueryString: 'tag=a&tag=b&q=x%20y',
      queryStringParameters: { tag: 'a,b', q: 'x y' },
      pathParameters: { id: '42' },
      cookies: ['a=1', 'b=2'],
      body: '{"name":"Léa"}',
      isBase64Encoded: false,
      requestContext: {
        http: { method: 'POST', path: '/things/42', sourceIp: '127.0.0.1', userAgent: 'test-agent' },
        routeKey: 'POST /things/{id}',
        stage: '$default',
      },
    });
    expect(event?.headers).toMatchObject({ 'content-type': 'application/json', 'x-trace': 'abc' });
    expect(event?.headers.cookie).toBeUndefined();
    expect(event?.requestContext.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(event?.requestContext.timeEpoch).toBeTypeOf('number');
    expect(event?.requestContext.authorizer).toBeUndefined();
  });

  it('base64-encodes a binary body and leaves out what the request does not have', async () => {
    const { url, events } = await serve({ statusCode: 204 });
    await fetch(`${url}/upload`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: new Uint8Array([0, 255, 1]),
    });
    await fetch(`${url}/plain`);
    const [upload, plain] = events;
    expect(upload).toMatchObject({ body: 'AP8B', isBase64Encoded: true, routeKey: '$default' });
    expect(plain).toMatchObject({ rawQueryString: '', isBase64Encoded: false });
    expect(plain).not.toHaveProperty('body');
    expect(plain).not.toHaveProperty('cookies');
    expect(plain).not.toHaveProperty('queryStringParameters');
    expect(plain).not.toHaveProperty('pathParameters');
  });

  it('passes the claims and scopes of a JWT authorizer', async () => {
    const authorizer = { jwt: { claims: { sub: 'abc', username: 'abc' }, scopes: ['registry/write'] } };
    const { url, events } = await serve({ statusCode: 204 }, { authorizer });
    await fetch(url);
    expect(events[0]?.requestContext.authorizer).toEqual(authorizer);
  });

  it('answers with the status, headers, cookies and body of the result', async () => {
    const { url } = await serve({
      statusCode: 201,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'x-count': 3 },
      cookies: ['a=1; Path=/', 'b=2; HttpOnly'],
      body: 'créé',
    });
    const response = await fetch(url);
    expect(response.status).toBe(201);
    expect(response.headers.get('x-count')).toBe('3');
    expect(response.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; HttpOnly']);
    expect(await response.text()).toBe('créé');
  });

  it('decodes a base64-encoded result body', async () => {
    const { url } = await serve({ statusCode: 200, body: 'AP8B', isBase64Encoded: true });
    const response = await fetch(url);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([0, 255, 1]));
  });

  it('answers a result without a status code as a JSON body, as API Gateway does', async () => {
    const { url } = await serve({ status: 'ok' } as unknown as APIGatewayProxyResultV2);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers a bare 500 when the handler throws', async () => {
    const { url } = await serveWith(() => Promise.reject(new Error('boom')));
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = await fetch(url);
    quiet.mockRestore();
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ message: 'Internal Server Error' });
  });
});
