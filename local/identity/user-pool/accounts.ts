// The user pool's accounts, persisted as one JSON file: email accounts with a hashed password, and
// accounts federated from FranceConnect with the attributes FranceConnect asserted.
import { randomUUID } from 'node:crypto';
import { readJsonFile, writeJsonFile } from '../json-file.ts';

export const FRANCECONNECT = 'FranceConnect';

/** A one-time code sent to the account's email address. */
export interface PendingCode {
  code: string;
  /** ISO timestamp. */
  expiresAt: string;
  /** Wrong codes tried so far: the code dies after `MAX_CODE_ATTEMPTS`. */
  failedAttempts?: number;
}

export interface Account {
  /** The pool's stable id for the user: the `sub` of its tokens. */
  sub: string;
  email?: string;
  emailVerified: boolean;
  /** Email accounts only; an account signs in with its password once confirmed. */
  passwordHash?: string;
  confirmed: boolean;
  confirmationCode?: PendingCode;
  resetCode?: PendingCode;
  /** Federated accounts: the identity provider's name and its subject. */
  federation?: { providerName: typeof FRANCECONNECT; userId: string };
  /** Attributes as Cognito names them (`given_name`, `custom:birthplace`, ...). */
  attributes: Record<string, string>;
  createdAt: string;
}

/** Cognito's username: `<provider>_<subject>` for federated users, the account's sub otherwise. */
export const usernameOf = (account: Account) =>
  account.federation ? `${account.federation.providerName}_${account.federation.userId}` : account.sub;

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export function newAccount(fields: Partial<Account> & { createdAt: string }): Account {
  return { sub: randomUUID(), emailVerified: false, confirmed: false, attributes: {}, ...fields };
}

export interface AccountStore {
  findBySub(sub: string): Account | undefined;
  findByEmail(email: string): Account | undefined;
  findByFederatedIdentity(providerName: string, userId: string): Account | undefined;
  save(account: Account): Promise<void>;
}

export async function openAccounts(file: string): Promise<AccountStore> {
  const accounts = new Map(
    ((await readJsonFile<Account[]>(file)) ?? []).map((account) => [account.sub, account]),
  );
  let writing = Promise.resolve();
  const find = (matches: (account: Account) => boolean) => [...accounts.values()].find(matches);
  return {
    findBySub: (sub) => accounts.get(sub),
    findByEmail: (email) => find((account) => !account.federation && account.email === normaliseEmail(email)),
    findByFederatedIdentity: (providerName, userId) =>
      find(({ federation }) => federation?.providerName === providerName && federation.userId === userId),
    save(account) {
      accounts.set(account.sub, account);
      const snapshot = [...accounts.values()];
      writing = writing.then(() => writeJsonFile(file, snapshot));
      return writing;
    },
  };
}
