/**
 * Why a feed could not be loaded: the text and schema failures of validation, plus those of
 * getting the text at all (HTTP status, network, timeout, a missing file).
 */
import type { FeedFailure } from './validate.js';

export type FetchFailure =
  | { readonly kind: 'http'; readonly status: number }
  | { readonly kind: 'network' }
  | { readonly kind: 'timeout'; readonly ms: number }
  | { readonly kind: 'no-file'; readonly path: string }
  | { readonly kind: 'not-file'; readonly path: string }
  | { readonly kind: 'bad-url'; readonly url: string }
  /** A widget with no `src`, no `data` and no inline JSON. */
  | { readonly kind: 'no-source' };

export type LoadFailure = FeedFailure | FetchFailure;
