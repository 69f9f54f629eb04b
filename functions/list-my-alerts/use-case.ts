// The alerts the caller's account received, newest first.
import type { AlertLog, ReceivedAlert } from '../adapters/alert-log.ts';
import type { Clock } from '../adapters/clock.ts';
import type { Caller } from '../use-case/index.ts';

/** The most an answer lists: a year of alerts is a few dozen. */
export const ALERTS_LISTED = 100;

export function makeListMyAlerts({ alertLog, clock }: { alertLog: AlertLog; clock: Clock }) {
  return function listMyAlerts(caller: Pick<Caller, 'accountId'>): Promise<ReceivedAlert[]> {
    return alertLog.list(caller.accountId, clock.now(), ALERTS_LISTED);
  };
}
