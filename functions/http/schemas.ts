// Schemas shared by several routes: they validate requests and, through the
// OpenAPI generator, document them.
import * as z from 'zod/mini';
import { parseCalendarDate, type CalendarDate } from '../../domain/calendar/index.ts';
import { catalogueClasses } from '../../domain/catalogue/index.ts';
import { restorationRules } from '../../domain/points/index.ts';

export const calendarDate = z
  .pipe(
    z
      .string()
      .check(
        z.refine((text) => parseCalendarDate(text) !== undefined, 'must be a real day written YYYY-MM-DD'),
      ),
    z.transform((text: string) => text as CalendarDate),
  )
  .check(z.meta({ type: 'string', format: 'date', example: '2024-06-01' }));

export const licenceFormat = z.enum(['eu-card', 'pink-3-fold']);
export const infractionClass = z.enum(catalogueClasses);

export const upcomingChange = z.object({
  date: z.string(),
  points: z.int(),
  rule: z.enum(restorationRules),
  balanceAfter: z.int(),
});

export const statementBody = z.object({
  asOf: z.string(),
  balance: z.int(),
  maximum: z.int(),
  status: z.enum(['valid', 'invalidated']),
  invalidatedOn: z.nullable(z.string()),
  probation: z.nullable(z.object({ endsOn: z.string(), incrementsForfeited: z.boolean() })),
  upcoming: z.array(upcomingChange),
});

const machineCode = z
  .string()
  .check(z.meta({ description: 'Stable machine code to branch on or translate' }));

/** RFC 9457 problem details; other members may be added (RFC 9457 §3.2), so the object is open. */
export const problemBody = z.looseObject({
  type: z.string(),
  code: machineCode,
  title: z.string().check(z.meta({ description: 'In French unless Accept-Language prefers English' })),
  status: z.int(),
  detail: z.string(),
  errors: z.optional(z.array(z.object({ path: z.string(), code: machineCode, message: z.string() }))),
});

/** Remarks on a request that was accepted all the same (a lenient licence number, a corrected format). */
export const warnings = z.array(z.object({ code: machineCode, message: z.string() }));

export const problemResponses = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: problemDescriptions[status] ?? 'Problem',
        schema: problemBody,
        contentType: 'application/problem+json',
      },
    ]),
  );

const problemDescriptions: Record<number, string> = {
  400: 'Invalid request (the errors array names each field)',
  401: 'Missing or invalid access token',
  403: 'The token does not allow this route',
  404: 'Not found',
  409: 'Conflict',
  413: 'Body over 64 KB',
  415: 'Body is not JSON',
  422: 'Understood but refused',
  429: 'Too many failed attempts (see Retry-After)',
};
