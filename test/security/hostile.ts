// Hostile requests, generated with fast-check: what a fuzzer, a confused client or an attacker sends. Every
// route gets bodies, paths, queries and content types built from these, around a request it would accept,
// so that the generated defects reach past the first check. The suites assert what every answer must be.
import fc from 'fast-check';
import type { RouteSpec } from '../../functions/http/index.ts';
import type { ApiHarness, ApiResponse } from '../support/api-harness.ts';

/** Strings that have broken parsers somewhere. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\ud800',
    'a\udfffb',
    '\u202e\u202d',
    '\ufeff',
    'é'.normalize('NFD'),
    '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
    '👩‍👩‍👧‍👦',
    '../../etc/passwd',
    '%00',
    '%ZZ',
    '${jndi:ldap://x}',
    '<script>alert(1)</script>',
    "' OR 1=1 --",
    '__proto__',
    'constructor',
    'toString',
    'NaN',
    'Infinity',
    '-0',
    '1e309',
    '2024-02-30',
    '2023-02-29',
    '2024-13-01',
    '0000-00-00',
    '9999-12-31',
    '2024-06-01T00:00:00Z',
    '+275760-09-13',
    '130675100123',
    '13AB75100123',
    'A'.repeat(201),
  ),
  fc.integer({ min: 2_000, max: 20_000 }).map((length) => 'x'.repeat(length)),
  fc.constant('A'.repeat(2_000)),
);

/** Any JSON value, some of them huge or deep. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.double(),
  fc.integer(),
  fc.constantFrom(null, true, false, 0, -1, 2 ** 53, -(2 ** 63), 1e308, [], {}),
  fc.jsonValue({ maxDepth: 3 }),
  fc
    .integer({ min: 50, max: 2_000 })
    .map((depth) => JSON.parse('['.repeat(depth) + ']'.repeat(depth)) as unknown),
  fc.constantFrom({ __proto__: { admin: true } }, { constructor: { prototype: { admin: true } } }),
);

type Json = Record<string, unknown>;

/** A valid body with one value somewhere replaced, one key added or one removed. */
function mutated(valid: unknown): fc.Arbitrary<unknown> {
  const paths: (string | number)[][] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else if (value && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk(valid, []);
  const at = fc.constantFrom(...paths);
  const setAt = (
    root: unknown,
    path: (string | number)[],
    change: (parent: Json, key: string | number) => void,
  ) => {
    const copy = structuredClone(root) as Json;
    if (path.length === 0) return copy;
    let parent = copy;
    for (const key of path.slice(0, -1)) parent = parent[key as string] as Json;
    change(parent, path[path.length - 1] as string | number);
    return copy;
  };
  return fc.oneof(
    fc
      .tuple(at, hostileValue)
      .map(([path, value]) =>
        path.length === 0 ? value : setAt(valid, path, (parent, key) => void (parent[key as string] = value)),
      ),
    fc
      .tuple(at, fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', ''), hostileValue)
      .map(([path, key, value]) => {
        const copy = structuredClone(valid) as Json;
        let target: unknown = copy;
        for (const part of path) target = (target as Json)[part as string];
        if (target && typeof target === 'object' && !Array.isArray(target))
          Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
        return copy;
      }),
    at
      .filter((path) => path.length > 0)
      .map((path) =>
        setAt(valid, path, (parent, key) => {
          if (Array.isArray(parent)) parent.splice(Number(key), 1);
          else delete parent[key as string];
        }),
      ),
  );
}

/** Raw body texts no JSON parser should trust. */
const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('', '{', '{"a":', 'null', '[]', '"text"', '{"a":1}{"b":2}', '\ufeff{}', '{"a":1,}', 'NaN'),
  fc.integer({ min: 65 * 1024, max: 80 * 1024 }).map((length) => `{"a":"${'x'.repeat(length)}"}`),
);

const contentTypes = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'application/merge-patch+json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/json; charset=utf-16',
  '',
  'application/jsonx',
  '*/*',
);

/** A path segment in place of a parameter: encoded hostile strings and raw bad escapes. */
const hostileSegment: fc.Arbitrary<string> = fc.oneof(
  // API Gateway refuses request lines over 10 KB, and dot segments are resolved before any route is chosen.
  hostileString
    .map((value) => encodeURIComponent(value.replace(/[\ud800-\udfff]/g, '\ufffd').slice(0, 600)) || '%20')
    .filter((segment) => !/^(\.|%2e){1,2}$/i.test(segment)),
  fc.constantFrom('%ZZ', '%', '%E0%A4%A', '%ED%A0%80', '%C0%AF', '%2F', '%00', '15%ZZ', 'a%2Fb'),
);

const hostileQuery: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom('__proto__[admin]', 'constructor', 'a', 'from', 'to', 'language', '%ZZ'),
        fc.string({ maxLength: 10 }),
      ),
      fc.oneof(hostileSegment, fc.constant('')),
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((pairs) =>
    pairs.map(([key, value]) => `${encodeURIComponent(key).replace('%25ZZ', '%ZZ')}=${value}`).join('&'),
  );

export interface HostileRequest {
  path: string;
  headers: Record<string, string>;
  rawBody?: string;
}

export interface RouteSample {
  /** A path the route answers, parameters filled in, with the query it needs if any. */
  path: string;
  /** A body it would take, when it takes one. */
  body?: unknown;
}

/** Hostile variants of a route's request: bad bodies, content types, paths and queries. */
export function hostileRequests(spec: RouteSpec, sample: RouteSample): fc.Arbitrary<HostileRequest> {
  const withParameter = (segment: string) => {
    const template = spec.path.split('/');
    const [pathOnly = '', query] = sample.path.split('?');
    const concrete = pathOnly.split('/');
    const index = template.findIndex((part) => part.startsWith('{'));
    if (index < 0) return `${pathOnly}/${segment}${query ? `?${query}` : ''}`;
    concrete[index] = template[index]?.endsWith('.ics}') ? `${segment}.ics` : segment;
    return concrete.join('/') + (query ? `?${query}` : '');
  };
  const json = (value: unknown) => {
    try {
      return JSON.stringify(value) ?? 'null';
    } catch {
      return 'null';
    }
  };
  const bodies: fc.Arbitrary<HostileRequest>[] = [];
  if (sample.body !== undefined) {
    bodies.push(
      mutated(sample.body).map((body) => ({
        path: sample.path,
        headers: { 'content-type': 'application/json' },
        rawBody: json(body),
      })),
      hostileValue.map((body) => ({
        path: sample.path,
        headers: { 'content-type': 'application/json' },
        rawBody: json(body),
      })),
      hostileText.map((rawBody) => ({
        path: sample.path,
        headers: { 'content-type': 'application/json' },
        rawBody,
      })),
      fc
        .tuple(contentTypes, fc.oneof(hostileText, mutated(sample.body).map(json)))
        .map(([type, rawBody]): HostileRequest => ({
          path: sample.path,
          headers: type ? { 'content-type': type } : {},
          rawBody,
        })),
    );
  } else {
    // A body where none is expected must not change the answer's nature.
    bodies.push(
      hostileText.map((rawBody) => ({
        path: sample.path,
        headers: { 'content-type': 'application/json' },
        rawBody,
      })),
    );
  }
  return fc.oneof(
    ...bodies,
    hostileSegment.map((segment) => ({ path: withParameter(segment), headers: {}, ...bodyOf(sample, json) })),
    hostileQuery.map((query) => ({
      path: `${sample.path}${sample.path.includes('?') ? '&' : '?'}${query}`,
      headers: {},
      ...bodyOf(sample, json),
    })),
    fc
      .record({
        'accept-language': hostileString,
        accept: fc.constantFrom('text/html', 'application/xml', '*/*', 'x/y;q=abc', ''),
      })
      .map((headers) => ({
        path: sample.path,
        headers: Object.fromEntries(
          Object.entries(headers)
            .map(([name, value]) => [name, value.replace(/[^\t\x20-\x7e\x80-\xff]/g, '')] as const)
            .filter(([, value]) => value !== '')
            // API Gateway takes 10 KB of headers in all; a longer one never reaches a Lambda.
            .map(([name, value]) => [name, value.slice(0, 1_000)]),
        ),
        ...bodyOf(sample, json),
      })),
  );
}

function bodyOf(sample: RouteSample, json: (value: unknown) => string) {
  return sample.body === undefined
    ? {}
    : { rawBody: json(sample.body), headers: { 'content-type': 'application/json' } };
}

/** Words that mean an internal leaked out: stack frames, file paths, AWS and library names. */
const LEAKS = [
  /\bat [\w.<>]+ \(/,
  /\bat file:\/\//,
  /\/work\//,
  /node_modules/,
  /\.ts:\d+/,
  /functions\//,
  /\b(TypeError|ReferenceError|SyntaxError|RangeError|URIError)\b/,
  /DynamoDB|ConditionalCheckFailed|ValidationException|ResourceNotFound|dynalite|s3rver/i,
  /\bZod|\$Zod|zod\b/,
  /TABLE_NAME|process\.env/,
  /undefined is not|Cannot read propert/,
];

/** What is wrong with an answer to a hostile request, or undefined when it is a proper answer. */
export function defectOf(response: ApiResponse): string | undefined {
  if (response.status >= 500) return `answered ${response.status}`;
  if (response.status >= 400) {
    // Accepted answers are checked against their schema by the harness; refusals are free text to check.
    const leak = LEAKS.find((pattern) => pattern.test(response.text));
    if (leak) return `leaks ${leak}: ${response.text.slice(0, 200)}`;
    const type = response.headers.get('content-type') ?? '';
    if (!type.startsWith('application/problem+json')) return `a ${response.status} as ${type}`;
    const problem = response.json<{ status?: number; title?: string; code?: string }>();
    if (problem.status !== response.status || !problem.title || !problem.code)
      return `a problem without status, title or code: ${response.text.slice(0, 200)}`;
  }
  return undefined;
}

/** Sends one hostile request through the harness (whose OpenAPI check throws on an undocumented answer). */
export async function send(api: ApiHarness, method: string, request: HostileRequest, token?: string) {
  return api.request(method, request.path, {
    headers: request.headers,
    ...(token ? { token } : {}),
    ...(request.rawBody !== undefined && method !== 'GET' ? { rawBody: request.rawBody } : {}),
  });
}

/** Every item of the table, as one comparable string: what "nothing stored" is checked against. */
export async function tableContents(api: ApiHarness): Promise<string> {
  const { DynamoDBClient, ScanCommand } = await import('@aws-sdk/client-dynamodb');
  const client = new DynamoDBClient({
    endpoint: api.dynamoDbEndpoint,
    region: 'eu-west-3',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const items: string[] = [];
  let start: Record<string, never> | undefined;
  do {
    const page = await client.send(
      new ScanCommand({ TableName: 'permis-points-test', ExclusiveStartKey: start }),
    );
    for (const item of page.Items ?? []) items.push(JSON.stringify(item));
    start = page.LastEvaluatedKey as typeof start;
  } while (start);
  client.destroy();
  return items.sort().join('\n');
}
