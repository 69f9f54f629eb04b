// The demo data set loaded on the first `npm start`: licences with realistic
// histories, dated relative to the day it is loaded, recorded through the same
// registry use cases as the authority's feed. The holders match the demo
// accounts and FranceConnect identities printed at start-up.
import { addDays, addMonths, addYears, type CalendarDate } from '../../domain/calendar/index.ts';
import type { LicenceDetails, PostalAddress, RegistryEvent } from '../../domain/licence-record/index.ts';
import { demoIdentities } from '../identity/index.ts';

export interface DemoAccount {
  email: string;
  password: string;
  holder: { familyName: string; givenNames: string; birthDate: string };
}

export interface DemoLicence {
  licenceNumber: string;
  story: string;
  details: LicenceDetails;
  events: (RegistryEvent & { eventId: string })[];
}

export const DEMO_PASSWORD = 'Permis-Points-2026!';

export const demoAccounts: DemoAccount[] = [
  {
    email: 'camille.durand@example.fr',
    password: DEMO_PASSWORD,
    holder: { familyName: 'Durand', givenNames: 'Camille', birthDate: '2005-09-14' },
  },
  {
    email: 'lucas.bernard@example.fr',
    password: DEMO_PASSWORD,
    holder: { familyName: 'Bernard', givenNames: 'Lucas Paul', birthDate: '2007-02-02' },
  },
];

const identity = (key: string) => {
  const found = demoIdentities.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no demo identity ${key}`);
  return {
    familyName: found.family_name,
    givenNames: found.given_name,
    birthDate: found.birthdate as CalendarDate,
    birthPlace: found.birthplace,
    birthCountry: found.birthcountry,
  };
};

const demoAddresses: PostalAddress[] = [
  { lines: ['12 rue des Lilas'], postcode: '75011', city: 'Paris', country: '99100' },
  { lines: ['Appartement 4', '8 place Bellecour'], postcode: '69002', city: 'Lyon', country: '99100' },
  { lines: ['3 allée des Pins'], postcode: '13008', city: 'Marseille', country: '99100' },
  { lines: ['27 cours de l’Intendance'], postcode: '33000', city: 'Bordeaux', country: '99100' },
  { lines: ['5 rue Nationale'], postcode: '59000', city: 'Lille', country: '99100' },
  {
    lines: ['Lieu-dit Les Granges', '14 chemin du Moulin'],
    postcode: '31100',
    city: 'Toulouse',
    country: '99100',
  },
];

const categoryB = (obtainedOn: CalendarDate) => [
  { code: 'B', obtainedOn, validUntil: addYears(obtainedOn, 15), restrictions: [] },
];

export function demoLicences(today: CalendarDate): DemoLicence[] {
  const ago = (months: number, days = 0) => addDays(addMonths(today, -months), -days);
  const infraction = (
    eventId: string,
    offenceDate: CalendarDate,
    establishedOn: CalendarDate,
    infractionClass: 'C3' | 'C4' | 'DELIT',
    points: number,
    label: string,
    natinf?: string,
  ) =>
    ({
      type: 'infraction',
      eventId,
      offenceDate,
      establishedOn,
      class: infractionClass,
      points,
      label,
      ...(natinf ? { natinf } : {}),
    }) as const;
  const obtained = (months: number) => ago(months);
  const licences: DemoLicence[] = [
    {
      licenceNumber: '100569100123',
      story:
        'Marie-Claire (FranceConnect "marie"): one point lost two months ago, back by the six-month rule',
      details: {
        format: 'eu-card',
        holder: identity('marie'),
        obtainedOn: '2010-05-20' as CalendarDate,
        probation: 'none',
        complementaryTraining: false,
        categories: categoryB('2010-05-20' as CalendarDate),
        balanceKnownOn: addYears(today, -4),
        initialBalance: 12,
      },
      events: [
        infraction(
          'marie-speed',
          ago(2, 20),
          ago(2),
          'C3',
          1,
          'Excès de vitesse inférieur à 20 km/h (limite > 50 km/h)',
        ),
      ],
    },
    {
      licenceNumber: '030975000456',
      story: 'Jean (FranceConnect "jean"): a phone call at the wheel then a small speeding: 3-year cycle',
      details: {
        format: 'pink-3-fold',
        holder: identity('jean'),
        obtainedOn: '2003-10-02' as CalendarDate,
        probation: 'none',
        complementaryTraining: false,
        categories: categoryB('2003-10-02' as CalendarDate),
        balanceKnownOn: addYears(today, -5),
        initialBalance: 12,
      },
      events: [
        infraction('jean-phone', ago(26, 15), ago(26), 'C4', 3, 'Usage d’un téléphone tenu en main'),
        infraction(
          'jean-speed',
          ago(9, 10),
          ago(9),
          'C3',
          1,
          'Excès de vitesse inférieur à 20 km/h (limite > 50 km/h)',
        ),
      ],
    },
    {
      licenceNumber: '230313200789',
      story: 'Camille (e-mail account): probationary licence, no infraction, increments on each anniversary',
      details: {
        format: 'eu-card',
        holder: {
          ...demoAccounts[0]!.holder,
          birthDate: demoAccounts[0]!.holder.birthDate as CalendarDate,
          birthPlace: '13055',
          birthCountry: '99100',
        },
        obtainedOn: obtained(18),
        probation: 'traditional',
        complementaryTraining: false,
        categories: categoryB(obtained(18)),
      },
      events: [],
    },
    {
      licenceNumber: '240833300321',
      story: 'Lucas (e-mail account): accompanied learning (AAC), a red light in probation: increments lost',
      details: {
        format: 'eu-card',
        holder: {
          ...demoAccounts[1]!.holder,
          birthDate: demoAccounts[1]!.holder.birthDate as CalendarDate,
          birthPlace: '33063',
          birthCountry: '99100',
        },
        obtainedOn: obtained(10),
        probation: 'accompanied',
        complementaryTraining: false,
        categories: categoryB(obtained(10)),
      },
      events: [infraction('lucas-red', ago(5, 12), ago(5), 'C4', 4, 'Franchissement d’un feu rouge')],
    },
    {
      licenceNumber: '981159400654',
      story: 'Sébastien Moreau: drink-driving and two other offences: invalidated',
      details: {
        format: 'eu-card',
        holder: {
          familyName: 'Moreau',
          givenNames: 'Sébastien',
          birthDate: '1979-03-30' as CalendarDate,
          birthPlace: '59350',
          birthCountry: '99100',
        },
        obtainedOn: '1998-11-12' as CalendarDate,
        probation: 'none',
        complementaryTraining: false,
        categories: categoryB('1998-11-12' as CalendarDate),
        balanceKnownOn: addYears(today, -4),
        initialBalance: 12,
      },
      events: [
        infraction(
          'moreau-alcohol',
          ago(30, 20),
          ago(30),
          'DELIT',
          6,
          'Conduite sous l’empire d’un état alcoolique',
        ),
        infraction('moreau-red', ago(20, 10), ago(20), 'C4', 4, 'Franchissement d’un feu rouge'),
        infraction('moreau-phone', ago(14, 8), ago(14), 'C4', 3, 'Usage d’un téléphone tenu en main'),
      ],
    },
    {
      licenceNumber: '120469700987',
      story: 'Nathalie Petit: two points left after a stop sign and drink-driving (0.5 to 0.8 g/L)',
      details: {
        format: 'eu-card',
        holder: {
          familyName: 'Petit',
          givenNames: 'Nathalie Anne',
          birthDate: '1988-06-05' as CalendarDate,
          birthPlace: '69123',
          birthCountry: '99100',
        },
        obtainedOn: '2012-04-16' as CalendarDate,
        probation: 'none',
        complementaryTraining: false,
        categories: categoryB('2012-04-16' as CalendarDate),
        balanceKnownOn: addYears(today, -3),
        initialBalance: 12,
      },
      events: [
        infraction('petit-stop', ago(16, 9), ago(16), 'C4', 4, 'Non-respect de l’arrêt au stop', '203'),
        infraction(
          'petit-alcohol',
          ago(3, 25),
          ago(3),
          'C4',
          6,
          'Conduite avec un taux d’alcool de 0,5 à 0,8 g/L de sang',
        ),
      ],
    },
  ];
  // Every holder has an address on record, so that a declared link sends its letter (CONTRACT.md "Linking").
  return licences.map((licence, index) => ({
    ...licence,
    details: {
      ...licence.details,
      holder: { ...licence.details.holder, address: demoAddresses[index % demoAddresses.length]! },
    },
  }));
}
