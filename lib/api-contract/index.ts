/**
 * The dashboard API's contract: the zod schemas and types of every /api route's bodies, params and
 * NDJSON events, shared by the routes (app/api), lib/runs, lib/live, lib/client, components and
 * tests. Plain zod and constants only: safe in the browser, no Node imports.
 */
export * from './bronze';
export * from './bronze-params';
export * from './cleared-bronze';
export * from './connection';
export * from './error-body';
export * from './live';
export * from './mock';
export * from './network-profiles';
export * from './runs';
export * from './tier-list';
