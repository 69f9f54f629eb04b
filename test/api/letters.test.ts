// The letters as the motorist reads them: how many points, for which infraction, on which day and when they come
// back, with dates and numbers written the French way.
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

const NBSP = '\u00a0';
const { familyName, givenNames, birthDate } = aLicenceRecord().holder;
let accounts = 0;

/** A licence linked to a motorist's account; answers the letters the next registry event sends them. */
async function aLinkedMotorist() {
  const number = aLicenceNumber();
  await api.request('PUT', `/v1/registry/licences/${number}`, { token: registry, body: aLicenceRecord() });
  const email = `letters-${++accounts}`;
  const token = await api.identity.motorist(email);
  await api.request('PUT', '/v1/me/licence', {
    token,
    body: { format: 'eu-card', licenceNumber: number, holder: { familyName, givenNames, birthDate } },
  });
  return async (event: Record<string, unknown>) => {
    const before = new Set((await api.outbox.list()).map((message) => JSON.stringify(message)));
    const answer = await api.request('POST', `/v1/registry/licences/${number}/events`, {
      token: registry,
      body: event,
    });
    expect(answer.status).toBe(201);
    const letters = (await api.outbox.list()).filter(
      (message) => !before.has(JSON.stringify(message)) && message.kind.startsWith('letter-'),
    );
    return { letters, statement: answer.json<{ statement: { upcoming: { date: string }[] } }>().statement };
  };
}

describe('the letter of a withdrawal', () => {
  it('names the points, the infraction from the catalogue, the dates and when the points come back', async () => {
    const record = await aLinkedMotorist();
    const { letters } = await record(
      anInfraction({
        natinf: '12929',
        class: 'C4',
        points: 3,
        offenceDate: '2024-02-20',
        establishedOn: '2024-03-01',
        label: 'texte du registre',
      }),
    );
    expect(letters).toHaveLength(1);
    const [letter] = letters;
    expect(letter?.kind).toBe('letter-48');
    expect(letter?.subject).toBe(`Lettre 48${NBSP}: retrait de 3${NBSP}points`);
    expect(letter?.text).toBe(
      [
        `Le 1er mars 2024, un retrait de 3${NBSP}points a été enregistré sur votre permis de conduire pour ` +
          `l'infraction suivante${NBSP}: Défaut de port de la ceinture de sécurité par le conducteur (NATINF 12929), ` +
          `commise le 20 février 2024. Votre solde est de 9${NBSP}points.`,
        `Si aucune nouvelle infraction ne vous fait perdre de points, ces points vous seront rendus${NBSP}:`,
        `- le 1er mars 2027${NBSP}: votre solde revient à 12${NBSP}points (reconstitution du capital)`,
      ].join('\n'),
    );
  });

  it('gives the date of the six-month return of a single point, and suggests a course at 6 points or less', async () => {
    const record = await aLinkedMotorist();
    await record(
      anInfraction({
        natinf: undefined,
        class: 'C4',
        points: 6,
        offenceDate: '2023-12-01',
        establishedOn: '2023-12-11',
      }),
    );
    const { letters } = await record(
      anInfraction({
        natinf: undefined,
        label: undefined,
        class: 'C3',
        points: 1,
        offenceDate: '2024-05-02',
        establishedOn: '2024-05-15',
      }),
    );
    expect(letters.map((letter) => letter.kind)).toEqual(['letter-48M']);
    const text = letters[0]?.text ?? '';
    expect(text).toContain(`Le 15 mai 2024, un retrait de 1${NBSP}point a été enregistré`);
    expect(text).toContain(
      `l'infraction suivante${NBSP}: contravention de la 3e${NBSP}classe, commise le 2 mai 2024`,
    );
    expect(text).toContain(`Votre solde est de 5${NBSP}points.`);
    expect(text).toContain(`- le 15 novembre 2024${NBSP}: 1${NBSP}point vous est rendu (règle des 6 mois)`);
    expect(text).toContain(`jusqu'à 4${NBSP}points`);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
