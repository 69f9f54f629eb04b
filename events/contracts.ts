// The event contracts: EventBridge `source`, `detail-type` and the schema of each
// event's detail. Producers and consumers import them from here and nowhere else.
import * as z from 'zod/mini';
import { restorationRules, returnRules } from '../domain/points/index.ts';

export const EVENT_SOURCE = 'permis-points';

const date = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const licenceNumber = z.string().check(z.minLength(1));
const letterCode = z.enum(['48', '48M', '48N', '48SI']);
const letter = z.object({
  code: letterCode,
  date,
  infractionIds: z.array(z.string()),
  balanceAfter: z.int(),
});

export const eventSchemas = {
  LicenceRecorded: z.object({ licenceNumber, created: z.boolean() }),
  InfractionRecorded: z.object({
    licenceNumber,
    eventId: z.string(),
    offenceDate: date,
    establishedOn: date,
    points: z.int(),
    /** The points actually withdrawn (fewer than `points` under a group's cap or down to 0). */
    withdrawn: z.optional(z.int()),
    /** What the letters name: the infraction's class, NATINF code and the registry's wording of it. */
    class: z.optional(z.string()),
    natinf: z.optional(z.string()),
    label: z.optional(z.string()),
    balance: z.int(),
    letters: z.array(letter),
    /** When the points come back if nothing new is known: the infraction's own returns and a full restoration. */
    returns: z.optional(
      z.array(
        z.object({
          date,
          rule: z.enum(returnRules),
          points: z.int(),
          balanceAfter: z.int(),
        }),
      ),
    ),
  }),
  CourseRecorded: z.object({ licenceNumber, eventId: z.string(), endedOn: date, balance: z.int() }),
  DecisionRecorded: z.object({
    licenceNumber,
    eventId: z.string(),
    decision: z.enum(['suspension', 'cancellation', 'lifted']),
    from: date,
  }),
  PointsRestored: z.object({
    licenceNumber,
    changes: z.array(
      z.object({
        date,
        rule: z.enum(restorationRules),
        points: z.int(),
        balanceAfter: z.int(),
      }),
    ),
    balance: z.int(),
  }),
  RestorationCorrected: z.object({
    licenceNumber,
    corrections: z.array(z.object({ date, rule: z.string(), points: z.int(), reason: z.string() })),
    balance: z.int(),
  }),
  LicenceInvalidated: z.object({ licenceNumber, invalidatedOn: date }),
  LicenceLinked: z.object({
    licenceNumber,
    accountId: z.string(),
    assurance: z.enum(['verified', 'declared']),
    /** The account whose declared link this verified one displaced. */
    displacedAccountId: z.optional(z.string()),
  }),
  RirIssued: z.object({ accountId: z.string(), documentId: z.string(), reference: z.string() }),
} as const;

/** The restoration's work message, planner to worker through SQS: one due-index shard on one day. */
export const shardWorkSchema = z.object({ day: date, shard: z.string().check(z.regex(/^DUE#\d{2}$/)) });
export type ShardWorkMessage = z.infer<typeof shardWorkSchema>;

export type EventType = keyof typeof eventSchemas;
export type EventDetail<T extends EventType> = z.infer<(typeof eventSchemas)[T]>;

/** An event as it travels: `id` makes consumers idempotent, `type` is the EventBridge detail-type. */
export interface DomainEvent<T extends EventType = EventType> {
  id: string;
  type: T;
  occurredAt: string;
  detail: EventDetail<T>;
  /** The API request (or scheduled run) that caused it, for following one action through the logs. */
  correlationId?: string;
}

/** An event as a producer states it, before it has an id: its type and a detail checked against it. */
export type NewEvent = { [T in EventType]: { type: T; detail: EventDetail<T> } }[EventType];

export const eventTypes = Object.keys(eventSchemas) as EventType[];

const envelope = z.object({
  id: z.string().check(z.minLength(1)),
  occurredAt: z.iso.datetime({ offset: true }),
  detail: z.unknown(),
  correlationId: z.optional(z.string()),
});

/** Validates an incoming event (its envelope and its type's detail) against its contract. */
export function parseEvent(input: { type: unknown } & Record<string, unknown>): DomainEvent {
  const type = z.parse(z.enum(eventTypes as [EventType, ...EventType[]]), input.type);
  const { id, occurredAt, detail, correlationId } = z.parse(envelope, input);
  return {
    id,
    type,
    occurredAt,
    detail: z.parse(eventSchemas[type], detail),
    ...(correlationId ? { correlationId } : {}),
  };
}

/** What EventBridge delivers to a rule's target (the fields this service reads). */
export interface EventBridgeDelivery {
  source: string;
  'detail-type': string;
  detail: unknown;
}

/** The `Detail` a producer puts on the bus: the envelope, as parseEventBridgeEvent reads it back. */
export function eventBridgeDetail(event: DomainEvent): string {
  const { id, occurredAt, detail, correlationId } = event;
  return JSON.stringify({ id, occurredAt, detail, ...(correlationId ? { correlationId } : {}) });
}

/** An EventBridge delivery back into the event it carries, checked against its contract. */
export function parseEventBridgeEvent(delivery: EventBridgeDelivery): DomainEvent {
  if (delivery.source !== EVENT_SOURCE)
    throw new Error(`not an event of ${EVENT_SOURCE}: ${delivery.source}`);
  const detail = z.parse(z.record(z.string(), z.unknown()), delivery.detail);
  return parseEvent({ ...detail, type: delivery['detail-type'] });
}

/** The correlation id a delivery carries, if any. */
export function correlationIdOfDelivery(delivery: EventBridgeDelivery): string | undefined {
  const detail = delivery.detail as { correlationId?: unknown } | null | undefined;
  return typeof detail?.correlationId === 'string' ? detail.correlationId : undefined;
}

/** The delivery EventBridge makes of `event` (the local bus hands consumers exactly this). */
export function asEventBridgeDelivery(
  event: DomainEvent,
): EventBridgeDelivery & { id: string; time: string } {
  return {
    id: event.id,
    time: event.occurredAt,
    source: EVENT_SOURCE,
    'detail-type': event.type,
    detail: JSON.parse(eventBridgeDetail(event)) as unknown,
  };
}
