// Publishing domain events: to EventBridge in AWS, or to in-process consumers
// for the local runtime and tests (the same consumers, called directly).
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { EVENT_SOURCE, type DomainEvent } from '../../events/index.ts';

export interface EventBus {
  publish(events: DomainEvent[]): Promise<void>;
}

export function makeEventBridgeBus({
  client = new EventBridgeClient({}),
  busName,
}: {
  client?: EventBridgeClient;
  busName: string;
}): EventBus {
  return {
    async publish(events) {
      for (let start = 0; start < events.length; start += 10) {
        const batch = events.slice(start, start + 10);
        const result = await client.send(
          new PutEventsCommand({
            Entries: batch.map((event) => ({
              EventBusName: busName,
              Source: EVENT_SOURCE,
              DetailType: event.type,
              Time: new Date(event.occurredAt),
              Detail: JSON.stringify({ id: event.id, occurredAt: event.occurredAt, detail: event.detail }),
            })),
          }),
        );
        if (result.FailedEntryCount)
          throw new Error(`EventBridge refused ${result.FailedEntryCount} event(s)`);
      }
    },
  };
}

export type EventConsumer = (event: DomainEvent) => Promise<void>;

export interface InProcessBus extends EventBus {
  subscribe(consumer: EventConsumer): void;
  /** Everything published so far, oldest first (for the local runtime and tests). */
  published(): DomainEvent[];
}

export function makeInProcessBus(
  onConsumerError: (error: unknown, event: DomainEvent) => void = () => {},
): InProcessBus {
  const consumers: EventConsumer[] = [];
  const log: DomainEvent[] = [];
  return {
    subscribe: (consumer) => void consumers.push(consumer),
    published: () => [...log],
    async publish(events) {
      for (const event of events) {
        log.push(event);
        for (const consumer of consumers) {
          // As with EventBridge, a failing consumer does not fail the producer.
          await consumer(event).catch((error: unknown) => onConsumerError(error, event));
        }
      }
    },
  };
}
