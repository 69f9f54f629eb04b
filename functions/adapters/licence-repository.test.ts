import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedFact } from '../../domain/licence-record/index.ts';
import { startDynamoDb } from '../../local/storage/index.ts';
import { makeDocumentClient } from './dynamodb.ts';
import { makeLicenceRepository, type LicenceRepository, type StoredLicence } from './licence-repository.ts';

const tableName = 'licences-test';
let dynamo: Awaited<ReturnType<typeof startDynamoDb>>;
let licences: LicenceRepository;

beforeAll(async () => {
  dynamo = await startDynamoDb({ tableName });
  licences = makeLicenceRepository({ client: makeDocumentClient({ endpoint: dynamo.endpoint }), tableName });
});
afterAll(() => dynamo.close());

const day = (date: string) => date as never;
const facts: RecordedFact[] = [
  {
    type: 'infraction',
    eventId: 'i-full',
    bodyHash: 'h1',
    recordedOn: day('2024-06-01'),
    offenceDate: day('2024-03-10'),
    establishedOn: day('2024-03-20'),
    class: 'C4',
    points: 4,
    group: 'g1',
    natinf: '12929',
    label: 'Défaut de port de la ceinture',
    place: 'Lyon',
  },
  {
    type: 'infraction',
    eventId: 'i-bare',
    bodyHash: 'h2',
    recordedOn: day('2024-06-01'),
    offenceDate: day('2024-03-10'),
    establishedOn: day('2024-03-20'),
    class: 'DELIT',
    points: 6,
  },
  {
    type: 'course',
    eventId: 'c',
    bodyHash: 'h3',
    recordedOn: day('2024-06-01'),
    startedOn: day('2024-05-01'),
    endedOn: day('2024-05-02'),
  },
  {
    type: 'decision',
    eventId: 'd-until',
    bodyHash: 'h4',
    recordedOn: day('2024-06-01'),
    decision: 'suspension',
    from: day('2024-04-01'),
    until: day('2024-10-01'),
  },
  {
    type: 'decision',
    eventId: 'd',
    bodyHash: 'h5',
    recordedOn: day('2024-06-01'),
    decision: 'lifted',
    from: day('2024-10-01'),
  },
];

const aLicence = (licenceNumber: string): StoredLicence => ({
  licenceNumber,
  format: 'eu-card',
  holder: {
    familyName: 'Dubois',
    givenNames: 'Marie',
    birthDate: day('1990-04-12'),
    birthPlace: '69381',
    birthCountry: '99100',
  },
  obtainedOn: day('2010-05-03'),
  probation: 'none',
  complementaryTraining: false,
  categories: [],
  facts,
  recordedUpTo: day('2024-06-01'),
  version: 1,
  computedOn: day('2024-06-01'),
  statement: { balance: 2, maximum: 12, status: 'valid', invalidatedOn: null },
  applied: [{ date: day('2024-05-03'), rule: 'six-month', points: 1, balanceAfter: 3, eventId: 'i-full' }],
  corrections: [],
  nextChangeOn: day('2026-03-20'),
  unpublished: [],
});

describe('the licence repository', () => {
  it('gives back every kind of fact as written: the aggregate without labels, the display read with them', async () => {
    const licence = aLicence('130675099001');
    expect(await licences.put(licence, null)).toBe('written');
    const withoutDisplay = facts.map((fact) => {
      if (fact.type !== 'infraction') return fact;
      const { label: _label, place: _place, ...rest } = fact;
      return rest;
    });
    expect((await licences.get(licence.licenceNumber))?.facts).toEqual(withoutDisplay);
    expect(await licences.getWithDisplay(licence.licenceNumber)).toEqual(licence);
  });

  it('refuses a write from a version that is no longer the stored one', async () => {
    const licence = aLicence('130675099002');
    expect(await licences.put(licence, null)).toBe('written');
    expect(await licences.put({ ...licence, version: 2 }, 1)).toBe('written');
    expect(await licences.put({ ...licence, version: 2 }, 1)).toBe('conflict');
    expect(await licences.put(licence, null)).toBe('conflict');
  });

  it('reads the holder and format alone, and nothing for an unknown number', async () => {
    const licence = aLicence('130675099003');
    expect(await licences.put(licence, null)).toBe('written');
    expect(await licences.holderOf(licence.licenceNumber)).toEqual({
      holder: licence.holder,
      format: 'eu-card',
    });
    expect(await licences.holderOf('130675099999')).toBeUndefined();
  });
});
