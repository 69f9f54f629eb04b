// Public face of functions/not-found: route matching and the catch-all answer.
export {
  compileRoute,
  compileSpecs,
  matchRoute,
  type CompiledRoute,
  type RouteMatch,
} from './route-match.ts';
