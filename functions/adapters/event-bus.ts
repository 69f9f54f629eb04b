// Publishing domain events: to EventBridge in AWS, or to in-process consumers
// for the local runtime and tests (the same consumers, called directly).
// PutEvents is called with fetch and our SigV4 signer: the EventBridge client weighed about 20 KB in each
// function that publishes.
import { EVENT_SOURCE, eventBridgeDetail, type DomainEvent } from '../../events/index.ts';
import { awsService, readAnswer, type AwsServiceOptions } from './aws-sigv4.ts';

export interface EventBus {
  publish(events: DomainEvent[]): Promise<void>;
}

/** The correlation id of what is being done when events are published (none outside an invocation). */
export type CorrelationSource = () => string | undefined;

const correlated = (event: DomainEvent, correlationId: CorrelationSource): DomainEvent => {
  const id = event.correlationId ?? correlationId();
  return id ? { ...event, correlationId: id } : event;
};

/** What PutEvents answers, in the part read here. */
interface PutEventsResult {
  FailedEntryCount?: number;
}

/** PutEvents takes at most ten entries. */
const ENTRIES_PER_CALL = 10;

export function makeEventBridgeBus({
  busName,
  correlationId = () => undefined,
  ...options
}: {
  busName: string;
  correlationId?: CorrelationSource;
} & AwsServiceOptions): EventBus {
  const eventBridge = awsService('events', (region) => `events.${region}.amazonaws.com`, options);
  const url = new URL('/', eventBridge.base);
  return {
    async publish(events) {
      for (let start = 0; start < events.length; start += ENTRIES_PER_CALL) {
        const entries = events.slice(start, start + ENTRIES_PER_CALL).map((event) => ({
          EventBusName: busName,
          Source: EVENT_SOURCE,
          DetailType: event.type,
          // The JSON protocol's timestamps: seconds since the epoch.
          Time: Date.parse(event.occurredAt) / 1000,
          Detail: eventBridgeDetail(correlated(event, correlationId)),
        }));
        const response = await eventBridge.call(url, {
          method: 'POST',
          headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSEvents.PutEvents' },
          body: JSON.stringify({ Entries: entries }),
        });
        const text = await readAnswer(response, 'EventBridge PutEvents failed');
        const { FailedEntryCount } = JSON.parse(text) as PutEventsResult;
        if (FailedEntryCount) throw new Error(`EventBridge refused ${FailedEntryCount} event(s)`);
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
