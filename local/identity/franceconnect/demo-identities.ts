// The people one can sign in as on the local FranceConnect: the demo data gives the first two a
// matching licence; the third, born abroad, matches none.
import { createHash } from 'node:crypto';

export interface DemoIdentity {
  /** A short name to pick the identity in scripts (`local:token -- --franceconnect marie`). */
  key: string;
  /** FranceConnect's own id for the person; services see `franceConnectSubject` instead. */
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
const opaque = (text: string) => `${createHash('sha256').update(text).digest('hex')}v1`;
const opaqueSub = (key: string) => opaque(`permis-points demo FranceConnect identity ${key}`);

/**
 * The `sub` a service sees: FranceConnect's subjects are pairwise, stable for one person at one service
 * and different at every other service, so two services cannot join their users on it.
 */
export const franceConnectSubject = (accountId: string, clientId: string) =>
  opaque(`${clientId}\u0000${accountId}`);

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
