// Rate limits that hold under concurrent requests. A key (an account, a licence number, a client address) has
// `limit` slots, each holding the time of the attempt that took it; an attempt takes a slot that is free or older
// than the window with one conditional UpdateItem, so two parallel requests can never take the same slot and no
// more than `limit` attempts pass within any window. A slot is given back when the attempt must not count.
import { GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { conditionally } from './dynamodb.ts';

export interface RateLimit {
  limit: number;
  windowMs: number;
}

export type Reservation =
  { ok: true; key: string; slot: number; at: number } | { ok: false; retryAfterSeconds: number };

export interface AttemptCounter {
  /** Takes one of the key's attempts at `now`, or answers how long to wait for one. */
  reserve(key: string, now: number, rateLimit: RateLimit): Promise<Reservation>;
  /** Gives a reserved attempt back: it succeeded, or was never made, and must not count. */
  release(reservation: Reservation): Promise<void>;
}

const itemKey = (key: string) => ({ pk: `ATTEMPTS#${key}`, sk: 'SLOTS' });
const slotName = (slot: number) => `s${slot}`;
// Two reads at most: a slot seen free may be taken by a parallel request, and one seen taken may free up meanwhile.
const ROUNDS = 2;

export function makeAttemptCounter({
  client,
  tableName,
}: {
  client: DynamoDBDocumentClient;
  tableName: string;
}): AttemptCounter {
  const readSlots = async (key: string, limit: number): Promise<(number | undefined)[]> => {
    const { Item } = await client.send(
      new GetCommand({ TableName: tableName, Key: itemKey(key), ConsistentRead: true }),
    );
    return Array.from({ length: limit }, (_, slot) => {
      const at: unknown = Item?.[slotName(slot)];
      return typeof at === 'number' ? at : undefined;
    });
  };

  const take = (key: string, slot: number, now: number, windowMs: number): Promise<boolean> =>
    conditionally(
      client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: itemKey(key),
          UpdateExpression: 'SET #slot = :now, expiresAt = :expires',
          ConditionExpression: 'attribute_not_exists(#slot) OR #slot <= :windowStart',
          ExpressionAttributeNames: { '#slot': slotName(slot) },
          ExpressionAttributeValues: {
            ':now': now,
            ':windowStart': now - windowMs,
            ':expires': Math.ceil((now + windowMs) / 1000),
          },
        }),
      ),
    );

  return {
    async reserve(key, now, { limit, windowMs }) {
      let slots: (number | undefined)[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        slots = await readSlots(key, limit);
        for (const [slot, at] of slots.entries()) {
          if (at !== undefined && at > now - windowMs) continue;
          if (await take(key, slot, now, windowMs)) return { ok: true, key, slot, at: now };
        }
      }
      const oldest = Math.min(...slots.map((at) => at ?? now));
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - now) / 1000)) };
    },

    async release(reservation) {
      if (!reservation.ok) return;
      // Already reused by a later attempt once the window passed: nothing of ours is left to give back.
      await conditionally(
        client.send(
          new UpdateCommand({
            TableName: tableName,
            Key: itemKey(reservation.key),
            UpdateExpression: 'REMOVE #slot',
            ConditionExpression: '#slot = :at',
            ExpressionAttributeNames: { '#slot': slotName(reservation.slot) },
            ExpressionAttributeValues: { ':at': reservation.at },
          }),
        ),
      );
    },
  };
}
