// Public face of events/: the contracts every producer and consumer shares.
export {
  EVENT_SOURCE,
  eventSchemas,
  eventTypes,
  asEventBridgeDelivery,
  correlationIdOfDelivery,
  eventBridgeDetail,
  parseEvent,
  parseEventBridgeEvent,
  shardWorkSchema,
  type ShardWorkMessage,
  type EventBridgeDelivery,
  type NewEvent,
  type DomainEvent,
  type EventDetail,
  type EventType,
} from './contracts.ts';
