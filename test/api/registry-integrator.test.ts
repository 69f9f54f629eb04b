// The registry API as an integrator meets it: both number formats on every route, malformed paths refused,
// conditional replaces, NATINF codes checked against the catalogue, bounded free text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiHarness, type ApiHarness } from '../support/api-harness.ts';
import { aLicenceNumber, aLicenceRecord, anInfraction } from '../support/registry-builders.ts';

let api: ApiHarness;
let registry: string;

beforeAll(async () => {
  api = await startApiHarness({ today: '2024-06-01' as never });
  registry = await api.identity.registry();
});
afterAll(() => api.close());

const put = (number: string, body: unknown, headers: Record<string, string> = {}) =>
  api.request('PUT', `/v1/registry/licences/${number}`, { token: registry, body, headers });
const post = (number: string, body: unknown) =>
  api.request('POST', `/v1/registry/licences/${number}/events`, { token: registry, body });
const statement = (number: string) =>
  api.request('GET', `/v1/registry/licences/${number}/statement`, { token: registry });

describe('a pink three-fold licence', () => {
  it('can be created, fed and read by its old number', async () => {
    const number = `P${String(Date.now()).slice(-8)}`;
    expect((await put(number, aLicenceRecord({ format: 'pink-3-fold' }))).status).toBe(201);
    expect((await post(number, anInfraction())).status).toBe(201);
    const read = await statement(number);
    expect(read.status).toBe(200);
    expect(read.json()).toMatchObject({ balance: 11 });
  });
});

describe('malformed paths', () => {
  it.each(['15%ZZ', '%E0%A4%A', '%', '1%2'])(
    'answer 400 for the bad percent-escape %s, never 500',
    async (raw) => {
      for (const path of [`/v1/registry/licences/${raw}/statement`, `/v1/registry/licences/${raw}/events`]) {
        const response = await api.request(path.endsWith('events') ? 'POST' : 'GET', path, {
          token: registry,
          body: path.endsWith('events') ? anInfraction() : undefined,
        });
        expect(response.status, path).toBe(400);
        expect(response.headers.get('content-type')).toBe('application/problem+json');
      }
    },
  );
});

describe('conditional replaces', () => {
  it('tags each version and refuses a replace made from an older one with 412, changing nothing', async () => {
    const number = aLicenceNumber();
    const created = await put(number, aLicenceRecord());
    const firstTag = created.headers.get('etag') ?? '';
    expect(firstTag).toMatch(/^"\d+"$/);
    const replaced = await put(number, aLicenceRecord({ obtainedOn: '2011-01-01' }), {
      'if-match': firstTag,
    });
    expect(replaced.status).toBe(200);
    expect(replaced.headers.get('etag')).not.toBe(firstTag);
    const replayed = await put(number, aLicenceRecord({ obtainedOn: '2009-01-01' }), {
      'if-match': firstTag,
    });
    expect(replayed.status).toBe(412);
    expect(replayed.json()).toMatchObject({ code: 'precondition-failed' });
    expect((await statement(number)).json()).toMatchObject({ asOf: '2024-06-01' });
    const again = await put(number, aLicenceRecord({ obtainedOn: '2011-01-01' }), {
      'if-match': replaced.headers.get('etag') ?? '',
    });
    expect(again.status).toBe(200);
  });

  it('lets exactly one of two writers holding the same version win', async () => {
    const number = aLicenceNumber();
    const tag = (await put(number, aLicenceRecord())).headers.get('etag') ?? '';
    const answers = await Promise.all([
      put(number, aLicenceRecord({ obtainedOn: '2011-01-01' }), { 'if-match': tag }),
      put(number, aLicenceRecord({ obtainedOn: '2012-01-01' }), { 'if-match': tag }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 412]);
  });

  it('refuses a malformed If-Match with 400', async () => {
    const number = aLicenceNumber();
    expect((await put(number, aLicenceRecord(), { 'if-match': 'yesterday' })).status).toBe(400);
  });

  it('tags the statement, which changes when the record does', async () => {
    const number = aLicenceNumber();
    await put(number, aLicenceRecord());
    const before = (await statement(number)).headers.get('etag');
    await post(number, anInfraction());
    expect((await statement(number)).headers.get('etag')).not.toBe(before);
  });
});

describe('NATINF codes', () => {
  it('refuses NATINF 213 (a 0-point C4) sent as a 6-point délit with 422 natinf-mismatch', async () => {
    const number = aLicenceNumber();
    await put(number, aLicenceRecord());
    const refused = await post(number, anInfraction({ natinf: '213', class: 'DELIT', points: 6 }));
    expect(refused.status).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'natinf-mismatch', errors: [{ path: 'class' }] });
    const wrongPoints = await post(number, anInfraction({ natinf: '203', class: 'C4', points: 3 }));
    expect(wrongPoints.json()).toMatchObject({ code: 'natinf-mismatch', errors: [{ path: 'points' }] });
    expect((await statement(number)).json()).toMatchObject({ balance: 12 });
  });

  it('accepts an infraction that agrees with the catalogue, and one whose code it does not know', async () => {
    const number = aLicenceNumber();
    await put(number, aLicenceRecord());
    expect((await post(number, anInfraction({ natinf: '203', class: 'C4', points: 4 }))).status).toBe(201);
    expect((await post(number, anInfraction({ natinf: '999999', class: 'C4', points: 3 }))).status).toBe(201);
  });
});

describe('free text', () => {
  it('holds labels and places of up to 200 characters and refuses longer ones', async () => {
    const number = aLicenceNumber();
    await put(number, aLicenceRecord());
    expect(
      (await post(number, anInfraction({ label: 'é'.repeat(200), place: 'x'.repeat(200) }))).status,
    ).toBe(201);
    const refused = await post(number, anInfraction({ label: 'x'.repeat(201) }));
    expect(refused.status).toBe(400);
    expect(refused.json()).toMatchObject({ errors: [{ path: 'label', code: 'too-long' }] });
  });
});
