// Public face of events/: the contracts every producer and consumer shares.
export {
  EVENT_SOURCE,
  eventSchemas,
  eventTypes,
  parseEvent,
  type DomainEvent,
  type EventDetail,
  type EventType,
} from './contracts.ts';
