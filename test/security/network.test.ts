// Failing networks, seen through the ELEMENTS (issue 6): <contract-platform-chart>,
// <commitment-progress> and <attendance-breakdown> with `src` (and `refresh`) against the real
// scripted HTTP server of test/support/feed-server.js. The loader's own contract (statuses,
// headers, CORS, JSON errors) is covered by test/feed/store.test.ts; here: what a reader sees
// (error, stale note, data kept, recovery) and what the server sees (requests, concurrency,
// connections), plus a 1,000-cycle connect/disconnect run that must leave nothing behind.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/attendance-breakdown/attendance-breakdown.js';
import '../../src/components/commitment-progress/commitment-progress.js';
import '../../src/components/contract-platform-chart/contract-platform-chart.js';
import { activeLoaderCount, feedLoader, loaderSettings } from '../../src/feed/store.js';
import type { Feed } from '../../src/feed/types.js';
import { $, $$, deepText, ibagueFeed, until } from '../support/element.js';

interface Reply {
  status?: number;
  body?: string;
  etag?: string;
  delayMs?: number;
  dripMs?: number;
  dripBytes?: number;
  hang?: boolean;
  reset?: boolean;
}
interface Stats {
  log: { time: number; ifNoneMatch: string | null }[];
  inflight: number;
  maxInflight: number;
}

let counter = 0;
const freshPath = (name = 'net') => `/__feed/${name}-${Date.now()}-${counter++}.json`;
const script = (path: string, replies: Reply[]) => executeServerCommand('feed-server', { action: 'script', path, replies });
const stats = (path: string) => executeServerCommand('feed-server', { action: 'stats', path }) as Promise<Stats>;
const totals = () => executeServerCommand('feed-server', { action: 'totals' }) as Promise<{ inflight: number; sockets: number }>;
const server = (action: 'down' | 'up' | 'origin') => executeServerCommand('feed-server', { action }) as Promise<unknown>;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const hidden = (value: boolean) => {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => value });
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (value ? 'hidden' : 'visible') });
  document.dispatchEvent(new Event('visibilitychange'));
};

type Tag = 'contract-platform-chart' | 'commitment-progress' | 'attendance-breakdown';
type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** The Ibagué feed as served, with the first `completed` commitments marked completed. */
let ibague: Feed;
const feedText = (completed = 2) => {
  const f = structuredClone(ibague);
  f.commitments.forEach((c, i) => {
    if (i < completed) (c as { status?: string }).status = 'completed';
  });
  return JSON.stringify(f);
};

const container = document.createElement('div');
container.style.width = '720px';
function mount(tag: Tag, src: string, refresh?: number, eager = true): Widget {
  const el = document.createElement(tag) as Widget;
  el.setAttribute('src', src);
  if (refresh !== undefined) el.setAttribute('refresh', String(refresh));
  if (eager) el.setAttribute('loading', 'eager');
  container.append(el);
  return el;
}

/** Loading: not rendered yet, or rendered busy. */
const busy = (el: Element) => !$(el, '[aria-busy="false"]');
const errorText = (el: Element) => deepText($(el, '.error[role="alert"]') ?? document.createElement('p'));
const staleNote = (el: Element) => $(el, '.stale[role="status"]');
const drawn = (el: Element) => !busy(el) && !!$(el, '[part~="chart"]');
const summaryLine = (el: Element) => deepText($(el, '[part~="summary"]') ?? document.createElement('p'));
const arcs = (el: Element) => $$(el, '[part~="arc"]');

const saved = { ...loaderSettings };

describe('network failures, through the elements', () => {
  before(async () => {
    ibague = await ibagueFeed();
    document.body.append(container);
  });
  after(() => container.remove());
  beforeEach(() => {
    Object.assign(loaderSettings, { minRefreshSeconds: 0.05, timeoutMs: 3000 });
  });
  afterEach(async () => {
    container.replaceChildren();
    Object.assign(loaderSettings, saved);
    delete (document as { hidden?: boolean }).hidden;
    delete (document as { visibilityState?: string }).visibilityState;
    await server('up');
    await sleep(0);
  });

  it('404: a localized error with a retry button, which recovers once the feed exists', async () => {
    const path = freshPath();
    await script(path, [{ status: 404, body: 'not found' }, { body: feedText() }]);
    const el = mount('contract-platform-chart', path);
    await until(() => !busy(el), 5000, 'the first answer');
    expect(errorText(el)).to.contain('HTTP 404 (no encontrado)');
    expect(arcs(el)).to.have.length(0);
    $(el, '.error button')!.click();
    await until(() => arcs(el).length === 3, 5000, 'the donut after retry');
    expect($(el, '.error')).to.equal(null);
    expect((await stats(path)).log).to.have.length(2);
  });

  it('500 after good data: the chart stays, with a stale note; a retry clears it', async () => {
    const path = freshPath();
    await script(path, [{ body: feedText() }, { status: 500 }, { body: feedText() }]);
    const el = mount('contract-platform-chart', path);
    await until(() => arcs(el).length === 3, 5000, 'the donut');
    await feedLoader(path).refresh();
    await el.updateComplete;
    expect(deepText(staleNote(el)!)).to.match(/^Datos del \d\d\/\d\d\/\d{4}; no se pudo actualizar\. Reintentar$/);
    expect(arcs(el)).to.have.length(3);
    expect($(el, '.error')).to.equal(null);
    staleNote(el)!.querySelector('button')!.click();
    await until(() => !staleNote(el), 5000, 'the stale note to go');
    expect(arcs(el)).to.have.length(3);
  });

  it('times out a server that never answers, and the server sees the request closed', async () => {
    loaderSettings.timeoutMs = 400;
    const path = freshPath();
    await script(path, [{ hang: true }]);
    const el = mount('commitment-progress', path);
    await until(() => !busy(el), 5000, 'the timeout');
    expect(errorText(el)).to.contain('no respondió en 0,4 segundos');
    const end = Date.now() + 2000;
    while ((await stats(path)).inflight > 0 && Date.now() < end) await sleep(20);
    expect((await stats(path)).inflight).to.equal(0);
  });

  it('waits for a body trickled over seconds, showing loading and never a partial chart', async () => {
    const body = feedText();
    const path = freshPath();
    // ~1.5 s: 150 writes 10 ms apart.
    await script(path, [{ body, dripMs: 10, dripBytes: Math.ceil(body.length / 150) }]);
    const el = mount('commitment-progress', path);
    await sleep(500);
    expect(busy(el), 'still loading half-way').to.equal(true);
    expect($(el, '[part~="commitment"]')).to.equal(null);
    expect((await stats(path)).inflight).to.equal(1);
    await until(() => drawn(el), 6000, 'the trickled feed');
    expect(summaryLine(el)).to.equal('2 de 12 compromisos cumplidos');
  });

  it('gives up on a drip slower than the timeout, and closes the connection', async () => {
    loaderSettings.timeoutMs = 800;
    const body = feedText();
    const path = freshPath();
    // ~3 s of drip against a 0.8 s timeout.
    await script(path, [{ body, dripMs: 10, dripBytes: Math.ceil(body.length / 300) }]);
    const el = mount('attendance-breakdown', path);
    await until(() => !busy(el), 5000, 'the timeout');
    expect(errorText(el)).to.contain('no respondió en 0,8 segundos');
    const closed = Date.now() + 3000;
    while ((await stats(path)).inflight > 0 && Date.now() < closed) await sleep(50);
    expect((await stats(path)).inflight).to.equal(0);
  });

  it('aborts the request when the element leaves the page mid-load (headers or body pending)', async () => {
    const before = activeLoaderCount();
    const body = feedText();
    const slow = freshPath();
    const drip = freshPath();
    await script(slow, [{ body, delayMs: 3000 }]);
    await script(drip, [{ body, dripMs: 10, dripBytes: 100 }]);
    const a = mount('contract-platform-chart', slow);
    const b = mount('commitment-progress', drip);
    const end = Date.now() + 3000;
    while (((await stats(slow)).inflight < 1 || (await stats(drip)).inflight < 1) && Date.now() < end) await sleep(20);
    a.remove();
    b.remove();
    // The server sees the abort once the socket closes: wait for it (up to 3 s on a busy machine).
    const closed = Date.now() + 3000;
    while (((await stats(slow)).inflight > 0 || (await stats(drip)).inflight > 0) && Date.now() < closed) await sleep(50);
    expect((await stats(slow)).inflight).to.equal(0);
    expect((await stats(drip)).inflight).to.equal(0);
    expect(activeLoaderCount()).to.equal(before);
  });

  it('a reset connection: an error at first, a stale note over good data later', async () => {
    // Every attempt resets (a browser may retry a request once on a reused connection).
    const path = freshPath();
    await script(path, [{ reset: true }]);
    const el = mount('contract-platform-chart', path);
    await until(() => !busy(el), 5000, 'the first answer');
    expect(errorText(el)).to.contain('No se pudo conectar');
    await script(path, [{ body: feedText() }]);
    $(el, '.error button')!.click();
    await until(() => arcs(el).length === 3, 5000, 'the donut');
    await script(path, [{ reset: true }]);
    await feedLoader(path).refresh();
    await el.updateComplete;
    expect(staleNote(el)).to.not.equal(null);
    expect(arcs(el)).to.have.length(3);
  });

  it('shows a feed that changed between refreshes, and announces it', async () => {
    const path = freshPath();
    await script(path, [{ body: feedText(2) }, { body: feedText(3) }]);
    const el = mount('commitment-progress', path, 0.1);
    await until(() => summaryLine(el) === '2 de 12 compromisos cumplidos', 5000, 'the first version');
    await until(() => summaryLine(el) === '3 de 12 compromisos cumplidos', 5000, 'the second version');
    await el.updateComplete;
    expect(deepText($(el, '[aria-live="polite"][aria-atomic="true"]')!)).to.match(/^Datos actualizados/);
  });

  it('304 with an ETag: polls revalidate, the chart is neither redrawn nor announced', async () => {
    const path = freshPath();
    await script(path, [{ body: feedText(), etag: '"ibague-v1"' }]);
    const el = mount('contract-platform-chart', path, 0.1);
    await until(() => arcs(el).length === 3, 5000, 'the donut');
    const firstArc = arcs(el)[0];
    const d = firstArc!.getAttribute('d');
    const end = Date.now() + 5000;
    while ((await stats(path)).log.length < 4 && Date.now() < end) await sleep(20);
    const { log } = await stats(path);
    expect(log.length).to.be.at.least(4);
    expect(log.slice(1).every((r) => r.ifNoneMatch === '"ibague-v1"')).to.equal(true);
    await el.updateComplete;
    expect(arcs(el)[0]).to.equal(firstArc);
    expect(arcs(el)[0]!.getAttribute('d')).to.equal(d);
    expect(staleNote(el)).to.equal(null);
    expect(deepText($(el, '[aria-live="polite"][aria-atomic="true"]')!)).to.equal('');
  });

  it('server down then up: last good data with a stale note, backing off, then fresh again', async () => {
    Object.assign(loaderSettings, { maxBackoffFactor: 8 });
    const origin = (await server('origin')) as string;
    const path = `/down-${Date.now()}.json`;
    await script(path, [{ body: feedText() }]);
    const url = origin + path;
    const el = mount('contract-platform-chart', url, 0.1);
    await until(() => arcs(el).length === 3, 5000, 'the donut');
    // The schedule, read from the loader after each state (it notifies, then schedules).
    const loader = feedLoader(url);
    const delays: number[] = [];
    const unsubscribe = loader.subscribe(() => queueMicrotask(() => delays.push(loader.nextRefreshDelay)));
    try {
      await sleep(0);
      delays.length = 0;
      await server('down');
      await until(() => !!staleNote(el), 5000, 'the stale note');
      expect(arcs(el)).to.have.length(3);
      await until(() => delays.length >= 4, 8000, 'four failed polls');
      // 100 ms interval, doubled per failure up to the factor 8.
      expect(delays.slice(0, 4)).to.deep.equal([200, 400, 800, 800]);
      await server('up');
      await until(() => !staleNote(el), 5000, 'fresh data after the server is back');
      expect(arcs(el)).to.have.length(3);
      expect(delays.at(-1)).to.equal(100);
    } finally {
      unsubscribe();
    }
  });

  it('never has two requests in flight for one URL, whatever the elements and clicks do', async () => {
    const path = freshPath();
    const body = feedText();
    await script(path, [
      { body, delayMs: 150 },
      { status: 500, delayMs: 150 },
      { reset: true },
      { body, delayMs: 150 },
      { status: 503, delayMs: 150 },
      { body, delayMs: 150 },
    ]);
    const tags: Tag[] = ['contract-platform-chart', 'commitment-progress', 'attendance-breakdown'];
    const els = [...tags, ...tags].map((t, i) => mount(t, path, i % 2 ? 0.05 : 0.2));
    const end = Date.now() + 1500;
    while (Date.now() < end) {
      for (const el of els) for (const b of $$(el, '.stale button, .error button')) b.click();
      await sleep(15);
    }
    const st = await stats(path);
    expect(st.log.length, 'requests made').to.be.at.least(4);
    expect(st.maxInflight).to.equal(1);
  });

  it('makes no request while the page is hidden, and catches up when it is visible', async () => {
    const path = freshPath();
    await script(path, [{ body: feedText() }]);
    const els = [mount('contract-platform-chart', path, 0.1), mount('commitment-progress', path, 0.1)];
    for (const el of els) await until(() => drawn(el), 5000, 'the first load');
    hidden(true);
    await sleep(50);
    const before = (await stats(path)).log.length;
    await sleep(600);
    // At most the one request that may have been on its way when the page was hidden.
    expect((await stats(path)).log.length - before).to.be.at.most(1);
    const whileHidden = (await stats(path)).log.length;
    hidden(false);
    const caughtUp = Date.now() + 3000;
    while ((await stats(path)).log.length <= whileHidden && Date.now() < caughtUp) await sleep(20);
    expect((await stats(path)).log.length).to.be.greaterThan(whileHidden);
  });

  it('1,000 connect/disconnect cycles leave no timers, listeners, observers or requests behind', async function () {
    this.timeout(120_000);
    const path = freshPath('cycles');
    const body = feedText();
    await script(path, [{ body, delayMs: 5 }]);

    // Instrumentation: live timers and animation frames, listeners on document and window,
    // observers observing something. Installed only for this test, removed in `finally`.
    const live = new Set<unknown>();
    const listeners = new Map<string, number>();
    const watching = new Set<object>();
    const restore: (() => void)[] = [];
    const wrap = <T extends object, K extends keyof T>(target: T, key: K, make: (orig: T[K]) => T[K]) => {
      const orig = target[key];
      target[key] = make(orig);
      restore.push(() => (target[key] = orig));
    };
    type Fn = (...a: never[]) => unknown;
    wrap(window, 'setTimeout', (orig) => ((fn: Fn, ms?: number, ...rest: unknown[]) => {
      const id: number = orig(() => {
        live.delete(id);
        (fn as (...a: unknown[]) => void)(...rest);
      }, ms);
      live.add(id);
      return id;
    }) as typeof orig);
    wrap(window, 'clearTimeout', (orig) => ((id?: number) => (live.delete(id), orig(id))) as typeof orig);
    wrap(window, 'setInterval', (orig) => ((fn: Fn, ms?: number, ...rest: unknown[]) => {
      const id = orig(fn as TimerHandler, ms, ...rest);
      live.add(`i${id}`);
      return id;
    }) as typeof orig);
    wrap(window, 'clearInterval', (orig) => ((id?: number) => (live.delete(`i${id}`), orig(id))) as typeof orig);
    wrap(window, 'requestAnimationFrame', (orig) => ((fn: FrameRequestCallback) => {
      const id: number = orig((t) => {
        live.delete(`r${id}`);
        fn(t);
      });
      live.add(`r${id}`);
      return id;
    }) as typeof orig);
    wrap(window, 'cancelAnimationFrame', (orig) => ((id: number) => (live.delete(`r${id}`), orig(id))) as typeof orig);
    for (const [name, target] of [['document', document], ['window', window]] as const) {
      const key = (type: string, fn: unknown, opts?: boolean | EventListenerOptions) =>
        `${name}:${type}:${typeof opts === 'boolean' ? opts : !!opts?.capture}:${listenerId(fn)}`;
      wrap(target, 'addEventListener', (orig) => function (this: EventTarget, type: string, fn: EventListenerOrEventListenerObject | null, opts?: boolean | AddEventListenerOptions) {
        if (fn && !(typeof opts === 'object' && opts.once)) listeners.set(key(type, fn, opts), 1);
        return orig.call(this, type, fn as EventListenerOrEventListenerObject, opts);
      } as typeof orig);
      wrap(target, 'removeEventListener', (orig) => function (this: EventTarget, type: string, fn: EventListenerOrEventListenerObject | null, opts?: boolean | EventListenerOptions) {
        listeners.delete(key(type, fn, opts));
        return orig.call(this, type, fn as EventListenerOrEventListenerObject, opts);
      } as typeof orig);
    }
    for (const Obs of [IntersectionObserver, ResizeObserver, MutationObserver] as const) {
      const proto = Obs.prototype as { observe: (...a: unknown[]) => void; disconnect: () => void };
      wrap(proto, 'observe', (orig) => function (this: object, ...a: unknown[]) {
        watching.add(this);
        return orig.apply(this, a);
      });
      wrap(proto, 'disconnect', (orig) => function (this: object) {
        watching.delete(this);
        return orig.call(this);
      });
    }

    try {
      // The ledgers see a leak when there is one.
      const leakFn = () => {};
      const leakTimer = setTimeout(leakFn, 60_000);
      document.addEventListener('visibilitychange', leakFn);
      const leakObserver = new ResizeObserver(leakFn);
      leakObserver.observe(container);
      expect([live.size, listeners.size, watching.size]).to.deep.equal([1, 1, 1]);
      clearTimeout(leakTimer);
      document.removeEventListener('visibilitychange', leakFn);
      leakObserver.disconnect();
      expect([live.size, listeners.size, watching.size]).to.deep.equal([0, 0, 0]);

      const loadersBefore = activeLoaderCount();
      const tags: Tag[] = ['contract-platform-chart', 'commitment-progress', 'attendance-breakdown'];
      let loaded = 0;
      for (let i = 0; i < 1000; i++) {
        // Mostly eager (a fetch starts at once), some lazy (an IntersectionObserver first),
        // half with polling; most leave in the same task, some after a macrotask, some once drawn.
        const el = mount(tags[i % 3]!, path, i % 2 ? 5 : undefined, i % 5 !== 4);
        if (i % 100 === 0) {
          await until(() => drawn(el), 5000, 'a cycle to draw');
          loaded++;
        } else if (i % 7 === 0) await sleep(0);
        el.remove();
        if (i % 50 === 49) await sleep(0);
      }
      expect(loaded).to.equal(10);
      // Let aborts reach the server and the last microtasks and frames run (server commands are
      // not polled here: they use timers of their own, which would count as live).
      await sleep(600);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      expect([...live], 'live timers and frames').to.deep.equal([]);
      expect([...listeners.keys()], 'document and window listeners').to.deep.equal([]);
      expect(watching.size, 'observers still observing').to.equal(0);
      expect(activeLoaderCount(), 'feed loaders').to.equal(loadersBefore);
      const st = await stats(path);
      expect(st.inflight, 'requests open on the server').to.equal(0);
      expect(st.log.length, 'requests made').to.be.at.least(10).and.at.most(1000);
      // Aborted requests closed their connections: what stays open is the browser's keep-alive pool.
      const t = await totals();
      expect(t.inflight, 'requests open on any route').to.equal(0);
      // Nothing comes later either: no timer was left to poll.
      const made = st.log.length;
      await sleep(500);
      expect((await stats(path)).log.length).to.equal(made);
    } finally {
      restore.reverse().forEach((r) => r());
    }
  });
});

const ids = new WeakMap<object, number>();
let nextId = 0;
/** A stable id per listener function or object, for the listener ledger. */
function listenerId(fn: unknown): number {
  if (typeof fn !== 'object' && typeof fn !== 'function') return -1;
  let id = ids.get(fn as object);
  if (id === undefined) ids.set(fn as object, (id = nextId++));
  return id;
}
