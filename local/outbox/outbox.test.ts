import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openOutbox } from './index.ts';

describe('the local outbox', () => {
  it('lists messages newest first and keeps them across a restart', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'outbox-')), 'sub', 'outbox.json');
    const outbox = await openOutbox(file);
    await outbox.send({ to: 'a@example.org', kind: 'sign-up-code', subject: 'Code', text: '123456' });
    await outbox.send({ to: 'b@example.org', kind: 'letter-48', subject: 'Lettre 48', text: '...' });
    const reopened = await openOutbox(file);
    const messages = await reopened.list();
    expect(messages.map((m) => m.to)).toEqual(['b@example.org', 'a@example.org']);
    expect(messages[0]?.id).toBe('msg-2');
  });
});
