// The local stand-in for outgoing mail and notifications: messages are kept
// newest first and persisted as JSON so they survive a restart (GET /local/outbox).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface OutboxMessage {
  id: string;
  sentAt: string;
  /** `letter`: sent by post to `address` (the registry's); otherwise an e-mail. */
  channel?: 'email' | 'letter';
  to: string;
  address?: { lines: string[]; postcode: string; city: string; country: string };
  kind: string;
  subject: string;
  text: string;
  data?: Record<string, unknown>;
}

export type NewOutboxMessage = Omit<OutboxMessage, 'id' | 'sentAt'>;

export interface Outbox {
  send(message: NewOutboxMessage): Promise<OutboxMessage>;
  list(): Promise<OutboxMessage[]>;
}

/** An outbox persisted to `file` (created when missing); `now` gives the send time. */
export async function openOutbox(file: string, now: () => Date = () => new Date()): Promise<Outbox> {
  let messages: OutboxMessage[] = await readFile(file, 'utf8')
    .then((text) => JSON.parse(text) as OutboxMessage[])
    .catch(() => []);
  let writing = Promise.resolve();
  const persist = () => {
    writing = writing.then(async () => {
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, JSON.stringify(messages, null, 2));
    });
    return writing;
  };
  return {
    async send(message) {
      const stored = { id: `msg-${messages.length + 1}`, sentAt: now().toISOString(), ...message };
      messages = [stored, ...messages];
      await persist();
      return stored;
    },
    async list() {
      return [...messages];
    },
  };
}
