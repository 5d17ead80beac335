/**
 * The shared feed loader: one per feed URL per page, shared by every widget pointing at it.
 *
 * Ten widgets on one URL make one request. A loader fetches with a timeout, validates, keeps the
 * result, and when asked to refresh it polls with conditional requests (a 304 keeps the data),
 * pauses while the page is hidden and catches up when it is visible again, never has two
 * requests in flight, and backs off after failures. After a failure it keeps the last good data
 * and says when that was fetched, so a widget can show "datos del 29/12/2020, no se pudo
 * actualizar" instead of a blank box. When the last subscriber leaves, its timers stop and its
 * request is aborted.
 *
 * No Lit here: this module is plain DOM and fetch, so any code can use it.
 */
import type { LoadFailure } from './failure.js';
import { MAX_FEED_BYTES, parseJsonText } from './json-text.js';
import type { Feed } from './types.js';
import { parseFeed } from './validate.js';

/** Characters of feed text past which parsing, checking and each widget's drawing get tasks of their own. */
const LARGE = 200_000;

/** Resolves in a later task, letting the page paint and handle input in between. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

export interface FeedState {
  /** `loading` until the first answer; then `ready` (with data) or `error` (without). */
  readonly status: 'loading' | 'ready' | 'error';
  readonly feed?: Feed;
  /** When the data shown was last confirmed by the server (a 200 or a 304). */
  readonly fetchedAt?: Date;
  /** The latest failure, if the latest attempt failed. */
  readonly failure?: LoadFailure;
  /** There is data, but the latest attempt to refresh it failed. */
  readonly stale: boolean;
  /** Increases each time the data itself changes (not on a 304 or an identical body). */
  readonly revision: number;
}

export interface SubscribeOptions {
  /** Poll every this many seconds; 0 or absent: load once. The shortest among subscribers wins. */
  readonly refresh?: number;
}

export type FeedListener = (state: FeedState) => void;

/** Settings shared by all loaders on the page. Tests shorten them; pages rarely need to. */
export const loaderSettings = {
  /** Abort a request after this long. */
  timeoutMs: 15_000,
  /** Refresh intervals below this are raised to it, so a typo cannot hammer a server. */
  minRefreshSeconds: 5,
  /** Backoff after failures doubles the interval, up to this factor. */
  maxBackoffFactor: 32,
};

const INITIAL: FeedState = { status: 'loading', stale: false, revision: 0 };

class TimeoutAbort extends Error {}

export class FeedLoader {
  readonly url: string;
  private readonly listeners = new Map<FeedListener, number>();
  private current: FeedState = INITIAL;
  private controller: AbortController | undefined;
  private inflight: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** A refresh came due while the page was hidden: fetch as soon as it is visible. */
  private due = false;
  private failures = 0;
  private etag: string | undefined;
  private lastModified: string | undefined;
  private lastText: string | undefined;
  private disposed = false;
  /** Whether the last text fetched was large (see LARGE). */
  private large = false;
  private scheduledDelay = 0;
  private readonly sameOrigin: boolean;
  private readonly onVisibility = () => {
    if (!document.hidden && this.due) {
      this.due = false;
      void this.load();
    }
  };

  /** Milliseconds until the next scheduled refresh was set for (0: none). For tests and tools. */
  get nextRefreshDelay(): number {
    return this.timer === undefined ? 0 : this.scheduledDelay;
  }

  /** Use `feedLoader(url)`: loaders are shared per URL. */
  constructor(url: string, private readonly onDispose: (loader: FeedLoader) => void = () => {}) {
    this.url = url;
    this.sameOrigin = typeof location !== 'undefined' && new URL(url).origin === location.origin;
  }

  get state(): FeedState {
    return this.current;
  }

  /** The refresh interval in milliseconds: the shortest asked for, or 0 for none. */
  get interval(): number {
    let min = Infinity;
    for (const r of this.listeners.values()) if (r > 0 && r < min) min = r;
    return min === Infinity ? 0 : Math.max(min, loaderSettings.minRefreshSeconds) * 1000;
  }

  /**
   * Adds a listener; it is called now with the current state and on every change. The first
   * subscriber starts the loading. Returns the function that unsubscribes.
   */
  subscribe(listener: FeedListener, options: SubscribeOptions = {}): () => void {
    const refresh = Number.isFinite(options.refresh) && (options.refresh ?? 0) > 0 ? options.refresh! : 0;
    const before = this.interval;
    const first = this.listeners.size === 0;
    this.listeners.set(listener, refresh);
    if (first) document.addEventListener('visibilitychange', this.onVisibility);
    // Load once; a subscriber joining later (or an element moved in the DOM, which leaves and
    // rejoins in one task) gets the data already there instead of a new request.
    if (this.current.status === 'loading' && !this.inflight) void this.load();
    else if (this.interval !== before && !this.inflight) this.schedule();
    listener(this.current);
    return () => this.unsubscribe(listener);
  }

  private unsubscribe(listener: FeedListener): void {
    if (!this.listeners.delete(listener)) return;
    if (this.listeners.size > 0) return;
    // Wait a microtask: a widget moved in the DOM disconnects and reconnects in one task,
    // and should not abort and repeat the request.
    queueMicrotask(() => {
      if (this.listeners.size === 0) this.dispose();
    });
  }

  /** Loads now, unless a request is already in flight (then waits for that one). */
  refresh(): Promise<void> {
    return this.load();
  }

  private dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.controller?.abort();
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.onDispose(this);
  }

  private emit(next: FeedState, spread = false): void {
    this.current = next;
    const listeners = [...this.listeners.keys()];
    const tell = (listener: FeedListener) => {
      // One widget's bug must not stop the others from hearing about new data.
      try {
        listener(next);
      } catch (e) {
        queueMicrotask(() => {
          throw e;
        });
      }
    };
    if (!spread) return listeners.forEach(tell);
    // A large feed: each widget draws in a task of its own, so the page stays responsive
    // (ten thousand commitments in a list and in a report are two long renders, not one).
    const step = () => {
      const listener = listeners.shift();
      if (!listener || this.disposed || this.current !== next) return;
      if (this.listeners.has(listener)) tell(listener);
      if (listeners.length) setTimeout(step, 0);
    };
    step();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const base = this.interval;
    if (base === 0 || this.disposed) return;
    const factor = Math.min(2 ** this.failures, loaderSettings.maxBackoffFactor);
    this.scheduledDelay = base * (this.failures > 0 ? factor : 1);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (document.hidden) this.due = true;
      else void this.load();
    }, this.scheduledDelay);
  }

  private load(): Promise<void> {
    if (this.inflight) return this.inflight;
    if (this.disposed) return Promise.resolve();
    clearTimeout(this.timer);
    this.timer = undefined;
    this.inflight = this.fetchOnce().then((next) => {
      // Clear the in-flight mark before telling anyone, so a listener may refresh at once.
      this.inflight = undefined;
      this.controller = undefined;
      if (this.disposed) return;
      if (next) this.emit(next, this.large);
      this.schedule();
    });
    return this.inflight;
  }

  /** One request; resolves to the state it leads to (never rejects). */
  private async fetchOnce(): Promise<FeedState | undefined> {
    const controller = new AbortController();
    this.controller = controller;
    const ms = loaderSettings.timeoutMs;
    const timeout = setTimeout(() => controller.abort(new TimeoutAbort()), ms);
    const headers: Record<string, string> = { accept: 'application/json' };
    // Conditional headers are not CORS-safelisted: across origins they would force a preflight
    // many publishers do not answer. There the browser's own cache revalidates (`no-cache`).
    if (this.sameOrigin) {
      if (this.etag) headers['if-none-match'] = this.etag;
      if (this.lastModified) headers['if-modified-since'] = this.lastModified;
    }
    let failure: LoadFailure | undefined;
    try {
      const res = await fetch(this.url, {
        signal: controller.signal,
        headers,
        // With our conditional headers, `default` sends them and never answers from the cache;
        // without, `no-cache`: a response with no validators is otherwise reused heuristically
        // and a poll never reaches the server (test/security/network.test.ts).
        cache: this.sameOrigin && (this.etag || this.lastModified) ? 'default' : 'no-cache',
      });
      if (res.status === 304 && this.current.feed) return this.confirm();
      if (!res.ok) {
        failure = { kind: 'http', status: res.status };
        void res.body?.cancel().catch(() => {});
      } else {
        const declared = Number(res.headers.get('content-length') ?? 0);
        if (declared > MAX_FEED_BYTES) {
          failure = { kind: 'too-large', bytes: declared, limit: MAX_FEED_BYTES };
          void res.body?.cancel().catch(() => {});
        } else {
          const text = await res.text();
          if (text === this.lastText && this.current.feed) return this.confirm();
          // A large feed (thousands of commitments, millions of raw rows) is parsed, checked and
          // handed to each widget in tasks of their own, not one, so the page stays responsive
          // (test/security/malformed.test.ts: no task over 1 s).
          const large = (this.large = text.length > LARGE);
          const json = parseJsonText(text);
          if (large) await nextTask();
          const result = json.ok ? parseFeed(json.value) : json;
          if (large) await nextTask();
          if (this.disposed) return undefined;
          if (result.ok) {
            // Validators are kept only for data we accepted, so a 304 always confirms good data.
            this.etag = res.headers.get('etag') ?? undefined;
            this.lastModified = res.headers.get('last-modified') ?? undefined;
            this.lastText = text;
            this.failures = 0;
            return {
              status: 'ready',
              feed: result.feed,
              fetchedAt: new Date(),
              stale: false,
              revision: this.current.revision + 1,
            };
          }
          failure = result.failure;
        }
      }
    } catch {
      if (this.disposed) return undefined;
      failure = controller.signal.reason instanceof TimeoutAbort ? { kind: 'timeout', ms } : { kind: 'network' };
    } finally {
      clearTimeout(timeout);
    }
    if (this.disposed || !failure) return undefined;
    this.failures++;
    const { feed, fetchedAt, revision } = this.current;
    return feed
      ? { status: 'ready', feed, fetchedAt, failure, stale: true, revision }
      : { status: 'error', failure, stale: false, revision };
  }

  /** The server says the data has not changed: clear any failure, note the time. */
  private confirm(): FeedState {
    this.failures = 0;
    const { feed, revision } = this.current;
    return { status: 'ready', feed, fetchedAt: new Date(), stale: false, revision };
  }
}

const loaders = new Map<string, FeedLoader>();

/**
 * The page's loader for a feed URL (resolved against the document), created on first use.
 * Throws a `TypeError` for a URL that is not http(s): callers show it as a `bad-url` failure.
 */
export function feedLoader(url: string, base: string = document.baseURI): FeedLoader {
  const absolute = new URL(url, base);
  if (absolute.protocol !== 'http:' && absolute.protocol !== 'https:') throw new TypeError(`not an http(s) URL: ${url}`);
  absolute.hash = '';
  const key = absolute.href;
  let loader = loaders.get(key);
  if (!loader) {
    loader = new FeedLoader(key, (l) => {
      if (loaders.get(key) === l) loaders.delete(key);
    });
    loaders.set(key, loader);
  }
  return loader;
}

/** How many loaders are alive on the page (for tests of clean teardown). */
export function activeLoaderCount(): number {
  return loaders.size;
}
