// The people one can sign in as on the local FranceConnect: the demo data gives the first two a
// matching licence; the third, born abroad, matches none.
import { createHash } from 'node:crypto';

export interface DemoIdentity {
  /** A short name to pick the identity in scripts (`local:token -- --franceconnect marie`). */
  key: string;
  sub: string;
  given_name: string;
  family_name: string;
  /** YYYY-MM-DD */
  birthdate: string;
  gender: 'female' | 'male';
  /** INSEE commune code, empty when born abroad. */
  birthplace: string;
  /** INSEE country code, 99100 for France. */
  birthcountry: string;
  email: string;
  preferred_username?: string;
}

// FranceConnect subjects are opaque: 64 hexadecimal characters and a version suffix.
const opaqueSub = (key: string) =>
  `${createHash('sha256').update(`permis-points demo FranceConnect identity ${key}`).digest('hex')}v1`;

export const demoIdentities: readonly DemoIdentity[] = [
  {
    key: 'marie',
    sub: opaqueSub('marie'),
    given_name: 'Marie-Claire',
    family_name: 'Dubois-Lefèvre',
    birthdate: '1990-04-12',
    gender: 'female',
    birthplace: '69381',
    birthcountry: '99100',
    email: 'marie-claire.dubois-lefevre@example.fr',
  },
  {
    key: 'jean',
    sub: opaqueSub('jean'),
    given_name: 'Jean',
    family_name: 'Martin',
    birthdate: '1985-11-03',
    gender: 'male',
    birthplace: '75056',
    birthcountry: '99100',
    email: 'jean.martin@example.fr',
  },
  {
    key: 'nobody',
    sub: opaqueSub('nobody'),
    given_name: 'Lucía',
    family_name: 'García Fernández',
    birthdate: '1978-07-21',
    gender: 'female',
    birthplace: '',
    birthcountry: '99134',
    email: 'lucia.garcia@example.es',
  },
];

export const findDemoIdentity = (key: string) => demoIdentities.find((identity) => identity.key === key);
