/**
 * The feed layer: schema, types, validation, consistency checks and the shared loader.
 * No Lit and no element code here; the validator CLI uses the same modules in Node.
 */
/** The zod schemas, by name (`schemas.Feed`); their inferred types are exported as types. */
export * as schemas from './schema.js';
export { CADENCES, EVIDENCE_KINDS, FEED_VERSION, INDICATOR_KINDS, STATUSES } from './schema.js';
export type * from './types.js';
export * from './issues.js';
export * from './json-text.js';
export * from './validate.js';
export * from './consistency.js';
export * from './measures.js';
export type * from './failure.js';
export * from './store.js';
