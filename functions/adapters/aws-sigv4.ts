// AWS Signature Version 4 with Node's crypto: how the functions call Lambda's Invoke API, S3 and EventBridge (and
// presign S3 links) without an SDK client for them, following AWS's rules for the canonical request.
import { createHash, createHmac } from 'node:crypto';

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string | undefined;
}

export interface SignedRequest {
  method: string;
  host: string;
  /** Already URI-encoded, as it goes on the wire. */
  path: string;
  headers: Record<string, string>;
  body: string | Uint8Array<ArrayBuffer>;
}

export interface Signing {
  service: string;
  region: string;
  credentials: AwsCredentials;
  now: Date;
}

/** A request S3 is to answer later, to whoever holds its URL. */
export interface PresignedRequest {
  method: string;
  host: string;
  /** Already URI-encoded, as it goes on the wire. */
  path: string;
  query: Record<string, string>;
  expiresInSeconds: number;
}

const hex = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();

/** URI encoding as SigV4 has it (RFC 3986): everything but `A-Z a-z 0-9 - _ . ~` is percent-encoded. */
export const uriEncode = (value: string) =>
  encodeURIComponent(value).replace(
    /[!'()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/** The credentials Lambda gives a function in its environment. */
export function environmentCredentials(): AwsCredentials {
  const { AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN } = process.env;
  if (!AWS_ACCESS_KEY_ID || !AWS_SECRET_ACCESS_KEY) throw new Error('no AWS credentials in the environment');
  return {
    accessKeyId: AWS_ACCESS_KEY_ID,
    secretAccessKey: AWS_SECRET_ACCESS_KEY,
    sessionToken: AWS_SESSION_TOKEN,
  };
}

const amzDateOf = (now: Date) =>
  now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

const scopeOf = (amzDate: string, { region, service }: Pick<Signing, 'region' | 'service'>) =>
  `${amzDate.slice(0, 8)}/${region}/${service}/aws4_request`;

/** The signature of one canonical request; `headers` are the signed ones, names in lower case. */
function signatureOf(
  request: {
    method: string;
    path: string;
    query: Record<string, string>;
    headers: Record<string, string>;
    payloadHash: string;
  },
  amzDate: string,
  { service, region, credentials }: Omit<Signing, 'now'>,
): string {
  const names = Object.keys(request.headers).sort();
  // S3 signs the path as it is sent; every other service signs it encoded once more.
  const canonicalPath = service === 's3' ? request.path : request.path.split('/').map(uriEncode).join('/');
  const canonicalRequest = [
    request.method,
    canonicalPath,
    canonicalQueryOf(request.query),
    ...names.map((name) => `${name}:${request.headers[name]}`),
    '',
    names.join(';'),
    request.payloadHash,
  ].join('\n');
  const stringToSign = [
    'AWS4-HMAC-SHA256',
    amzDate,
    scopeOf(amzDate, { region, service }),
    hex(canonicalRequest),
  ].join('\n');
  const day = amzDate.slice(0, 8);
  const key = hmac(
    hmac(hmac(hmac(`AWS4${credentials.secretAccessKey}`, day), region), service),
    'aws4_request',
  );
  return createHmac('sha256', key).update(stringToSign).digest('hex');
}

/** Names and values encoded, sorted by name: the canonical query, also the query sent. */
const canonicalQueryOf = (query: Record<string, string>) =>
  Object.entries(query)
    .map(([name, value]) => [uriEncode(name), uriEncode(value)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');

/** The headers that sign `request` (its own, lower-cased, with the host, the payload's hash and the date). */
export function signRequest(request: SignedRequest, signing: Signing): Record<string, string> {
  const amzDate = amzDateOf(signing.now);
  const payloadHash = hex(request.body);
  const { sessionToken } = signing.credentials;
  const headers: Record<string, string> = {
    ...Object.fromEntries(
      Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value.trim()]),
    ),
    host: request.host,
    // Sent as the SDK sends it: the payload's hash, also signed (S3 requires it).
    'x-amz-content-sha256': payloadHash,
    'x-amz-date': amzDate,
    ...(sessionToken ? { 'x-amz-security-token': sessionToken } : {}),
  };
  const signature = signatureOf(
    { method: request.method, path: request.path, query: {}, headers, payloadHash },
    amzDate,
    signing,
  );
  return {
    ...headers,
    authorization: `AWS4-HMAC-SHA256 Credential=${signing.credentials.accessKeyId}/${scopeOf(amzDate, signing)}, SignedHeaders=${Object.keys(headers).sort().join(';')}, Signature=${signature}`,
  };
}

/** What AWS answers when a retry may succeed: throttled, or failing on its side. */
const retryable = (status: number) => status === 429 || status >= 500;

/** A pause before attempt `attempt + 1`: exponential with full jitter, as the SDK's standard retry strategy. */
const backoff = (attempt: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.random() * Math.min(1000, 50 * 2 ** attempt)));

export interface RetryOptions {
  /** Attempts in all (3, as the SDK's standard retry mode). */
  attempts?: number;
  pause?: (attempt: number) => Promise<void>;
}

/**
 * Sends `request` to `url`, signed for the URL's host and path (fetch writes the host header itself). A network
 * failure, a 429 or a 5xx is tried again, as the SDK's clients do: the calls made this way (an S3 PUT or DELETE,
 * EventBridge PutEvents whose consumers act once per event, a renderer's Invoke) may be repeated safely.
 */
export async function fetchSigned(
  url: URL,
  request: Omit<SignedRequest, 'host' | 'path'>,
  signing: Signing,
  send: typeof fetch = fetch,
  { attempts = 3, pause = backoff }: RetryOptions = {},
): Promise<Response> {
  const { host: _host, ...headers } = signRequest(
    { ...request, host: url.host, path: url.pathname },
    signing,
  );
  for (let attempt = 1; ; attempt += 1) {
    let response: Response | undefined;
    try {
      response = await send(url.toString(), {
        method: request.method,
        headers,
        ...(request.body === '' ? {} : { body: request.body }),
      });
    } catch (error) {
      if (attempt >= attempts) throw error;
    }
    if (response && (!retryable(response.status) || attempt >= attempts)) return response;
    // The refused answer's body is not read: free its connection before trying again.
    await response?.body?.cancel();
    await pause(attempt);
  }
}

/** How an adapter reaches its AWS service through this signer. */
export interface AwsServiceOptions {
  /** Another endpoint than the region's (AWS_ENDPOINT_URL_<SERVICE>: an emulator). */
  endpoint?: string | undefined;
  /** AWS_REGION by default, as Lambda sets it. */
  region?: string | undefined;
  /** Lambda's, from the environment, by default. */
  credentials?: (() => AwsCredentials) | undefined;
  fetch?: typeof fetch | undefined;
}

/**
 * An AWS service as an adapter calls it: its base URL (`https://<regional host>`, or the endpoint given), the
 * region and credentials it signs for, and a signed call (tried again as `fetchSigned` does).
 */
export function awsService(
  service: string,
  regionalHost: (region: string) => string,
  {
    endpoint,
    region = process.env.AWS_REGION ?? 'eu-west-3',
    credentials = environmentCredentials,
    fetch: send = fetch,
  }: AwsServiceOptions,
) {
  return {
    base: new URL(endpoint ?? `https://${regionalHost(region)}`),
    region,
    credentials,
    call: (url: URL, request: Omit<SignedRequest, 'host' | 'path'>, now = new Date()) =>
      fetchSigned(url, request, { service, region, credentials: credentials(), now }, send),
  };
}

/**
 * The body of an AWS answer, read whole; an error naming `failure`, the status and the start of the body when
 * the call failed (by default: a status outside 2xx).
 */
export async function readAnswer(
  response: Response,
  failure: string,
  failed = !response.ok,
): Promise<string> {
  const text = await response.text();
  if (failed) throw new Error(`${failure} (${response.status}): ${text.slice(0, 300)}`);
  return text;
}

/**
 * The query string that authorizes `request` on S3 until it expires (its own parameters, signed, with the
 * X-Amz-* ones): the host is the only signed header, and the payload is UNSIGNED-PAYLOAD, as S3 has it.
 */
export function presignS3Query(
  request: PresignedRequest,
  { region, credentials, now }: Omit<Signing, 'service'>,
): string {
  const amzDate = amzDateOf(now);
  const signing = { service: 's3', region, credentials };
  const query = {
    ...request.query,
    'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
    'X-Amz-Credential': `${credentials.accessKeyId}/${scopeOf(amzDate, signing)}`,
    'X-Amz-Date': amzDate,
    'X-Amz-Expires': String(request.expiresInSeconds),
    'X-Amz-SignedHeaders': 'host',
    ...(credentials.sessionToken ? { 'X-Amz-Security-Token': credentials.sessionToken } : {}),
  };
  const signature = signatureOf(
    {
      method: request.method,
      path: request.path,
      query,
      headers: { host: request.host },
      payloadHash: 'UNSIGNED-PAYLOAD',
    },
    amzDate,
    signing,
  );
  return `${canonicalQueryOf(query)}&X-Amz-Signature=${signature}`;
}
