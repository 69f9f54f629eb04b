// Names for the generated request and response types the pages use.
import type { paths } from './openapi.ts';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type Me = Json<paths['/v1/me']['get']['responses'][200]>;
export type Statement = Json<paths['/v1/me/statement']['get']['responses'][200]>;
export type History = Json<paths['/v1/me/history']['get']['responses'][200]>;
export type HistoryItem = History['items'][number];
export type Upcoming = Statement['upcoming'][number];
export type LinkRequest = Json<paths['/v1/me/licence']['put']['requestBody']>;
export type SimulationRequest = Json<paths['/v1/me/simulations']['post']['requestBody']>;
export type Simulation = Json<paths['/v1/me/simulations']['post']['responses'][200]>;
export type IssuedDocument = Json<paths['/v1/me/documents/rir']['post']['responses'][201]>;
export type DocumentList = Json<paths['/v1/me/documents']['get']['responses'][200]>;
export type DocumentLink = Json<paths['/v1/me/documents/{documentId}/download']['get']['responses'][200]>;
export type Verification = Json<paths['/v1/verify/{reference}']['get']['responses'][200]>;
export type CalendarFeed = Json<paths['/v1/me/calendar-feed']['post']['responses'][201]>;
export type ReceivedAlerts = Json<paths['/v1/me/alerts']['get']['responses'][200]>;
export type ReceivedAlert = ReceivedAlerts['items'][number];
