// The alerts consumer: an EventBridge rule delivers the licence events here (and the local bus, in the same
// shape). Each delivery is checked against its contract before anything is sent.
import {
  correlationIdOfDelivery,
  parseEventBridgeEvent,
  type EventBridgeDelivery,
} from '../../events/index.ts';
import { buildDependencies, type DependenciesOf } from '../dependencies/index.ts';
import { builtOnFirstCall, countBusinessEvent, lambdaEntry } from '../runtime/index.ts';
import * as build from '../dependencies/builders/index.ts';
import { tracing } from '../runtime/tracing/index.ts';
import { makeSendAlerts } from './use-case.ts';

const ports = {
  accounts: build.accounts,
  alertLog: build.alertLog,
  licences: build.licences,
  notifier: build.notifier,
  once: build.once,
  clock: build.clock,
};

export function makeHandler(deps: DependenciesOf<typeof ports>) {
  const sendAlerts = makeSendAlerts(deps);
  return async function alert(delivery: EventBridgeDelivery): Promise<void> {
    const event = parseEventBridgeEvent(delivery);
    countBusinessEvent('AlertSent', await sendAlerts(event), ['event', event.type]);
  };
}

/** Correlated by the request (or run) that caused the event. */
export const handler = lambdaEntry(
  builtOnFirstCall(() => makeHandler(buildDependencies(ports, process.env, tracing))),
  correlationIdOfDelivery,
  tracing.layers,
);
