// The event contracts: EventBridge `source`, `detail-type` and the schema of each
// event's detail. Producers and consumers import them from here and nowhere else.
import { z } from 'zod';

export const EVENT_SOURCE = 'permis-points';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const licenceNumber = z.string().min(1);
const letterCode = z.enum(['48', '48M', '48N', '48SI']);
const letter = z.object({
  code: letterCode,
  date,
  infractionIds: z.array(z.string()),
  balanceAfter: z.number().int(),
});

export const eventSchemas = {
  LicenceRecorded: z.object({ licenceNumber, created: z.boolean() }),
  InfractionRecorded: z.object({
    licenceNumber,
    eventId: z.string(),
    offenceDate: date,
    establishedOn: date,
    points: z.number().int(),
    /** The points actually withdrawn (fewer than `points` under a group's cap or down to 0). */
    withdrawn: z.number().int().optional(),
    /** What the letters name: the infraction's class, NATINF code and the registry's wording of it. */
    class: z.string().optional(),
    natinf: z.string().optional(),
    label: z.string().optional(),
    balance: z.number().int(),
    letters: z.array(letter),
    /** When the points come back if nothing new is known: the infraction's own returns and a full restoration. */
    returns: z
      .array(
        z.object({
          date,
          rule: z.enum(['six-month', 'full-restoration', 'ten-year']),
          points: z.number().int(),
          balanceAfter: z.number().int(),
        }),
      )
      .optional(),
  }),
  CourseRecorded: z.object({ licenceNumber, eventId: z.string(), endedOn: date, balance: z.number().int() }),
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
        rule: z.enum(['six-month', 'full-restoration', 'ten-year', 'probation-increment', 'probation-end']),
        points: z.number().int(),
        balanceAfter: z.number().int(),
      }),
    ),
    balance: z.number().int(),
  }),
  RestorationCorrected: z.object({
    licenceNumber,
    corrections: z.array(z.object({ date, rule: z.string(), points: z.number().int(), reason: z.string() })),
    balance: z.number().int(),
  }),
  LicenceInvalidated: z.object({ licenceNumber, invalidatedOn: date }),
  LicenceLinked: z.object({
    licenceNumber,
    accountId: z.string(),
    assurance: z.enum(['verified', 'declared']),
    /** The account whose declared link this verified one displaced. */
    displacedAccountId: z.string().optional(),
  }),
  RirIssued: z.object({ accountId: z.string(), documentId: z.string(), reference: z.string() }),
} as const;

export type EventType = keyof typeof eventSchemas;
export type EventDetail<T extends EventType> = z.infer<(typeof eventSchemas)[T]>;

/** An event as it travels: `id` makes consumers idempotent, `type` is the EventBridge detail-type. */
export interface DomainEvent<T extends EventType = EventType> {
  id: string;
  type: T;
  occurredAt: string;
  detail: EventDetail<T>;
}

export const eventTypes = Object.keys(eventSchemas) as EventType[];

/** Validates an incoming event (from EventBridge or the local bus) against its contract. */
export function parseEvent(input: {
  id: unknown;
  type: unknown;
  occurredAt: unknown;
  detail: unknown;
}): DomainEvent {
  const type = z.enum(eventTypes as [EventType, ...EventType[]]).parse(input.type);
  const detail = eventSchemas[type].parse(input.detail);
  return { id: z.string().parse(input.id), type, occurredAt: z.string().parse(input.occurredAt), detail };
}
