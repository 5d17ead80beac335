// Property-based: fast-check over the schema's shape (valid feeds) and over arbitrary values.
// Validation never throws; rendering never throws and always shows data or a status; no layout
// yields a NaN or infinite coordinate at any width from 0 to 3000. The seed is fixed (and
// printed by fast-check on a failure, with the shrunk counterexample).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CADENCES, EVIDENCE_KINDS, STATUSES } from '../../src/feed/schema.js';
import type { Feed } from '../../src/feed/types.js';
import { parseFeed, parseFeedText, validateFeed, validateFeedText } from '../../src/feed/validate.js';
import { SPECS, loadAll } from './elements.js';
import { installHooks, instancesFor, isOurs, renderAll, shown } from './harness.js';

const SEED = 20_201_229;
const params = (numRuns: number) => ({ seed: SEED, numRuns, endOnFailure: true });
const runs: Record<string, number> = {};
const tick = (name: string) => void (runs[name] = (runs[name] ?? 0) + 1);

// ---------------------------------------------------------------------------------------------
// Arbitraries over the schema's shape.

/** Non-blank text, with some hostile characters now and then. */
const text = (max = 40) =>
  fc
    .oneof(fc.string({ minLength: 1, maxLength: max }), fc.constantFrom('<b>x</b>', 'ñandú ü', '  x  ', '\u202ex', '👩🏽‍💻', 'a\nb'))
    .filter((s) => /\S/.test(s));
const date = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const count = fc.oneof(fc.nat({ max: 10 }), fc.nat({ max: 5000 }), fc.constantFrom(0, Number.MAX_SAFE_INTEGER, 1e12));
const percent = fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom(0, 100, 5e-324, 99.999));
const link = fc.oneof(fc.webUrl(), fc.constant('mailto:a@example.org'));
const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
/** Drops the keys whose value is undefined (the schema's optional fields are absent, not undefined). */
const clean = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
const record = <T extends Record<string, fc.Arbitrary<unknown>>>(shape: T) => fc.record(shape).map(clean);

const evidence = record({ label: text(), kind: fc.constantFrom(...EVIDENCE_KINDS), date: opt(date), url: opt(link) });
const commitment = record({
  number: fc.integer({ min: 1, max: 30 }),
  title: opt(text()),
  text: text(300),
  offices: fc.array(text(), { minLength: 1, maxLength: 3 }),
  status: opt(fc.constantFrom(...STATUSES)),
  progress: opt(percent),
  notes: opt(fc.array(text(), { maxLength: 2 })),
  evidence: opt(fc.array(evidence, { maxLength: 3 })),
});
const base = (kind: string) => ({ id, commitment: fc.integer({ min: 1, max: 30 }), title: text(), kind: fc.constant(kind) });
const contract = record({
  ...base('contract-platforms'),
  platforms: fc.array(record({ name: text(), count, share: opt(percent) }), { minLength: 0, maxLength: 6 }),
  rows: opt(fc.array(fc.record({ platform: text(8) }), { maxLength: 50 })),
  declaredTotal: opt(count),
  source: opt(record({ system: opt(text()), cutDate: opt(date), url: opt(link) })),
});
const attendance = fc
  .uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 4 })
  .chain((cats) =>
    record({
      ...base('attendance'),
      categories: fc.constant(cats.map((c) => ({ id: c, label: `Cat ${c}` }))),
      groups: fc.array(
        record({
          id: fc.string({ minLength: 1, maxLength: 8 }),
          label: text(),
          counts: fc.dictionary(fc.constantFrom(...cats), count, { maxKeys: cats.length }),
          declaredTotal: opt(count),
        }),
        { minLength: 1, maxLength: 5 },
      ),
    }),
  );
const events = record({
  ...base('events'),
  cadence: opt(fc.constantFrom(...CADENCES)),
  declaredCount: opt(count),
  events: fc.array(record({ date, label: opt(text()), url: opt(link) }), { maxLength: 8 }),
});
const territory = record({
  ...base('territory-counts'),
  unit: opt(text()),
  counts: fc.array(record({ territory: text(), count }), { maxLength: 8 }),
  territories: opt(fc.array(text(), { maxLength: 8 })),
  declaredTotal: opt(count),
});
const figure = record({
  ...base('figure'),
  value: fc.oneof(fc.double({ min: -1e15, max: 1e15, noNaN: true }), fc.integer()),
  unit: opt(text()),
  format: opt(fc.constantFrom('number', 'percent', 'currency')),
  currency: opt(fc.constantFrom('COP', 'USD', 'EUR')),
  change: opt(record({ value: fc.double({ min: -100, max: 1e6, noNaN: true }), baseline: text(), baselineDate: opt(date) })),
  date: opt(date),
});
const links = record({ ...base('links'), items: fc.array(record({ label: text(), kind: fc.constantFrom(...EVIDENCE_KINDS), url: opt(link), date: opt(date) }), { maxLength: 5 }) });

/** A valid feed of any shape the schema allows (with moderate sizes). */
export const validFeed: fc.Arbitrary<Feed> = record({
  version: fc.constant(1),
  report: record({
    entity: text(),
    office: opt(text()),
    title: text(),
    period: fc.tuple(date, date).map(([a, b]) => ({ start: a, end: b })),
    published: opt(date),
    language: fc.constantFrom('es-CO', 'es', 'en', 'en-US'),
  }),
  commitments: fc.array(commitment, { maxLength: 6 }),
  indicators: opt(fc.array(fc.oneof(contract, attendance, events, territory, figure, links), { maxLength: 8 })),
}) as unknown as fc.Arbitrary<Feed>;

/** Arbitrary JS values, nastier than JSON: NaN, -0, sparse arrays, null prototypes, boxed values. */
const anything = fc.anything({ withBoxedValues: true, withNullPrototype: true, withSparseArray: true, withObjectString: true, maxDepth: 4 });

// ---------------------------------------------------------------------------------------------

before(loadAll);

describe('property-based: validation', () => {
  after(() => console.info(`security/property runs: ${JSON.stringify(runs)}`));

  it('every generated feed is valid (the arbitraries follow the schema)', () => {
    fc.assert(
      fc.property(
        validFeed,
        (feed) => {
          tick('valid-feed');
          const r = parseFeed(feed);
          expect(r.ok, JSON.stringify(!r.ok && r.failure)).to.equal(true);
          expect(validateFeedText(JSON.stringify(feed)).ok).to.equal(true);
        },
      ),
      params(300),
    );
  });

  it('parseFeed and validateFeed never throw on arbitrary JSON, and always answer ok or a failure', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 5 }),
        (v) => {
          tick('json');
          for (const r of [parseFeed(v), validateFeed(v), parseFeedText(JSON.stringify(v) ?? ''), validateFeedText(JSON.stringify(v) ?? '')]) {
            expect(typeof r.ok).to.equal('boolean');
            if (!r.ok) expect(r.failure.kind).to.be.a('string');
          }
        },
      ),
      params(500),
    );
  });

  it('parseFeed never throws on arbitrary values (NaN, -0, sparse arrays, null prototypes, boxed values)', () => {
    fc.assert(fc.property(anything, (v) => {
      tick('anything');
      validateFeed(v);
    }), params(500));
  });

  it('parseFeed never throws on a valid feed with one value replaced by anything', () => {
    fc.assert(
      fc.property(
        validFeed,
        anything,
        fc.nat(),
        (original, value, at) => {
          tick('mutated');
          let feed: Feed;
          try {
            feed = structuredClone(original);
          } catch (e) {
            throw new Error(`clone threw: ${String(e)}`);
          }
          const paths: (string | number)[][] = [];
          const walk = (v: unknown, p: (string | number)[]) => {
            paths.push(p);
            if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...p, Array.isArray(v) ? Number(k) : k]);
          };
          walk(feed, []);
          const path = paths[at % paths.length]!;
          if (path.length === 0) return;
          let o = feed as unknown as Record<string | number, unknown>;
          for (const s of path.slice(0, -1)) o = o[s] as Record<string | number, unknown>;
          o[path.at(-1)!] = value;
          let r;
          try {
            r = validateFeed(feed);
          } catch (e) {
            throw new Error(`validateFeed threw: ${e instanceof Error ? e.stack : String(e)}`);
          }
          expect(typeof r.ok).to.equal('boolean');
        },
      ),
      params(400),
    );
  });

  it('texts of any characters never make the text parser throw', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.jsonValue().map((v) => JSON.stringify(v).slice(0, -1))),
        (s) => {
          tick('text');
          const r = validateFeedText(s);
          expect(typeof r.ok).to.equal('boolean');
        },
      ),
      params(500),
    );
  });
});

describe('property-based: layouts', () => {
  /** Every number in a layout's output is finite; path data has no NaN or Infinity. */
  const badNumbers = (v: unknown, path = '$', out: string[] = []): string[] => {
    if (typeof v === 'number' && !Number.isFinite(v)) out.push(`${path} = ${v}`);
    else if (typeof v === 'string' && /NaN|Infinity/.test(v) && /(?:^|\.)(?:d|points|transform|viewBox|path)$/.test(path)) out.push(`${path} = ${v}`);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) badNumbers(x, `${path}.${k}`, out);
    return out;
  };

  for (const spec of SPECS) {
    it(`${spec.tag}: no NaN or infinite coordinate for any valid feed, width 0–3000, both languages`, async () => {
      await fc.assert(
        fc.asyncProperty(
          validFeed,
          fc.oneof(fc.integer({ min: 0, max: 3000 }), fc.constantFrom(0, 1, 159, 160, 3000)),
          fc.constantFrom('es' as const, 'en' as const),
          async (feed: Feed, width: number, lang: 'es' | 'en') => {
            tick(`layout ${spec.tag}`);
            const r = parseFeed(feed);
            if (!r.ok) throw new Error('generated feed is invalid');
            for (const layout of await spec.layouts(r.feed, lang, width)) expect(badNumbers(layout)).to.deep.equal([]);
          },
        ),
        params(150),
      );
    });
  }
});

describe('property-based: rendering', () => {
  it('every element renders any valid feed, arbitrary JSON and mutated feeds without throwing: data or a status, never blank', async function () {
    this.timeout(60_000);
    const check = async (data: unknown, what: string) => {
      const hooks = installHooks(isOurs);
      try {
        // One element per indicator the (valid) feed has, or the first instance for anything else.
        const parsed = parseFeed(data);
        const list = parsed.ok ? instancesFor(parsed.feed) : SPECS.map((s) => ({ tag: s.tag, attrs: {} }));
        const r = await renderAll({ data }, list.length ? list : SPECS.map((s) => ({ tag: s.tag, attrs: {} })));
        for (const [i, w] of r.widgets.entries()) {
          const state = shown(w);
          expect(state, `${what}: ${r.names[i]}`).to.not.equal('blank');
          if (!parsed.ok) expect(state, `${what}: ${r.names[i]}`).to.equal('error');
        }
        expect(hooks.uncaught, what).to.deep.equal([]);
        expect(hooks.console, what).to.deep.equal([]);
        r.remove();
      } finally {
        hooks.restore();
      }
    };
    await fc.assert(fc.asyncProperty(validFeed, (feed) => (tick('render valid'), check(feed, 'valid feed'))), params(40));
    await fc.assert(fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), (v) => (tick('render json'), check(v, 'arbitrary JSON'))), params(30));
    await fc.assert(
      fc.asyncProperty(
        validFeed,
        fc.jsonValue({ maxDepth: 2 }),
        fc.constantFrom('report', 'commitments', 'indicators', 'version'),
        (feed: Feed, v: unknown, key: string) => {
          tick('render mutated');
          const f = structuredClone(feed) as unknown as Record<string, unknown>;
          f[key] = v;
          return check(f, `feed with ${key} = ${JSON.stringify(v)?.slice(0, 60)}`);
        },
      ),
      params(30),
    );
  });
});
