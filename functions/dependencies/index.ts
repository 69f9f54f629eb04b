// Public face of functions/dependencies: the composition root. Every port a handler may use, built in one
// way from settings checked against one schema. The builders are their own unit (dependencies/builders),
// imported as a namespace so that a bundle keeps only the builders its handler names.
export {
  buildDependencies,
  type Builder,
  type Builders,
  type Dependencies,
  type DependenciesOf,
  type Ports,
} from './dependencies.ts';
export { environmentSchema, readEnvironment, type Environment } from './environment.ts';
