// Publishing domain events: to EventBridge in AWS, or to in-process consumers
// for the local runtime and tests (the same consumers, called directly).
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { EVENT_SOURCE, eventBridgeDetail, type DomainEvent } from '../../events/index.ts';

export interface EventBus {
  publish(events: DomainEvent[]): Promise<void>;
}

/** The correlation id of what is being done when events are published (none outside an invocation). */
export type CorrelationSource = () => string | undefined;

const correlated = (event: DomainEvent, correlationId: CorrelationSource): DomainEvent => {
  const id = event.correlationId ?? correlationId();
  return id ? { ...event, correlationId: id } : event;
};

export function makeEventBridgeBus({
  client = new EventBridgeClient({}),
  busName,
  correlationId = () => undefined,
}: {
  client?: EventBridgeClient;
  busName: string;
  correlationId?: CorrelationSource;
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
              Detail: eventBridgeDetail(correlated(event, correlationId)),
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
  /** Deliveries that failed every attempt, as a dead-letter queue keeps them (newest last). */
  deadLetters(): { event: DomainEvent; error: string }[];
}

/** As EventBridge and Lambda do: a failing delivery is tried again before it goes to the dead letters. */
const DELIVERY_ATTEMPTS = 3;

export function makeInProcessBus(
  onConsumerError: (error: unknown, event: DomainEvent) => void = () => {},
  correlationId: CorrelationSource = () => undefined,
): InProcessBus {
  const consumers: EventConsumer[] = [];
  const log: DomainEvent[] = [];
  const dead: { event: DomainEvent; error: string }[] = [];
  const deliver = async (consumer: EventConsumer, event: DomainEvent) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await consumer(event);
      } catch (error) {
        if (attempt < DELIVERY_ATTEMPTS) continue;
        dead.push({ event, error: error instanceof Error ? error.message : String(error) });
        return onConsumerError(error, event);
      }
    }
  };
  return {
    subscribe: (consumer) => void consumers.push(consumer),
    published: () => [...log],
    deadLetters: () => [...dead],
    async publish(events) {
      for (const published of events) {
        const event = correlated(published, correlationId);
        log.push(event);
        // As with EventBridge, a failing consumer does not fail the producer.
        for (const consumer of consumers) await deliver(consumer, event);
      }
    },
  };
}
