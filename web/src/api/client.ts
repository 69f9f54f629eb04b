// The typed API client: openapi-fetch over the types generated from the OpenAPI document
// (openapi.ts), with the caller's access token and language on every request.
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './openapi.ts';

export type ApiClient = ReturnType<typeof createClient<paths>>;

export interface RequestContext {
  accessToken: () => Promise<string | undefined>;
  language: () => string;
}

export function requestHeaders(context: RequestContext, token: string | undefined): Record<string, string> {
  return {
    'accept-language': context.language(),
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  };
}

export function makeApiClient(baseUrl: string, context: RequestContext): ApiClient {
  const client = createClient<paths>({ baseUrl });
  const middleware: Middleware = {
    async onRequest({ request }) {
      for (const [name, value] of Object.entries(requestHeaders(context, await context.accessToken())))
        request.headers.set(name, value);
      return request;
    },
  };
  client.use(middleware);
  return client;
}
