// Malformed input, served through the scripted feed server (test/support/feed-server.js): an
// input about the whole feed to one element (each element in turn; the error state is the
// frame's, the same for all), an input aimed at an indicator to the element of its kind, and
// each also to one element in English. Each gives a clear localized error naming the JSON path where
// there is one (or, for data that is valid but odd, the data with a warning from the
// validator), never an uncaught exception, a blank box or a frozen page (no main-thread task
// over 1 s: long-task entries where the browser has them, an event-loop heartbeat everywhere).
import { expect } from '@open-wc/testing';
import { jsonPath as jsonPathOf } from '../../src/feed/issues.js';
import type { Feed } from '../../src/feed/types.js';
import { validateFeed, validateFeedText } from '../../src/feed/validate.js';
import { deepText, ibagueFeed } from '../support/element.js';
import { SPECS, loadAll, type Attrs } from './elements.js';
import { installHooks, isOurs, renderAll, serve, shown, type Reply, type Source } from './harness.js';

interface Case {
  readonly name: string;
  /** The response (body, or feed object sent as JSON), or the `data` property. */
  readonly reply?: Reply;
  readonly data?: unknown;
  /** `error`: every element shows an error; `chart`: data shows. */
  readonly expect: 'error' | 'chart';
  /** A JSON path the error (or the validator's warning) must name. */
  readonly path?: string;
  /** The elements that must draw it, every instance (default: see elementsFor). */
  readonly tags?: readonly string[];
}

let base: Feed;
let text: string;
const tried: string[] = [];

/** The longest main-thread block while `run` goes on: long tasks if supported, else a heartbeat. */
async function blocking<T>(run: () => Promise<T>): Promise<{ result: T; longest: number; wall: number; how: string }> {
  const longTasks = PerformanceObserver.supportedEntryTypes?.includes('longtask');
  let longest = 0;
  const observer = longTasks ? new PerformanceObserver((l) => l.getEntries().forEach((e) => (longest = Math.max(longest, e.duration)))) : undefined;
  observer?.observe({ type: 'longtask' });
  let last = performance.now();
  let gap = 0;
  let beating = true;
  const beat = () => {
    const now = performance.now();
    gap = Math.max(gap, now - last);
    last = now;
    if (beating) setTimeout(beat, 0);
  };
  setTimeout(beat, 0);
  const start = performance.now();
  const result = await run();
  const wall = performance.now() - start;
  beating = false;
  await new Promise((r) => setTimeout(r, 20));
  if (observer) {
    observer.takeRecords().forEach((e) => (longest = Math.max(longest, e.duration)));
    observer.disconnect();
  }
  return { result, longest: observer ? longest : gap, wall, how: observer ? 'longtask' : 'heartbeat' };
}

const edit = (f: (feed: Feed & Record<string, unknown>) => void): Reply => {
  const feed = structuredClone(base) as Feed & Record<string, unknown>;
  f(feed);
  return { body: JSON.stringify(feed) };
};
const ind = (feed: Feed, kind: string) => feed.indicators!.find((i) => i.kind === kind) as unknown as Record<string, unknown>;
const indIndex = (kind: string) => base.indicators!.findIndex((i) => i.kind === kind);
const textBody = (s: string): Reply => ({ body: s });

function cases(): Case[] {
  const att = indIndex('attendance');
  const con = indIndex('contract-platforms');
  const ev = indIndex('events');
  const fig = indIndex('figure');
  const half = Math.floor(text.length / 2);
  const html = '<!DOCTYPE html>\n<html><head><title>500 Internal Server Error</title></head><body><h1>Error</h1></body></html>';
  const big = 'x'.repeat(1 << 20);
  const rows = (n: number) => {
    const feed = structuredClone(base);
    (feed.indicators as unknown as object[])[con] = { ...feed.indicators![con], platforms: undefined, declaredTotal: undefined, rows: [] };
    const head = JSON.stringify(feed);
    return head.replace('"rows":[]', `"rows":[${'{"platform":"SECOP II"},'.repeat(n - 1)}{"platform":"Tienda Virtual"}]`);
  };
  return [
    // Not JSON at all.
    { name: 'trailing comma', reply: textBody('{"version":1,}'), expect: 'error' },
    { name: 'single quotes', reply: textBody("{'version':1}"), expect: 'error' },
    { name: 'comment', reply: textBody('// feed\n{"version":1}'), expect: 'error' },
    { name: 'NaN literal', reply: textBody('{"version":NaN}'), expect: 'error' },
    { name: 'Infinity literal', reply: textBody('{"version":1,"x":Infinity}'), expect: 'error' },
    { name: 'unquoted key', reply: textBody('{version:1}'), expect: 'error' },
    { name: 'two values', reply: textBody('{"version":1}{"version":1}'), expect: 'error' },
    { name: 'undefined', reply: textBody('undefined'), expect: 'error' },
    { name: 'raw control character in a string', reply: textBody('{"version":1,"x":"a\u0001b"}'), expect: 'error' },
    { name: 'bad escape', reply: textBody('{"version":1,"x":"\\u12"}'), expect: 'error' },
    { name: 'unclosed array', reply: textBody('[1,2'), expect: 'error' },
    { name: '100,000-deep nesting', reply: textBody('['.repeat(100_000) + ']'.repeat(100_000)), expect: 'error' },
    { name: 'truncated after one byte', reply: textBody(text.slice(0, 1)), expect: 'error' },
    { name: 'truncated at a quarter', reply: textBody(text.slice(0, text.length >> 2)), expect: 'error' },
    { name: 'truncated at half', reply: textBody(text.slice(0, half)), expect: 'error' },
    { name: 'truncated by one byte', reply: textBody(text.slice(0, -1)), expect: 'error' },
    { name: 'byte-order mark (accepted)', reply: textBody('\ufeff' + text), expect: 'chart' },
    { name: 'two byte-order marks (the browser drops one, the parser the other)', reply: textBody('\ufeff\ufeff' + text), expect: 'chart' },
    { name: 'three byte-order marks', reply: textBody('\ufeff\ufeff\ufeff' + text), expect: 'error' },
    { name: 'empty body', reply: textBody(''), expect: 'error' },
    { name: 'blank body', reply: textBody(' \n\t '), expect: 'error' },
    { name: '204 No Content', reply: { status: 204 }, expect: 'error' },
    { name: 'HTML error page served as JSON', reply: textBody(html), expect: 'error' },
    { name: 'HTML error page with status 500', reply: { status: 500, body: html, headers: { 'content-type': 'text/html' } }, expect: 'error' },
    { name: 'HTML page with text/html', reply: { body: html, headers: { 'content-type': 'text/html' } }, expect: 'error' },
    { name: 'XML with application/xml', reply: { body: '<?xml version="1.0"?><feed/>', headers: { 'content-type': 'application/xml' } }, expect: 'error' },
    { name: 'valid feed as text/plain (accepted)', reply: { body: text, headers: { 'content-type': 'text/plain' } }, expect: 'chart' },
    { name: 'valid feed as application/octet-stream (accepted)', reply: { body: text, headers: { 'content-type': 'application/octet-stream' } }, expect: 'chart' },
    // Not a feed of this version.
    ...[2, '1', 0, 1.5, null, -1, 1e308, true].map((v): Case => ({ name: `version ${JSON.stringify(v)}`, reply: edit((f) => ((f as Record<string, unknown>).version = v)), expect: 'error' })),
    { name: 'version missing', reply: edit((f) => delete (f as Partial<Feed>).version), expect: 'error', path: '$.version' },
    ...['{}', '[]', 'null', '"feed"', '42', 'true'].map((b): Case => ({ name: `top-level ${b}`, reply: textBody(b), expect: 'error' })),
    // Missing, extra, misspelt and mistyped fields.
    { name: 'report missing', reply: edit((f) => delete (f as Partial<Feed>).report), expect: 'error', path: '$.report' },
    { name: 'commitments missing', reply: edit((f) => delete (f as Partial<Feed>).commitments), expect: 'error', path: '$.commitments' },
    { name: 'report.title missing', reply: edit((f) => delete (f.report as Partial<Feed['report']>).title), expect: 'error', path: '$.report.title' },
    { name: 'report.period missing', reply: edit((f) => delete (f.report as Partial<Feed['report']>).period), expect: 'error', path: '$.report.period' },
    { name: 'commitment offices missing', reply: edit((f) => delete (f.commitments[0] as Partial<Feed['commitments'][0]>).offices), expect: 'error', path: '$.commitments[0].offices' },
    { name: 'indicator kind missing', reply: edit((f) => delete ind(f, 'attendance').kind), expect: 'error', path: `$.indicators[${att}].kind` },
    { name: 'extra top-level field', reply: edit((f) => (f.extra = 1)), expect: 'error', path: '$.extra' },
    { name: 'misspelt field', reply: edit((f) => ((f.comitments = f.commitments), delete (f as Partial<Feed>).commitments)), expect: 'error', path: '$.comitments' },
    { name: 'extra field in a commitment', reply: edit((f) => ((f.commitments[3] as unknown as Record<string, unknown>).extra = 'x')), expect: 'error', path: '$.commitments[3].extra' },
    { name: 'extra field in an indicator', reply: edit((f) => (ind(f, 'attendance').colour = 'red')), expect: 'error', path: `$.indicators[${att}].colour` },
    { name: 'commitments as an object', reply: edit((f) => ((f as Record<string, unknown>).commitments = { a: 1 })), expect: 'error', path: '$.commitments' },
    { name: 'report as an array', reply: edit((f) => ((f as Record<string, unknown>).report = [])), expect: 'error', path: '$.report' },
    { name: 'offices as a string', reply: edit((f) => ((f.commitments[0] as unknown as Record<string, unknown>).offices = 'Despacho')), expect: 'error', path: '$.commitments[0].offices' },
    { name: 'progress as "50%"', reply: edit((f) => ((f.commitments[0] as unknown as Record<string, unknown>).progress = '50%')), expect: 'error', path: '$.commitments[0].progress' },
    { name: 'count as a string', reply: edit((f) => ((ind(f, 'contract-platforms').platforms as Record<string, unknown>[])[0]!.count = '2255')), expect: 'error', path: `$.indicators[${con}].platforms[0].count` },
    { name: 'declaredTotal true', reply: edit((f) => (ind(f, 'contract-platforms').declaredTotal = true)), expect: 'error', path: `$.indicators[${con}].declaredTotal` },
    { name: 'date as a number', reply: edit((f) => (f.report.period.start = 20200101 as unknown as string)), expect: 'error', path: '$.report.period.start' },
    { name: 'events as an object', reply: edit((f) => (ind(f, 'events').events = {})), expect: 'error', path: `$.indicators[${ev}].events` },
    // Numbers.
    { name: 'negative count', reply: edit((f) => ((ind(f, 'contract-platforms').platforms as Record<string, unknown>[])[0]!.count = -5)), expect: 'error', path: `$.indicators[${con}].platforms[0].count` },
    { name: 'negative progress', reply: edit((f) => (f.commitments[0]!.progress = -1)), expect: 'error', path: '$.commitments[0].progress' },
    { name: 'count 1e308', reply: edit((f) => ((ind(f, 'contract-platforms').platforms as Record<string, unknown>[])[0]!.count = 1e308)), expect: 'error', path: `$.indicators[${con}].platforms[0].count` },
    { name: 'count 2^53', reply: edit((f) => ((ind(f, 'contract-platforms').platforms as Record<string, unknown>[])[0]!.count = 2 ** 53)), expect: 'error', path: `$.indicators[${con}].platforms[0].count` },
    { name: 'fractional count', reply: edit((f) => ((ind(f, 'contract-platforms').platforms as Record<string, unknown>[])[0]!.count = 2.5)), expect: 'error', path: `$.indicators[${con}].platforms[0].count` },
    { name: 'progress 1e308', reply: edit((f) => (f.commitments[0]!.progress = 1e308)), expect: 'error', path: '$.commitments[0].progress' },
    { name: 'figure value 1e308', reply: edit((f) => (ind(f, 'figure').value = 1e308)), expect: 'error', path: `$.indicators[${fig}].value` },
    { name: 'figure value -1e308', reply: edit((f) => (ind(f, 'figure').value = -1e308)), expect: 'error', path: `$.indicators[${fig}].value` },
    { name: 'count 1e308 in attendance', reply: edit((f) => ((ind(f, 'attendance').groups as { counts: Record<string, number> }[])[0]!.counts.men = 1e308)), expect: 'error', path: `$.indicators[${att}].groups[0].counts.men` },
    { name: 'tiny progress 1e-320 (valid)', reply: edit((f) => (f.commitments[0]!.progress = 1e-320)), expect: 'chart' },
    { name: 'NaN progress (data property)', data: 'NaN', expect: 'error', path: '$.commitments[0].progress' },
    { name: 'Infinity progress (data property)', data: 'Infinity', expect: 'error', path: '$.commitments[0].progress' },
    { name: '-Infinity progress (data property)', data: '-Infinity', expect: 'error', path: '$.commitments[0].progress' },
    { name: 'a cycle in the data property', data: 'cycle', expect: 'error', path: '$.extra' },
    { name: 'an object with no prototype as a status (data property)', data: 'null-proto', expect: 'error', path: '$.commitments[0].status' },
    // Shares.
    { name: 'share 150', reply: edit((f) => ((ind(f, 'contract-platforms').platforms as Record<string, unknown>[])[0]!.share = 150)), expect: 'error', path: `$.indicators[${con}].platforms[0].share` },
    { name: 'share 100.0001', reply: edit((f) => ((ind(f, 'contract-platforms').platforms as Record<string, unknown>[])[1]!.share = 100.0001)), expect: 'error', path: `$.indicators[${con}].platforms[1].share` },
    { name: 'shares summing to 200 (warning)', reply: edit((f) => (ind(f, 'contract-platforms').platforms as Record<string, unknown>[]).forEach((p) => (p.share = 66.67))), expect: 'chart', path: `$.indicators[${con}].platforms[0].share` },
    // Dates.
    ...['2020-02-30', '2019-02-29', '2020-13-01', '2020-00-10', '2020-1-1', '2020-12-29T00:00:00Z', '29/12/2020', '+002020-12-29'].map(
      (d): Case => ({ name: `impossible date ${d}`, reply: edit((f) => (f.report.period.end = d)), expect: 'error', path: '$.report.period.end' }),
    ),
    { name: 'event before the period (warning)', reply: edit((f) => ((ind(f, 'events').events as { date: string }[])[0]!.date = '2019-06-01')), expect: 'chart', path: `$.indicators[${ev}].events[0].date` },
    { name: 'event after the period (warning)', reply: edit((f) => ((ind(f, 'events').events as { date: string }[])[0]!.date = '2031-01-01')), expect: 'chart', path: `$.indicators[${ev}].events[0].date` },
    { name: 'period reversed (warning)', reply: edit((f) => (f.report.period = { start: '2020-12-31', end: '2020-01-01' })), expect: 'chart', path: '$.report.period', tags: ['event-timeline'] },
    { name: 'period of ten thousand years', reply: edit((f) => (f.report.period = { start: '0001-01-01', end: '9999-12-31' })), expect: 'chart', tags: ['event-timeline'] },
    // Duplicates.
    { name: 'duplicate indicator ids (warning)', reply: edit((f) => (ind(f, 'figure').id = 'attendance')), expect: 'chart', path: `$.indicators[${Math.max(fig, att)}].id` },
    { name: 'duplicate commitment numbers (warning)', reply: edit((f) => (f.commitments[1]!.number = 1)), expect: 'chart', path: '$.commitments[1].number' },
    { name: 'duplicate category ids (warning)', reply: edit((f) => ((ind(f, 'attendance').categories as { id: string }[])[1]!.id = 'men')), expect: 'chart', path: `$.indicators[${att}].categories[1].id` },
    { name: 'duplicate group ids (warning)', reply: edit((f) => ((ind(f, 'attendance').groups as { id: string }[])[1]!.id = 'urban')), expect: 'chart', path: `$.indicators[${att}].groups[1].id` },
    { name: 'duplicate platform names (warning)', reply: edit((f) => ((ind(f, 'contract-platforms').platforms as { name: string }[])[1]!.name = 'SECOP II')), expect: 'chart', path: `$.indicators[${con}].platforms[1].name` },
    // Size.
    {
      name: '10,000 commitments',
      reply: edit((f) => (f.commitments = Array.from({ length: 10_000 }, (_, i) => ({ number: i + 1, text: `Compromiso número ${i + 1}`, offices: [`Oficina ${i % 40}`], progress: i % 101 })))),
      expect: 'chart',
      tags: ['commitment-progress', 'transparency-report'],
    },
    { name: '1,000,000 contract rows', reply: textBody(rows(1_000_000)), expect: 'chart', tags: ['contract-platform-chart'] },
    { name: '1 MB commitment text', reply: edit((f) => (f.commitments[0]!.text = big)), expect: 'error', path: '$.commitments[0].text' },
    { name: '1 MB report title', reply: edit((f) => (f.report.title = big)), expect: 'error', path: '$.report.title' },
    { name: '1 MB platform name in a row', reply: edit((f) => (ind(f, 'contract-platforms').rows = [{ platform: big }])), expect: 'error', path: `$.indicators[${con}].rows[0].platform` },
    { name: '1 MB $schema', reply: edit((f) => (f.$schema = big)), expect: 'error', path: '$.$schema' },
    { name: '1 MB key', reply: edit((f) => (f.report = { ...f.report, [big]: 1 } as Feed['report'])), expect: 'error', path: `$.report["${'x'.repeat(79)}…"]` },
  ];
}

/** The `data`-only cases: values JSON cannot carry. */
function dataFor(kind: string): unknown {
  const feed = structuredClone(base) as Feed & Record<string, unknown>;
  if (kind === 'cycle') feed.extra = feed;
  else if (kind === 'null-proto') (feed.commitments[0] as unknown as Record<string, unknown>).status = Object.create(null);
  else feed.commitments[0]!.progress = Number(kind);
  return feed;
}

/** The instances of SPECS that draw the indicator at `index`, or a commitment list. */
function drawing(tag: string, index?: number): { tag: string; attrs: Attrs } {
  const spec = SPECS.find((e) => e.tag === tag)!;
  const id = index === undefined ? undefined : base.indicators![index]!.id;
  const attrs = spec.instances(base).find((a) => id === undefined || a.indicator === id) ?? {};
  return { tag, attrs };
}

/** Elements that draw a case: those named, else the element of the indicator (or commitment list) its path is in, else one element in turn. */
function elementsFor(c: Case, n: number): { tag: string; attrs: Attrs }[] {
  if (c.tags) return c.tags.flatMap((t) => SPECS.find((e) => e.tag === t)!.instances(base).map((attrs) => ({ tag: t, attrs })));
  const m = /^\$\.indicators\[(\d+)\]/.exec(c.path ?? '');
  if (m) {
    const i = Number(m[1]);
    return [drawing(SPECS.find((e) => e.instances(base).some((a) => a.indicator === base.indicators![i]!.id))!.tag, i)];
  }
  if (c.path?.startsWith('$.commitments')) return [drawing('commitment-progress')];
  return [drawing(SPECS[n % SPECS.length]!.tag)];
}

async function runCase(c: Case, n: number): Promise<void> {
  // The error (or data) is the same for every element when the input concerns the whole feed;
  // an input aimed at one kind of indicator is drawn by that kind's element.
  const instances = elementsFor(c, n);
  // The first of them in English too: the message is localized, not a fixed string.
  const en = instances[0]!;
  tried.push(c.name);
  const hooks = installHooks(isOurs);
  const before = new Set(document.body.children);
  try {
    const source: Source = c.data !== undefined ? { data: dataFor(c.data as string) } : { src: await serve(c.reply!, 'bad') };
    const { result: r, longest, wall, how } = await blocking(async () => {
      const es = await renderAll(source, instances, { timeout: 20_000 });
      const english = await renderAll(source, [en], { lang: 'en', timeout: 20_000 });
      return { es, english };
    });
    const ctx = `${c.name} (${how} ${Math.round(longest)} ms, wall ${Math.round(wall)} ms)`;
    expect(longest, `${ctx}: the page froze`).to.be.below(1000);
    expect(hooks.uncaught, ctx).to.deep.equal([]);
    expect(hooks.console.filter((m) => !m.includes('Failed to load resource')), ctx).to.deep.equal([]);
    for (const [i, w] of r.es.widgets.entries()) {
      const state = shown(w);
      expect(state, `${ctx}: ${r.es.names[i]}`).to.not.equal('blank');
      if (c.expect === 'error') {
        expect(state, `${ctx}: ${r.es.names[i]}: ${deepText(w).slice(0, 200)}`).to.equal('error');
        if (c.path) expect(deepText(w), `${ctx}: ${r.es.names[i]} names the path`).to.contain(c.path);
      } else expect(state, `${ctx}: ${r.es.names[i]}: ${deepText(w).slice(0, 200)}`).to.equal('chart');
    }
    if (c.expect === 'error') {
      const esText = deepText(r.es.widgets[0]!.shadowRoot!.querySelector('[part~="status"]')!);
      const enText = deepText(r.english.widgets[0]!.shadowRoot!.querySelector('[part~="status"]')!);
      expect(enText, `${ctx}: English differs from Spanish`).to.not.equal(esText);
      expect(esText.length, ctx).to.be.greaterThan(15);
    } else if (c.path && c.reply?.body) {
      // Valid but odd: the validator (the publisher's tool) warns, naming the path.
      const v = validateFeedText(c.reply.body);
      expect(v.ok, ctx).to.equal(true);
      if (v.ok) expect(v.warnings.map((w) => jsonPathOf(w.path)), ctx).to.include(c.path);
    }
  } finally {
    hooks.restore();
    // A failed case must not leave its widgets to slow the next ones down.
    for (const child of [...document.body.children]) if (!before.has(child)) child.remove();
  }
}

before(async () => {
  await loadAll();
  base = await ibagueFeed();
  text = JSON.stringify(base);
});

const HEAVY = ['10,000 commitments', '1,000,000 contract rows'];
/** How many cases the chunked tests run at most (the first test checks that all fit). */
const LIGHT_MAX = 108;

describe('malformed input: served by the feed server', () => {
  // Built once: the largest inputs take a while to make.
  let memo: Case[] | undefined;
  const all = () => (memo ??= cases());
  after(() => {
    console.info(`security/malformed: ${tried.length} malformed inputs tried`);
  });

  it('covers the malformed families', () => {
    expect(all().length).to.be.at.least(80);
    // Every case falls in one of the chunked tests below.
    expect(all().length - HEAVY.length).to.be.at.most(LIGHT_MAX);
  });

  // Grouped a dozen per test, to stay within the runner's per-test timeout; the two largest
  // inputs have a test each.
  const CHUNK = 12;
  for (let start = 0; start < LIGHT_MAX; start += CHUNK) {
    it(`cases ${start + 1}–${start + CHUNK}: a clear localized error (or data and a warning), no exception, no blank box, no task over 1 s`, async function () {
      this.timeout(120_000);
      for (const c of all().filter((x) => !HEAVY.includes(x.name)).slice(start, start + CHUNK)) await runCase(c, all().indexOf(c));
    });
  }
  for (const name of HEAVY) {
    it(`${name}: data, no exception, no task over 1 s`, async function () {
      this.timeout(120_000);
      const c = all().find((x) => x.name === name)!;
      await runCase(c, all().indexOf(c));
    });
  }

  it('the data property: NaN, Infinity and cycles are refused by the validator too', () => {
    for (const kind of ['NaN', 'Infinity', '-Infinity', 'cycle', 'null-proto']) {
      const v = validateFeed(dataFor(kind));
      expect(v.ok, kind).to.equal(false);
    }
  });
});
