// Matching a request path against the route templates (`/v1/x/{id}`): used for
// the API's own 404 and 405 answers, and by the local gateway to dispatch.
import type { RouteSpec } from '../http/index.ts';

export interface CompiledRoute<T> {
  method: string;
  pattern: RegExp;
  names: string[];
  target: T;
}

export function compileRoute<T>(method: string, path: string, target: T): CompiledRoute<T> {
  const names: string[] = [];
  const source = path
    .split('/')
    .map((part) => {
      const param = /^\{(\w+)\}$/.exec(part);
      if (!param?.[1]) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(param[1]);
      return '([^/]+)';
    })
    .join('/');
  return { method, pattern: new RegExp(`^${source}$`), names, target };
}

export type RouteMatch<T> =
  | { kind: 'found'; target: T; pathParameters: Record<string, string> }
  | { kind: 'method-not-allowed'; allowed: string[] }
  | { kind: 'not-found' };

export function matchRoute<T>(routes: CompiledRoute<T>[], method: string, path: string): RouteMatch<T> {
  const allowed: string[] = [];
  for (const route of routes) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    if (route.method !== method) {
      allowed.push(route.method);
      continue;
    }
    const pathParameters = Object.fromEntries(
      route.names.map((name, index) => [name, match[index + 1] ?? '']),
    );
    return { kind: 'found', target: route.target, pathParameters };
  }
  return allowed.length > 0 ? { kind: 'method-not-allowed', allowed } : { kind: 'not-found' };
}

export const compileSpecs = (specs: RouteSpec[]) =>
  specs.map((spec) => compileRoute(spec.method, spec.path, spec));
