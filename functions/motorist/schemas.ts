// Schemas of the motorist routes (CONTRACT.md §2, "Motorist").
import { z } from 'zod';
import {
  calendarDate,
  infractionClass,
  licenceFormat,
  problemResponses,
  statementBody,
} from '../http/schemas.ts';

export const motoristProblems = problemResponses(401, 403, 404);

export const linkedLicence = z.object({
  licenceNumber: z.string(),
  format: licenceFormat,
  assurance: z.enum(['verified', 'declared']).meta({
    description: 'verified: FranceConnect asserted the holder; declared: the e-mail account stated it',
  }),
});

export const meResponse = z.object({
  identityProvider: z.enum(['email', 'franceconnect']),
  licence: linkedLicence.nullable(),
});

export const linkLicenceBody = z.object({
  format: licenceFormat,
  licenceNumber: z.string().min(1).max(40),
  holder: z
    .object({
      familyName: z.string().trim().min(1).max(200),
      givenNames: z.string().trim().min(1).max(200),
      birthDate: calendarDate,
    })
    .optional(),
});

export const myStatementResponse = statementBody.extend({
  licence: linkedLicence,
  recordedUpTo: z.string(),
});

export const historyItem = z.object({
  type: z.enum(['infraction', 'restoration', 'course', 'decision', 'correction']),
  date: z.string(),
  points: z.number().int(),
  balanceAfter: z.number().int().optional(),
  rule: z.string().optional(),
  eventId: z.string().optional(),
  offenceDate: z.string().optional(),
  class: z.string().optional(),
  natinf: z.string().optional(),
  label: z.string().optional(),
  place: z.string().optional(),
  startedOn: z.string().optional(),
  endedOn: z.string().optional(),
  decision: z.string().optional(),
  until: z.string().optional(),
  reason: z.string().optional(),
});

export const historyResponse = z.object({ items: z.array(historyItem) });

export const simulationBody = z.object({
  asOf: calendarDate.optional(),
  infractions: z
    .array(
      z.object({
        offenceDate: calendarDate,
        establishedOn: calendarDate,
        class: infractionClass,
        points: z.number().int().min(0).max(9),
        group: z.string().min(1).max(128).optional(),
      }),
    )
    .min(1)
    .max(50),
});
