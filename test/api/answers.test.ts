// Answers people can read (CONTRACT.md §2): every problem and field error has a stable code, and its words are
// French unless the request prefers English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiHarness, type ApiHarness } from '../support/api-harness.ts';
import { aLicenceNumber, aLicenceRecord } from '../support/registry-builders.ts';

let api: ApiHarness;
let registry: string;

beforeAll(async () => {
  api = await startApiHarness({ today: '2024-06-01' as never });
  registry = await api.identity.registry();
});
afterAll(() => api.close());

interface Problem {
  type: string;
  code: string;
  title: string;
  detail: string;
  errors?: { path: string; code: string; message: string }[];
}

const badRecord = aLicenceRecord({
  obtainedOn: '2023-02-29',
  probation: 'sometimes',
  holder: { ...aLicenceRecord().holder, birthCountry: 'FR' },
});

describe('answers people can read', () => {
  it('names each refused field with a code and French words by default', async () => {
    const response = await api.request('PUT', `/v1/registry/licences/${aLicenceNumber()}`, {
      token: registry,
      body: badRecord,
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-language')).toBe('fr');
    const problem = response.json<Problem>();
    expect(problem).toMatchObject({ code: 'validation', title: 'Requête invalide' });
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { path: 'obtainedOn', code: 'invalid', message: 'doit être une date réelle au format AAAA-MM-JJ' },
        {
          path: 'holder.birthCountry',
          code: 'invalid-format',
          message: 'doit être un code pays INSEE (5 chiffres, France 99100)',
        },
        expect.objectContaining({
          path: 'probation',
          code: 'invalid-value',
          message: expect.stringMatching(/^Option invalide/) as string,
        }),
      ]),
    );
  });

  it('answers in English when Accept-Language prefers it', async () => {
    const response = await api.request('PUT', `/v1/registry/licences/${aLicenceNumber()}`, {
      token: registry,
      body: badRecord,
      headers: { 'accept-language': 'en-GB,en;q=0.9,fr;q=0.5' },
    });
    expect(response.headers.get('content-language')).toBe('en');
    const problem = response.json<Problem>();
    expect(problem.title).toBe('Invalid request');
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { path: 'obtainedOn', code: 'invalid', message: 'must be a real day written YYYY-MM-DD' },
      ]),
    );
  });

  it('says who may call a route, with a code, in both languages', async () => {
    const french = (await api.request('GET', '/v1/me')).json<Problem>();
    const english = (
      await api.request('GET', '/v1/me', { headers: { 'accept-language': 'en' } })
    ).json<Problem>();
    expect(french).toMatchObject({ code: 'unauthorized', title: 'Authentification requise' });
    expect(english).toMatchObject({ code: 'unauthorized', title: 'Unauthorized' });
  });

  it('refuses a link in words, the same for a wrong identity and an unknown number', async () => {
    const token = await api.identity.motorist('answers-1');
    const response = await api.request('PUT', '/v1/me/licence', {
      token,
      body: {
        format: 'eu-card',
        licenceNumber: aLicenceNumber(),
        holder: { familyName: 'X', givenNames: 'Y', birthDate: '1990-01-01' },
      },
    });
    expect(response.status).toBe(422);
    expect(response.json<Problem>()).toMatchObject({
      code: 'licence-not-matched',
      title: 'Permis non reconnu',
      detail: expect.stringMatching(/^Aucun permis portant ce numéro/) as string,
    });
  });

  it('explains a wrong licence number with where to find the right one, in French', async () => {
    const token = await api.identity.motorist('answers-2');
    const response = await api.request('PUT', '/v1/me/licence', {
      token,
      body: {
        format: 'eu-card',
        licenceNumber: '12345',
        holder: { familyName: 'X', givenNames: 'Y', birthDate: '1990-01-01' },
      },
    });
    expect(response.status).toBe(400);
    const [error] = response.json<Problem>().errors ?? [];
    expect(error).toMatchObject({ path: 'licenceNumber', code: 'licence-number-too-short' });
    expect(error?.message).toMatch(/verso/);
  });

  it('says in minutes how long to wait after too many tries', async () => {
    const token = await api.identity.motorist('answers-3');
    const attempt = () =>
      api.request('PUT', '/v1/me/licence', {
        token,
        body: {
          format: 'eu-card',
          licenceNumber: aLicenceNumber(),
          holder: { familyName: 'X', givenNames: 'Y', birthDate: '1990-01-01' },
        },
      });
    for (let i = 0; i < 5; i += 1) await attempt();
    const refused = await attempt();
    expect(refused.status).toBe(429);
    expect(refused.json<Problem>()).toMatchObject({
      code: 'too-many-requests',
      detail: expect.stringMatching(/Réessayez dans 15 minutes\./) as string,
    });
  });
});

describe('links accepted with a remark', () => {
  it('warns, in words and with a code, when the registry holds the licence in the other format', async () => {
    const number = aLicenceNumber();
    await api.request('PUT', `/v1/registry/licences/${number}`, { token: registry, body: aLicenceRecord() });
    const { familyName, givenNames, birthDate } = aLicenceRecord().holder;
    const response = await api.request('PUT', '/v1/me/licence', {
      token: await api.identity.motorist('answers-4'),
      body: { format: 'pink-3-fold', licenceNumber: number, holder: { familyName, givenNames, birthDate } },
    });
    expect(response.status).toBe(200);
    expect(response.json()).toMatchObject({
      format: 'eu-card',
      warnings: [{ code: 'format-corrected', message: expect.stringMatching(/format carte/) as string }],
    });
  });

  it('warns about an unusual département in the number, and still links', async () => {
    const number = '130697100123';
    await api.request('PUT', `/v1/registry/licences/${number}`, { token: registry, body: aLicenceRecord() });
    const { familyName, givenNames, birthDate } = aLicenceRecord().holder;
    const response = await api.request('PUT', '/v1/me/licence', {
      token: await api.identity.motorist('answers-5'),
      body: { format: 'eu-card', licenceNumber: number, holder: { familyName, givenNames, birthDate } },
      headers: { 'accept-language': 'en' },
    });
    expect(response.status).toBe(200);
    expect(response.json()).toMatchObject({
      warnings: [{ code: 'unusual-departement', message: expect.stringContaining('(97)') as string }],
    });
  });
});
