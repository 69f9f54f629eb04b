// Request and response schemas of the registry routes (CONTRACT.md §2, "Registry").
import { z } from 'zod';
import { categoryCodes } from '../../domain/categories/index.ts';
import {
  calendarDate,
  infractionClass,
  licenceFormat,
  problemResponses,
  statementBody,
} from '../http/schemas.ts';

export const licenceNumberParams = z.object({
  licenceNumber: z.string().min(1).max(32).meta({ description: 'The NEPH (12 characters), spaces allowed' }),
});

const holder = z.object({
  familyName: z.string().trim().min(1).max(200),
  givenNames: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .meta({ description: 'Given names in order, separated by spaces' }),
  birthDate: calendarDate,
  birthPlace: z
    .string()
    .regex(
      /^(|[0-9]{5}|2[AB][0-9]{3})$/,
      'must be an INSEE commune code (5 characters, 2A/2B for Corsica) or empty',
    )
    .meta({ description: 'INSEE commune code; empty when born abroad' }),
  birthCountry: z.string().regex(/^[0-9]{5}$/, 'must be an INSEE country code (5 digits, France 99100)'),
  address: z
    .object({
      lines: z.array(z.string().trim().min(1).max(38)).min(1).max(4),
      postcode: z.string().trim().min(1).max(10),
      city: z.string().trim().min(1).max(60),
      country: z.string().regex(/^[0-9]{5}$/, 'must be an INSEE country code (5 digits, France 99100)'),
    })
    .strict()
    .optional()
    .meta({ description: 'Postal address of the holder (AFNOR NF Z10-011: at most 38 characters a line)' }),
});

const category = z.object({
  code: z.enum(categoryCodes),
  obtainedOn: calendarDate,
  validUntil: calendarDate.nullable(),
  restrictions: z
    .array(
      z.string().regex(/^[0-9]{2}(\.[0-9A-Z]{1,3})?$/, 'must be an EU restriction code such as "01" or "78"'),
    )
    .max(30),
});

export const licenceRecordBody = z
  .object({
    format: licenceFormat,
    holder,
    obtainedOn: calendarDate,
    probation: z.enum(['none', 'traditional', 'accompanied']),
    complementaryTraining: z.boolean().default(false),
    categories: z.array(category).max(20),
    balanceKnownOn: calendarDate.optional(),
    initialBalance: z.number().int().min(0).max(12).optional(),
  })
  .strict();

const eventId = z.string().min(1).max(128);

export const registryEventBody = z.discriminatedUnion('type', [
  z
    .object({
      eventId,
      type: z.literal('infraction'),
      offenceDate: calendarDate,
      establishedOn: calendarDate,
      class: infractionClass,
      points: z.number().int().min(0).max(9),
      group: z.string().min(1).max(128).optional(),
      natinf: z
        .string()
        .regex(/^[0-9]{1,6}$/, 'must be a string of digits')
        .optional(),
      label: z.string().max(200).optional(),
      place: z.string().max(200).optional(),
    })
    .strict(),
  z.object({ eventId, type: z.literal('course'), startedOn: calendarDate, endedOn: calendarDate }).strict(),
  z
    .object({
      eventId,
      type: z.literal('decision'),
      decision: z.enum(['suspension', 'cancellation', 'lifted']),
      from: calendarDate,
      until: calendarDate.optional(),
    })
    .strict(),
]);

export const statementQuery = z.object({ asOf: calendarDate.optional() });

export const registryLicenceResponse = z.object({
  licenceNumber: z.string(),
  version: z.number().int(),
  recordedUpTo: z.string(),
  statement: statementBody,
});

export const registryEventResponse = z.object({
  eventId: z.string(),
  licenceNumber: z.string(),
  statement: statementBody,
});

export const registryProblems = problemResponses(400, 401, 403, 413, 415);
