// The shared loader against a real local HTTP server (test/support/feed-server.js), scripted
// per test: statuses, ETags, hangs, resets, delays. Same-origin paths live under /__feed/.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { activeLoaderCount, feedLoader, loaderSettings, type FeedState } from '../../src/feed/store.js';

interface Reply {
  status?: number;
  body?: string;
  etag?: string;
  lastModified?: string;
  delayMs?: number;
  hang?: boolean;
  reset?: boolean;
  headers?: Record<string, string>;
}
interface Stats {
  log: { time: number; ifNoneMatch: string | null; ifModifiedSince: string | null }[];
  inflight: number;
  maxInflight: number;
}

let counter = 0;
/** A fresh same-origin path per test, so loaders and logs never mix between tests. */
const freshPath = () => `/__feed/t${Date.now()}-${counter++}.json`;
const script = (path: string, replies: Reply[]) => executeServerCommand('feed-server', { action: 'script', path, replies });
const stats = (path: string) => executeServerCommand('feed-server', { action: 'stats', path }) as Promise<Stats>;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Polls an async condition every 10 ms, up to 5 s. */
async function waitFor(test: () => Promise<boolean> | boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await sleep(10);
  }
}

const feedText = (title = 'Informe de prueba') =>
  JSON.stringify({
    version: 1,
    report: { entity: 'Alcaldía de Prueba', title, period: { start: '2020-01-01', end: '2020-12-31' }, language: 'es-CO' },
    commitments: [{ number: 1, text: 'Compromiso', offices: ['Oficina'] }],
  });

/** Subscribes and collects every state; `until` waits for a state matching a predicate. */
function watch(url: string, refresh = 0) {
  const states: FeedState[] = [];
  const waiters: { test: (s: FeedState) => boolean; done: (s: FeedState) => void }[] = [];
  const unsubscribe = feedLoader(url).subscribe(
    (s) => {
      states.push(s);
      for (const w of [...waiters]) if (w.test(s)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.done(s);
      }
    },
    { refresh },
  );
  const until = (test: (s: FeedState) => boolean, ms = 5000) =>
    new Promise<FeedState>((done, fail) => {
      const hit = states.find(test);
      if (hit) return done(hit);
      const t = setTimeout(() => fail(new Error(`no matching state within ${ms} ms; last: ${JSON.stringify(states.at(-1))}`)), ms);
      waiters.push({ test, done: (s) => (clearTimeout(t), done(s)) });
    });
  return { states, unsubscribe, until };
}

const saved = { ...loaderSettings };
const hidden = (value: boolean) => {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => value });
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (value ? 'hidden' : 'visible') });
  document.dispatchEvent(new Event('visibilitychange'));
};

describe('feed loader', () => {
  const subscriptions: (() => void)[] = [];
  const open = (url: string, refresh = 0) => {
    const w = watch(url, refresh);
    subscriptions.push(w.unsubscribe);
    return w;
  };

  beforeEach(() => {
    Object.assign(loaderSettings, { minRefreshSeconds: 0.05, timeoutMs: 2000 });
  });
  afterEach(async () => {
    subscriptions.splice(0).forEach((u) => u());
    Object.assign(loaderSettings, saved);
    // Back to the real visibility getters.
    delete (document as { hidden?: boolean }).hidden;
    delete (document as { visibilityState?: string }).visibilityState;
    await sleep(0);
  });

  it('loads, validates and keeps a feed (200)', async () => {
    const path = freshPath();
    await script(path, [{ body: feedText() }]);
    const w = open(path);
    expect(w.states[0]!.status).to.equal('loading');
    const s = await w.until((s) => s.status !== 'loading');
    expect(s.status).to.equal('ready');
    expect(s.feed!.report.title).to.equal('Informe de prueba');
    expect(s.fetchedAt).to.be.instanceOf(Date);
    expect(s.stale).to.equal(false);
  });

  it('makes one request for ten subscribers of one URL', async () => {
    const path = freshPath();
    await script(path, [{ body: feedText(), delayMs: 100 }]);
    const all = Array.from({ length: 10 }, () => open(path));
    const states = await Promise.all(all.map((w) => w.until((s) => s.status === 'ready')));
    expect(states.every((s) => s.feed === states[0]!.feed)).to.equal(true);
    expect((await stats(path)).log).to.have.length(1);
  });

  it('sends If-None-Match and keeps the data on 304', async () => {
    const path = freshPath();
    await script(path, [{ body: feedText(), etag: '"v1"' }]);
    const w = open(path);
    const first = await w.until((s) => s.status === 'ready');
    await sleep(2);
    await feedLoader(path).refresh();
    const { log } = await stats(path);
    expect(log).to.have.length(2);
    expect(log[1]!.ifNoneMatch).to.equal('"v1"');
    const after = w.states.at(-1)!;
    expect(after.feed).to.equal(first.feed);
    expect(after.revision).to.equal(first.revision);
    expect(after.fetchedAt!.getTime()).to.be.greaterThan(first.fetchedAt!.getTime());
  });

  it('sends If-Modified-Since when the server gives Last-Modified', async () => {
    const path = freshPath();
    const lastModified = 'Tue, 29 Dec 2020 12:00:00 GMT';
    await script(path, [{ body: feedText(), lastModified }]);
    const w = open(path);
    await w.until((s) => s.status === 'ready');
    await feedLoader(path).refresh();
    const { log } = await stats(path);
    expect(log[1]!.ifModifiedSince).to.equal(lastModified);
    expect(w.states.at(-1)!.status).to.equal('ready');
  });

  for (const status of [404, 500]) {
    it(`reports HTTP ${status} on a first failure`, async () => {
      const path = freshPath();
      await script(path, [{ status, body: 'nope' }]);
      const s = await open(path).until((s) => s.status !== 'loading');
      expect(s.status).to.equal('error');
      expect(s.failure).to.deep.equal({ kind: 'http', status });
      expect(s.feed).to.equal(undefined);
    });
  }

  it('times out a request that never answers', async () => {
    loaderSettings.timeoutMs = 300;
    const path = freshPath();
    await script(path, [{ hang: true }]);
    const s = await open(path).until((s) => s.status !== 'loading');
    expect(s.failure).to.deep.equal({ kind: 'timeout', ms: 300 });
  });

  it('reports a reset connection as a network failure', async () => {
    const path = freshPath();
    await script(path, [{ reset: true }]);
    const s = await open(path).until((s) => s.status !== 'loading');
    expect(s.failure).to.deep.equal({ kind: 'network' });
  });

  it('reports invalid JSON with line and column', async () => {
    const path = freshPath();
    await script(path, [{ body: '{\n  "version": 1,\n  "report": }' }]);
    const s = await open(path).until((s) => s.status !== 'loading');
    expect(s.failure).to.include({ kind: 'json', line: 3, column: 13 });
  });

  it('reports schema errors with their paths', async () => {
    const path = freshPath();
    const bad = JSON.parse(feedText());
    bad.commitments[0].offices = [];
    bad.report.period.end = '2020-02-30';
    await script(path, [{ body: JSON.stringify(bad) }]);
    const s = await open(path).until((s) => s.status !== 'loading');
    expect(s.failure!.kind).to.equal('schema');
    const paths = (s.failure as unknown as { errors: { path: (string | number)[] }[] }).errors.map((e) => e.path.join('.'));
    expect(paths).to.include.members(['report.period.end', 'commitments.0.offices']);
  });

  it('keeps the last good data after a failed refresh, and says so', async () => {
    const path = freshPath();
    await script(path, [{ body: feedText() }, { status: 500 }]);
    const w = open(path);
    const good = await w.until((s) => s.status === 'ready');
    await feedLoader(path).refresh();
    const after = w.states.at(-1)!;
    expect(after.status).to.equal('ready');
    expect(after.stale).to.equal(true);
    expect(after.failure).to.deep.equal({ kind: 'http', status: 500 });
    expect(after.feed).to.equal(good.feed);
    expect(after.fetchedAt).to.equal(good.fetchedAt);
  });

  it('picks up a feed that changed between refreshes', async () => {
    const path = freshPath();
    await script(path, [{ body: feedText('Primera') }, { body: feedText('Segunda') }]);
    const w = open(path, 0.1);
    await w.until((s) => s.feed?.report.title === 'Primera');
    const s = await w.until((s) => s.feed?.report.title === 'Segunda');
    expect(s.revision).to.be.greaterThan(w.states.find((x) => x.feed?.report.title === 'Primera')!.revision);
  });

  it('never has two requests in flight for one URL', async () => {
    const path = freshPath();
    await script(path, [{ body: feedText(), delayMs: 300 }]);
    open(path);
    const loader = feedLoader(path);
    await Promise.all([loader.refresh(), loader.refresh(), loader.refresh(), loader.refresh()]);
    const st = await stats(path);
    expect(st.maxInflight).to.equal(1);
    expect(st.log).to.have.length(1);
  });

  it('polls on the refresh interval and backs off after failures', async () => {
    // The schedule is read from the loader, not from wall-clock gaps, so a busy machine cannot
    // make this test flaky; the server log shows the polls really happen.
    const path = freshPath();
    await script(path, [{ body: feedText() }, { status: 500 }, { status: 500 }, { status: 500 }, { body: feedText() }]);
    const loader = feedLoader(path);
    const delays: number[] = [];
    // The loader notifies, then schedules, in one task: a microtask reads the new schedule.
    subscriptions.push(loader.subscribe(() => queueMicrotask(() => delays.push(loader.nextRefreshDelay)), { refresh: 0.1 }));
    await waitFor(() => delays.length >= 6);
    delays.shift(); // the call made on subscribing, before any request
    delays.length = 5;
    // After a success: the interval (100 ms); after 1, 2, 3 failures: doubled each time; then back.
    expect(delays).to.deep.equal([100, 200, 400, 800, 100]);
  });

  it('pauses polling while the page is hidden and catches up when visible', async () => {
    const path = freshPath();
    await script(path, [{ body: feedText() }]);
    const w = open(path, 0.1);
    await w.until((s) => s.status === 'ready');
    hidden(true);
    const before = (await stats(path)).log.length;
    await sleep(500);
    const whileHidden = (await stats(path)).log.length;
    // At most the one request that may have been in flight when the page was hidden.
    expect(whileHidden - before).to.be.at.most(1);
    const startVisible = Date.now();
    hidden(false);
    await sleep(60);
    const log = (await stats(path)).log;
    expect(log.length).to.be.greaterThan(whileHidden);
    expect(log.at(-1)!.time).to.be.at.least(startVisible - 5);
  });

  it('aborts the request and stops timers when the last subscriber leaves', async () => {
    const path = freshPath();
    await script(path, [{ body: feedText(), delayMs: 3000 }]);
    const loadersBefore = activeLoaderCount();
    const w = watch(path, 0.1);
    await sleep(100);
    expect((await stats(path)).inflight).to.equal(1);
    w.unsubscribe();
    await sleep(200);
    expect((await stats(path)).inflight).to.equal(0);
    expect(activeLoaderCount()).to.equal(loadersBefore);
    // No timer left to poll again.
    await sleep(400);
    expect((await stats(path)).log).to.have.length(1);
    expect(w.states.every((s) => s.status === 'loading')).to.equal(true);
  });

  it('keeps loading when a subscriber leaves and rejoins in the same task (a moved element)', async () => {
    const path = freshPath();
    await script(path, [{ body: feedText(), delayMs: 200 }]);
    const a = watch(path);
    a.unsubscribe();
    const b = open(path);
    await b.until((s) => s.status === 'ready');
    expect((await stats(path)).log).to.have.length(1);
  });

  it('reads a feed from another origin (CORS)', async () => {
    const origin = (await executeServerCommand('feed-server', { action: 'origin' })) as string;
    const path = `/cross-${Date.now()}.json`;
    await script(path, [{ body: feedText('Otro origen') }]);
    const s = await open(origin + path).until((s) => s.status !== 'loading');
    expect(s.feed?.report.title).to.equal('Otro origen');
  });

  it('does not fetch again when a subscriber leaves and rejoins after the data arrived', async () => {
    const path = freshPath();
    await script(path, [{ body: feedText() }]);
    const a = watch(path);
    await a.until((s) => s.status === 'ready');
    a.unsubscribe();
    const b = open(path);
    expect(b.states[0]!.status).to.equal('ready');
    await sleep(100);
    expect((await stats(path)).log).to.have.length(1);
  });

  it('refuses URLs that are not http(s)', () => {
    expect(() => feedLoader('javascript:alert(1)')).to.throw(TypeError);
    expect(() => feedLoader('data:application/json,{}')).to.throw(TypeError);
  });
});
