// Public face of local/outbox: the notifications stand-in of `npm start`.
export { openOutbox, type NewOutboxMessage, type Outbox, type OutboxMessage } from './outbox.ts';
