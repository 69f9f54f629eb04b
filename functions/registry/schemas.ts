// Request and response schemas of the registry routes (CONTRACT.md §2, "Registry").
import * as z from 'zod/mini';
import { categoryCodes } from '../../domain/categories/index.ts';
import {
  calendarDate,
  infractionClass,
  licenceFormat,
  problemResponses,
  statementBody,
} from '../http/index.ts';

export const licenceNumberParams = z.object({
  licenceNumber: z
    .string()
    .check(
      z.minLength(1),
      z.maxLength(32),
      z.meta({ description: 'The NEPH (12 characters), spaces allowed' }),
    ),
});

const countryCode = z
  .string()
  .check(z.regex(/^[0-9]{5}$/, 'must be an INSEE country code (5 digits, France 99100)'));

const holder = z.object({
  familyName: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  givenNames: z
    .string()
    .check(
      z.trim(),
      z.minLength(1),
      z.maxLength(200),
      z.meta({ description: 'Given names in order, separated by spaces' }),
    ),
  birthDate: calendarDate,
  birthPlace: z
    .string()
    .check(
      z.regex(
        /^(|[0-9]{5}|2[AB][0-9]{3})$/,
        'must be an INSEE commune code (5 characters, 2A/2B for Corsica) or empty',
      ),
      z.meta({ description: 'INSEE commune code; empty when born abroad' }),
    ),
  birthCountry: countryCode,
  address: z
    .optional(
      z.strictObject({
        lines: z
          .array(z.string().check(z.trim(), z.minLength(1), z.maxLength(38)))
          .check(z.minLength(1), z.maxLength(4)),
        postcode: z.string().check(z.trim(), z.minLength(1), z.maxLength(10)),
        city: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
        country: countryCode,
      }),
    )
    .check(
      z.meta({
        description: 'Postal address of the holder (AFNOR NF Z10-011: at most 38 characters a line)',
      }),
    ),
});

const category = z.object({
  code: z.enum(categoryCodes),
  obtainedOn: calendarDate,
  validUntil: z.nullable(calendarDate),
  restrictions: z
    .array(
      z
        .string()
        .check(
          z.regex(/^[0-9]{2}(\.[0-9A-Z]{1,3})?$/, 'must be an EU restriction code such as "01" or "78"'),
        ),
    )
    .check(z.maxLength(30)),
});

export const licenceRecordBody = z.strictObject({
  format: licenceFormat,
  holder,
  obtainedOn: calendarDate,
  probation: z.enum(['none', 'traditional', 'accompanied']),
  complementaryTraining: z._default(z.boolean(), false),
  categories: z.array(category).check(z.maxLength(20)),
  balanceKnownOn: z.optional(calendarDate),
  initialBalance: z.optional(z.int().check(z.minimum(0), z.maximum(12))),
});

const eventId = z.string().check(z.minLength(1), z.maxLength(128));

export const registryEventBody = z.discriminatedUnion('type', [
  z.strictObject({
    eventId,
    type: z.literal('infraction'),
    offenceDate: calendarDate,
    establishedOn: calendarDate,
    class: infractionClass,
    points: z.int().check(z.minimum(0), z.maximum(9)),
    group: z.optional(z.string().check(z.minLength(1), z.maxLength(128))),
    natinf: z.optional(z.string().check(z.regex(/^[0-9]{1,6}$/, 'must be a string of digits'))),
    label: z.optional(z.string().check(z.maxLength(200))),
    place: z.optional(z.string().check(z.maxLength(200))),
  }),
  z.strictObject({ eventId, type: z.literal('course'), startedOn: calendarDate, endedOn: calendarDate }),
  z.strictObject({
    eventId,
    type: z.literal('decision'),
    decision: z.enum(['suspension', 'cancellation', 'lifted']),
    from: calendarDate,
    until: z.optional(calendarDate),
  }),
]);

export const statementQuery = z.object({ asOf: z.optional(calendarDate) });

export const registryLicenceResponse = z.object({
  licenceNumber: z.string(),
  version: z.int(),
  recordedUpTo: z.string(),
  statement: statementBody,
});

export const registryEventResponse = z.object({
  eventId: z.string(),
  licenceNumber: z.string(),
  statement: statementBody,
});

export const registryProblems = problemResponses(400, 401, 403, 413, 415);
