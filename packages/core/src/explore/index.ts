export { DEFAULT_EXPLORER_NOW, exploreRoutes } from './explore-routes';
export { samplePattern } from './pattern-sample';
export type { RouteTrace } from './route-trace';
export type {
  ExploredRoute,
  ExploredRoutes,
  ExploreOptions,
  RouteDecision,
  RouteEnd,
  RouteProblem,
  RouteProblemCode,
  RuleDecided,
} from './types';
