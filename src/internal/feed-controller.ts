/**
 * Connects an element to its feed, from whichever source the page gives it:
 *
 * 1. the `data` property (code sets it; validated like a fetched feed);
 * 2. an inline `<script type="application/json">` child (CMS pages with no separate file);
 * 3. the `src` attribute, through the page's shared loader for that URL.
 *
 * The element reads `controller.state` when it renders; the controller asks for an update
 * whenever the state changes, and unsubscribes when the element leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { feedLoader, type FeedState } from '../feed/store.js';
import { parseFeed, parseFeedText, type ParseResult } from '../feed/validate.js';

export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  /** Feed URL. */
  src?: string | null | undefined;
  /** Feed object, set by code; wins over `src`. */
  data?: unknown;
  /** Seconds between refreshes of `src`; 0 or absent: load once. */
  refresh?: number | null | undefined;
}

/**
 * Shape checks by data object: a whole report hands one feed object to its three dozen
 * indicator elements, which must not check it three dozen times. Weak keys: a dropped feed
 * drops its result. As before, new data means a new object (one changed in place is not seen).
 */
const parsed = new WeakMap<object, ParseResult>();
function parseOnce(data: unknown): ParseResult {
  if (typeof data !== 'object' || data === null) return parseFeed(data);
  let result = parsed.get(data);
  if (!result) {
    parsed.set(data, (result = parseFeed(data)));
    // The checked feed, handed on to other elements, needs no second check.
    if (result.ok) parsed.set(result.feed, result);
  }
  return result;
}

const fromResult = (result: ParseResult, revision: number): FeedState =>
  result.ok
    ? { status: 'ready', feed: result.feed, stale: false, revision }
    : { status: 'error', failure: result.failure, stale: false, revision };

export class FeedController implements ReactiveController {
  state: FeedState = { status: 'loading', stale: false, revision: 0 };
  private unsubscribe: (() => void) | undefined;
  /** What the current state was computed from, so `sync` only redoes work when that changes. */
  private key: unknown[] = [];
  private connected = false;

  /**
   * @param ready - whether the host wants its data yet (a lazy element waits until it is near
   *   the viewport); until then, connecting does not fetch, and the host calls `sync` later.
   */
  constructor(
    private readonly host: FeedHost,
    private readonly ready: () => boolean = () => true,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    if (this.ready()) this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.key = [];
  }

  /** Call when `src`, `data` or `refresh` may have changed (e.g. from `willUpdate`). */
  sync(): void {
    if (!this.connected || !this.ready()) return;
    const { data, src, refresh } = this.host;
    const inline = data === undefined && !src ? this.inlineText() : undefined;
    const key = [data, src, refresh, inline];
    if (key.length === this.key.length && key.every((k, i) => k === this.key[i])) return;
    this.key = key;
    this.unsubscribe?.();
    this.unsubscribe = undefined;

    const revision = this.state.revision + 1;
    if (data !== undefined) return this.set(fromResult(parseOnce(data), revision));
    if (src) {
      let loader;
      try {
        loader = feedLoader(src);
      } catch {
        return this.set({ status: 'error', failure: { kind: 'bad-url', url: src }, stale: false, revision });
      }
      this.unsubscribe = loader.subscribe((state) => this.set(state), { refresh: refresh ?? 0 });
      return;
    }
    if (inline !== undefined) return this.set(fromResult(parseFeedText(inline), revision));
    this.set({ status: 'error', failure: { kind: 'no-source' }, stale: false, revision });
  }

  /** Asks the loader for fresh data now (a "retry" button). */
  retry(): void {
    const { src } = this.host;
    if (src && this.unsubscribe) {
      try {
        void feedLoader(src).refresh();
      } catch {
        // A bad URL stays a bad URL; the error is already shown.
      }
    }
  }

  private inlineText(): string | undefined {
    for (const child of this.host.children) {
      if (child instanceof HTMLScriptElement && child.type === 'application/json') return child.textContent ?? '';
    }
    return undefined;
  }

  private set(state: FeedState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
