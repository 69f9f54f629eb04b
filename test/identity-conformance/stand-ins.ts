// Both local stand-ins on free ports, with a settable clock for the pool's codes and lock-outs, and the
// helpers the conformance suites share.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openOutbox, type Outbox } from '../../local/outbox/index.ts';
import { latestCode, startIdentityProviders, type IdentityProviders } from '../../local/identity/index.ts';

export interface StandIns {
  providers: IdentityProviders;
  outbox: Outbox;
  /** The pool's clock (codes, lock-outs), the real time unless set; tokens always use the real time. */
  clock: { frozenAt?: Date };
  codeSentTo(kind: 'sign-up-code' | 'password-reset-code'): (email: string) => Promise<string>;
  newEmail(): string;
  close(): Promise<void>;
}

export async function startStandIns(): Promise<StandIns> {
  const dataDir = await mkdtemp(join(tmpdir(), 'identity-conformance-'));
  const outbox = await openOutbox(join(dataDir, 'outbox.json'));
  const clock: { frozenAt?: Date } = {};
  const providers = await startIdentityProviders({
    dataDir,
    outbox,
    poolPort: 0,
    franceConnectPort: 0,
    now: () => clock.frozenAt ?? new Date(),
  });
  let count = 0;
  return {
    providers,
    outbox,
    clock,
    codeSentTo: (kind) => async (email) => latestCode(await outbox.list(), email, kind),
    newEmail: () => `conformance-${process.pid}-${(count += 1)}@example.org`,
    async close() {
      await providers.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
