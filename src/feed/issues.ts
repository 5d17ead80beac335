/**
 * What validation finds, as data: a code, the JSON path where it was found, and parameters.
 *
 * Messages are not written here. `src/format/messages.ts` turns an issue into a sentence in
 * Spanish or English, so the same finding reads the same in the CLI, a widget and a test.
 */

export type PathSegment = string | number;

/** Codes of errors: the feed cannot be used as it is. */
export type ErrorCode =
  | 'required'
  | 'type'
  | 'blank'
  | 'too-long'
  | 'too-short'
  | 'too-small'
  | 'too-big'
  | 'not-integer'
  | 'date'
  | 'link'
  | 'pattern'
  | 'one-of'
  | 'unknown-key'
  | 'indicator-kind'
  | 'version'
  | 'platforms-or-rows'
  | 'value-or-change'
  | 'invalid';

/** Codes of consistency warnings: the feed is usable, but its own numbers do not add up. */
export type WarningCode =
  | 'total-mismatch'
  | 'share-mismatch'
  | 'progress-mismatch'
  | 'cadence-shortfall'
  | 'count-mismatch'
  | 'date-outside-period'
  | 'period-reversed'
  | 'duplicate-id'
  | 'duplicate-commitment'
  | 'duplicate-entry'
  | 'unknown-commitment'
  | 'unknown-category'
  | 'unknown-territory';

export type IssueParams = Record<string, string | number | boolean | undefined>;

export interface FeedIssue<C extends string = ErrorCode | WarningCode> {
  readonly severity: 'error' | 'warning';
  readonly code: C;
  /** Where in the feed, as segments (`['commitments', 3, 'text']`). */
  readonly path: readonly PathSegment[];
  readonly params: IssueParams;
}

export type FeedError = FeedIssue<ErrorCode> & { readonly severity: 'error' };
export type FeedWarning = FeedIssue<WarningCode> & { readonly severity: 'warning' };

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * A JSONPath for people: `$.commitments[3].text`, `$.report["odd key"]`.
 * Keys that are not plain identifiers are quoted, so a hostile key cannot fake a path.
 */
export function jsonPath(path: readonly PathSegment[]): string {
  let out = '$';
  for (const s of path) {
    // A hostile key may be a megabyte long: people read its start.
    const seg = typeof s === 'string' && s.length > 80 ? s.slice(0, 79) + '…' : s;
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (IDENTIFIER.test(seg)) out += `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** A JSON Pointer (RFC 6901), for machines: `/commitments/3/text`. */
export function jsonPointer(path: readonly PathSegment[]): string {
  return path.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export function warning(code: WarningCode, path: readonly PathSegment[], params: IssueParams = {}): FeedWarning {
  return { severity: 'warning', code, path, params };
}

export function error(code: ErrorCode, path: readonly PathSegment[], params: IssueParams = {}): FeedError {
  return { severity: 'error', code, path, params };
}
