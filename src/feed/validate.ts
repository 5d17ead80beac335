/**
 * Validation of a feed: its shape (errors, with JSON paths) and its own arithmetic (warnings).
 *
 * `parseFeed` checks the shape only: it is what every widget runs in the browser, so it is kept
 * lean. `validateFeed` adds the consistency warnings: the publishers' validator, the demo and
 * the whole-report element use it. The shape check is the same code in both, so a publisher
 * sees exactly the errors a widget would complain about.
 */
import type * as z from 'zod/mini';
import { checkConsistency } from './consistency.js';
import { error, jsonPath, type FeedError, type FeedWarning, type PathSegment } from './issues.js';
import { parseJsonText, type TextFailure } from './json-text.js';
import { DATE_PATTERN, FEED_VERSION, Feed as FeedSchema, INDICATOR_KINDS, LINK_PATTERN } from './schema.js';
import type { Feed } from './types.js';

/** Why a feed could not be used. Widgets and the CLI turn each kind into one clear sentence. */
export type FeedFailure =
  | TextFailure
  | { readonly kind: 'not-object'; readonly found: string }
  | { readonly kind: 'version'; readonly found: string }
  | { readonly kind: 'schema'; readonly errors: readonly FeedError[] };

export type ParseResult = { readonly ok: true; readonly feed: Feed } | { readonly ok: false; readonly failure: FeedFailure };

export type ValidationResult =
  | { readonly ok: true; readonly feed: Feed; readonly warnings: readonly FeedWarning[] }
  | { readonly ok: false; readonly failure: FeedFailure };

/** How many schema errors are kept; past that, the feed is clearly not of this format. */
export const MAX_ERRORS = 200;

/** Validates a parsed JSON value as a feed, and checks its consistency. */
export function validateFeed(value: unknown): ValidationResult {
  const parsed = parseFeed(value);
  return parsed.ok ? { ok: true, feed: parsed.feed, warnings: checkConsistency(parsed.feed) } : parsed;
}

/** Parses and validates a feed's text (as read from a file or fetched), with its consistency. */
export function validateFeedText(text: string, limit?: number): ValidationResult {
  const parsed = parseJsonText(text, limit);
  return parsed.ok ? validateFeed(parsed.value) : parsed;
}

/** Checks a parsed JSON value against the feed's schema (no consistency checks). */
export function parseFeed(value: unknown): ParseResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, failure: { kind: 'not-object', found: typeName(value) } };
  }
  const version = (value as { version?: unknown }).version;
  // A feed of another version would drown in unrelated errors: say that one thing instead.
  if (version !== FEED_VERSION && version !== undefined) {
    return { ok: false, failure: { kind: 'version', found: describe(version) } };
  }
  const parsed = FeedSchema.safeParse(value);
  const hidden = protoKeyErrors(value);
  if (!parsed.success || hidden.length > 0) {
    const errors = parsed.success ? [] : parsed.error.issues.slice(0, MAX_ERRORS).flatMap((issue) => fromZod(issue, value));
    const seen = new Set(errors.map((e) => jsonPath(e.path)));
    errors.push(...hidden.filter((e) => !seen.has(jsonPath(e.path))));
    return { ok: false, failure: { kind: 'schema', errors: errors.slice(0, MAX_ERRORS) } };
  }
  return { ok: true, feed: parsed.data };
}

/** Parses a feed's text (as fetched, or inline in a page) and checks its shape. */
export function parseFeedText(text: string, limit?: number): ParseResult {
  const parsed = parseJsonText(text, limit);
  return parsed.ok ? parseFeed(parsed.value) : parsed;
}

/**
 * `JSON.parse` keeps a `"__proto__"` key as an ordinary own key, but zod skips it in records
 * and loose objects without checking its value (copying it would replace the output's
 * prototype), so a count filed under that name would vanish silently and the sums would not
 * match what the publisher wrote. It is refused everywhere instead, as the JSON Schema does
 * (`propertyNames`); strict objects report it as an unknown key anyway. Iterative, so deep
 * nesting cannot overflow the stack.
 */
function protoKeyErrors(root: unknown): FeedError[] {
  /** A value to visit and where it is; the path is built only for a finding. */
  interface Visit {
    readonly value: unknown;
    readonly parent: Visit | undefined;
    readonly key: PathSegment;
  }
  const pathOf = (v: Visit | undefined): PathSegment[] => {
    const path: PathSegment[] = [];
    for (let at = v; at?.parent; at = at.parent) path.unshift(at.key);
    return path;
  };
  const out: FeedError[] = [];
  const stack: Visit[] = [{ value: root, parent: undefined, key: '' }];
  // Data set by code may hold a cycle (JSON cannot): each object is visited once.
  const seen = new Set<object>();
  while (stack.length > 0 && out.length < MAX_ERRORS) {
    const visit = stack.pop()!;
    const { value } = visit;
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    // Only objects and arrays are visited: a hundred thousand contract rows hold two hundred
    // thousand strings, and a visit record for each made this the slowest step of validation.
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const item: unknown = value[i];
        if (typeof item === 'object' && item !== null) stack.push({ value: item, parent: visit, key: i });
      }
      continue;
    }
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      const item = (value as Record<string, unknown>)[key];
      if (key === '__proto__') out.push(error('unknown-key', [...pathOf(visit), key], { key }));
      // Raw contract rows check their own keys (schema.ts, ContractRows): a million of them
      // must not be walked twice.
      else if (key === 'rows' && Array.isArray(item)) continue;
      else if (typeof item === 'object' && item !== null) stack.push({ value: item, parent: visit, key });
    }
  }
  return out;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isInteger(value)) return 'integer';
  // Only data handed over from script can hold these; "must be a number, but is a number" helps no one.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return typeof value;
}

function describe(value: unknown): string {
  let s: string;
  try {
    s = typeof value === 'string' ? JSON.stringify(value) : String(value);
  } catch {
    // Data set by code: an object with no prototype (or a throwing toString) has no string form.
    s = typeName(value);
  }
  return s.length > 40 ? s.slice(0, 39) + '…' : s;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const seg of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    // Own properties only: a key named `__proto__` or `constructor` must not reach Object.prototype.
    if (!Object.prototype.hasOwnProperty.call(v, seg)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg];
  }
  return v;
}

const toPath = (path: readonly PropertyKey[]): PathSegment[] =>
  path.map((p) => (typeof p === 'number' ? p : String(p)));

/** Turns one zod issue into our own error codes (one zod issue may name several keys). */
function fromZod(issue: z.core.$ZodIssue, root: unknown): FeedError[] {
  const path = toPath(issue.path);
  const missing = path.length > 0 && valueAt(root, issue.path) === undefined;
  if (missing && issue.code !== 'unrecognized_keys' && issue.code !== 'custom') return [error('required', path)];
  switch (issue.code) {
    case 'invalid_type': {
      const found = valueAt(root, issue.path);
      if (issue.expected === 'int' && typeof found === 'number') {
        return [error(Number.isInteger(found) ? 'too-big' : 'not-integer', path, { found: describe(found), maximum: Number.MAX_SAFE_INTEGER })];
      }
      return [error('type', path, { expected: issue.expected, found: typeName(found) })];
    }
    case 'too_small':
      if (issue.origin === 'string') return [error('too-short', path, { minimum: Number(issue.minimum) })];
      if (issue.origin === 'array') return [error('too-short', path, { minimum: Number(issue.minimum), items: true })];
      return [error('too-small', path, { minimum: Number(issue.minimum), found: describe(valueAt(root, issue.path)) })];
    case 'too_big':
      if (issue.origin === 'string') return [error('too-long', path, { maximum: Number(issue.maximum) })];
      if (issue.origin === 'array') return [error('too-long', path, { maximum: Number(issue.maximum), items: true })];
      return [error('too-big', path, { maximum: Number(issue.maximum), found: describe(valueAt(root, issue.path)) })];
    case 'invalid_format': {
      if (issue.format === 'date' || issue.pattern === String(DATE_PATTERN)) return [error('date', path, { found: describe(valueAt(root, issue.path)) })];
      if (issue.pattern === String(LINK_PATTERN)) return [error('link', path, { found: describe(valueAt(root, issue.path)) })];
      if (issue.pattern === String(/\S/)) return [error('blank', path)];
      return [error('pattern', path, { found: describe(valueAt(root, issue.path)) })];
    }
    case 'invalid_value':
      if (path.length === 1 && path[0] === 'version') {
        return [error('version', path, { found: describe(valueAt(root, issue.path)), expected: FEED_VERSION })];
      }
      return [
        error('one-of', path, {
          found: describe(valueAt(root, issue.path)),
          values: issue.values.map((v) => String(v)).join(', '),
        }),
      ];
    case 'unrecognized_keys':
      return issue.keys.map((key) => error('unknown-key', [...path, key], { key: key.length > 80 ? key.slice(0, 79) + '…' : key }));
    case 'invalid_union':
      // Only the indicators' discriminated union can fail this way.
      return [
        error('indicator-kind', path, {
          found: describe(valueAt(root, issue.path)),
          values: INDICATOR_KINDS.join(', '),
        }),
      ];
    case 'custom': {
      const params = (issue.params ?? {}) as { rule?: string; expected?: string; maximum?: number; key?: string };
      const rule = params.rule;
      // The raw contract rows' own check (schema.ts, ContractRows) names our codes directly.
      if (rule === 'rows-array') return [error('type', path, { expected: 'array', found: typeName(valueAt(root, issue.path)) })];
      if (rule === 'row-object') return [error('type', path, { expected: 'object', found: typeName(valueAt(root, issue.path)) })];
      if (rule === 'required' || rule === 'blank') return [error(rule, path)];
      if (rule === 'type') return [error('type', path, { expected: params.expected, found: typeName(valueAt(root, issue.path)) })];
      if (rule === 'too-long') return [error('too-long', path, { maximum: params.maximum })];
      if (rule === 'unknown-key') return [error('unknown-key', path, { key: params.key })];
      if (rule === 'platforms-or-rows' || rule === 'value-or-change') return [error(rule, path)];
      return [error('invalid', path)];
    }
    case 'invalid_key':
      return [error('pattern', path, { found: describe(String(issue.path.at(-1) ?? '')) })];
    default:
      return [error('invalid', path)];
  }
}
