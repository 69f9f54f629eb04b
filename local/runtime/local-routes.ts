// The local-only routes of `npm start` (CONTRACT.md §3): move the clock, run the
// daily job now, read the outbox. Never deployed.
import type { IncomingMessage } from 'node:http';
import * as z from 'zod/mini';
import { addDays, addMonths, type CalendarDate } from '../../domain/calendar/index.ts';
import type { SettableClock } from '../../functions/adapters/clock.ts';
import { calendarDate, problemResponse, problems } from '../../functions/http/index.ts';
import type { RestorePoints } from '../../functions/restore-points/index.ts';
import type { PlainHandler } from '../gateway/index.ts';
import { readRequestBody, writeHttpApiResult } from '../lambda-http/index.ts';
import type { Outbox } from '../outbox/index.ts';
import { sendJson } from '../server/index.ts';

// `today` sets the date (null: back to the real one); `advanceMonths` and `advanceDays` move it from where it is,
// so that scripts and the README work whatever day they run.
const clockBody = z.union([
  z.strictObject({ today: z.nullable(calendarDate) }),
  z.strictObject({
    advanceMonths: z._default(z.int().check(z.minimum(0), z.maximum(1200)), 0),
    advanceDays: z._default(z.int().check(z.minimum(0), z.maximum(36500)), 0),
  }),
]);

async function readJson(request: IncomingMessage): Promise<unknown> {
  const text = (await readRequestBody(request)).toString('utf8');
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    throw problems.malformedJson();
  }
}

const guarded =
  (handle: PlainHandler): PlainHandler =>
  async (request, response) => {
    try {
      await handle(request, response);
    } catch (error) {
      if (error && typeof error === 'object' && 'status' in error && 'type' in error)
        return writeHttpApiResult(response, problemResponse(error as never));
      throw error;
    }
  };

export function localRoutes({
  clock,
  onClockSet,
  restorePoints,
  outbox,
  deadLetters,
}: {
  /** The deliveries that failed every attempt (the local dead-letter queue). */
  deadLetters: () => unknown[];
  clock: SettableClock;
  onClockSet: (today: CalendarDate | null) => Promise<void>;
  restorePoints: RestorePoints;
  outbox: Outbox;
}): Record<string, PlainHandler> {
  return {
    'POST /local/clock': guarded(async (request, response) => {
      const parsed = z.safeParse(clockBody, await readJson(request));
      if (!parsed.success)
        throw problems.validation([
          {
            path: 'today',
            message: 'give "today" (YYYY-MM-DD or null), or "advanceMonths" and/or "advanceDays"',
          },
        ]);
      const body = parsed.data;
      const today =
        'today' in body
          ? body.today
          : addDays(addMonths(clock.today(), body.advanceMonths), body.advanceDays);
      clock.set(today);
      await onClockSet(today);
      sendJson(response, 200, { today: clock.today() });
    }),
    'GET /local/clock': guarded(async (_request, response) =>
      sendJson(response, 200, { today: clock.today() }),
    ),
    'POST /local/scheduler/run': guarded(async (request, response) => {
      await readRequestBody(request);
      const report = await restorePoints(clock.today());
      sendJson(response, 200, { today: clock.today(), ...report });
    }),
    'GET /local/outbox': guarded(async (_request, response) =>
      sendJson(response, 200, { items: await outbox.list() }),
    ),
    'GET /local/dead-letters': guarded(async (_request, response) =>
      sendJson(response, 200, { items: deadLetters() }),
    ),
  };
}
