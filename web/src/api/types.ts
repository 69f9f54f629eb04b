// Names for the generated request and response types the pages use.
import type { paths } from './openapi.ts';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type Me = Json<paths['/v1/me']['get']['responses'][200]> & {
  // CONTRACT.md §2 adds how the link was made; optional until the linking branch's schema lands.
  licence: { assurance?: 'verified' | 'declared' } | null;
};
export type Statement = Json<paths['/v1/me/statement']['get']['responses'][200]>;
export type History = Json<paths['/v1/me/history']['get']['responses'][200]>;
export type HistoryItem = History['items'][number];
export type Upcoming = Statement['upcoming'][number];
export type LinkRequest = Json<paths['/v1/me/licence']['put']['requestBody']>;
export type SimulationRequest = Json<paths['/v1/me/simulations']['post']['requestBody']>;
export type Simulation = Json<paths['/v1/me/simulations']['post']['responses'][200]>;
