// Schemas of the motorist routes (CONTRACT.md §2, "Motorist").
import * as z from 'zod/mini';
import {
  calendarDate,
  infractionClass,
  licenceFormat,
  problemResponses,
  statementBody,
} from '../http/index.ts';

export const motoristProblems = problemResponses(401, 403, 404);

export const linkedLicence = z.object({
  licenceNumber: z.string(),
  format: licenceFormat,
  assurance: z.enum(['verified', 'declared']).check(
    z.meta({
      description: 'verified: FranceConnect asserted the holder; declared: the e-mail account stated it',
    }),
  ),
});

export const meResponse = z.object({
  identityProvider: z.enum(['email', 'franceconnect']),
  licence: z.nullable(linkedLicence),
});

export const linkLicenceBody = z.object({
  format: licenceFormat,
  licenceNumber: z.string().check(z.minLength(1), z.maxLength(40)),
  holder: z.optional(
    z.object({
      familyName: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
      givenNames: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
      birthDate: calendarDate,
    }),
  ),
});

export const myStatementResponse = z.extend(statementBody, {
  licence: linkedLicence,
  recordedUpTo: z.string(),
});

export const historyItem = z.object({
  type: z.enum(['infraction', 'restoration', 'course', 'decision', 'correction']),
  date: z.string(),
  points: z.int(),
  balanceAfter: z.optional(z.int()),
  rule: z.optional(z.string()),
  eventId: z.optional(z.string()),
  offenceDate: z.optional(z.string()),
  class: z.optional(z.string()),
  natinf: z.optional(z.string()),
  label: z.optional(z.string()),
  place: z.optional(z.string()),
  startedOn: z.optional(z.string()),
  endedOn: z.optional(z.string()),
  decision: z.optional(z.string()),
  until: z.optional(z.string()),
  reason: z.optional(z.string()),
});

export const historyResponse = z.object({ items: z.array(historyItem) });

export const simulationBody = z.object({
  asOf: z.optional(calendarDate),
  infractions: z
    .array(
      z.object({
        offenceDate: calendarDate,
        establishedOn: calendarDate,
        class: infractionClass,
        points: z.int().check(z.minimum(0), z.maximum(9)),
        group: z.optional(z.string().check(z.minLength(1), z.maxLength(128))),
      }),
    )
    .check(z.minLength(1), z.maxLength(50)),
});
