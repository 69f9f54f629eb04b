// Lambda entry points of the FranceConnect bridge in AWS (one function per export). FranceConnect's settings
// come from the environment (config.ts); the session store from the composition root.
import { buildDependencies } from '../dependencies/index.ts';
import { apiEntry } from '../runtime/index.ts';
import * as build from '../dependencies/builders/index.ts';
import { bridgeConfigFromEnvironment, makeBridgeHandlers, type BridgeHandler } from './index.ts';

let handlers: Record<'authorize' | 'token' | 'userinfo' | 'logout', BridgeHandler> | undefined;

const step = (name: keyof NonNullable<typeof handlers>) =>
  apiEntry<Awaited<ReturnType<BridgeHandler>>>((event) =>
    (handlers ??= makeBridgeHandlers(
      bridgeConfigFromEnvironment(process.env),
      buildDependencies({ sessions: build.sessions }),
    ))[name](event),
  );

export const authorize = step('authorize');
export const token = step('token');
export const userinfo = step('userinfo');
export const logout = step('logout');
