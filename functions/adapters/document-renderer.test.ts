import { describe, expect, it } from 'vitest';
import { aRecordingFetch, roleCredentials } from '../../test/support/recording-fetch.ts';
import { makeLambdaRenderer } from './document-renderer.ts';

const document = { content: { reference: 'RIR-1' } } as never;

describe('the PDF function, called through the Invoke API', () => {
  it('gets the document signed with the function role, and answers the PDF it returns', async () => {
    const { fetch, sent } = aRecordingFetch(() =>
      Response.json({ pdf: Buffer.from('%PDF-1.7').toString('base64') }),
    );
    const renderer = makeLambdaRenderer({
      functionName: 'PermisPoints-Service-RenderDocument',
      region: 'eu-west-3',
      credentials: roleCredentials,
      fetch,
    });
    expect(Buffer.from(await renderer.render(document)).toString()).toBe('%PDF-1.7');
    const [call] = sent;
    expect(call?.url).toBe(
      'https://lambda.eu-west-3.amazonaws.com/2015-03-31/functions/PermisPoints-Service-RenderDocument/invocations',
    );
    const headers = new Headers(call?.init.headers);
    expect(headers.get('authorization')).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKID\/\d{8}\/eu-west-3\/lambda\/aws4_request, /,
    );
    expect(headers.get('x-amz-security-token')).toBe('session');
    expect(JSON.parse(call?.init.body as string)).toEqual({ document });
  });

  it('fails when the function failed, rather than answer a broken document', async () => {
    const renderer = makeLambdaRenderer({
      functionName: 'f',
      credentials: roleCredentials,
      fetch: async () =>
        new Response('{"errorMessage":"boom"}', {
          status: 200,
          headers: { 'x-amz-function-error': 'Unhandled' },
        }),
    });
    await expect(renderer.render(document)).rejects.toThrow(/PDF function failed/);
  });
});
