// Injection: the payloads of payloads.ts rotated through the string fields of the Ibagué feed
// (render k puts payload (o + i + k·n) mod P into field i of a kind of n fields), so that every
// payload reaches every field kind, rendered by the whole report (every element, every
// indicator) and the standalone variants it does not use. No script runs, nothing is injected
// into a shadow root or the page, links stay http(s)/mailto, and the text shows verbatim.
// Payloads the schema refuses (links, dates, ids…) give the error state naming the JSON path.
import { expect } from '@open-wc/testing';
import { jsonPath } from '../../src/feed/issues.js';
import type { Feed } from '../../src/feed/types.js';
import { LINK_PATTERN } from '../../src/feed/schema.js';
import { parseFeed, validateFeed } from '../../src/feed/validate.js';
import { deepText, ibagueFeed, until } from '../support/element.js';
import { ROTATION_INSTANCES, SPECS, loadAll, type Attrs } from './elements.js';
import {
  injected,
  installHooks,
  instancesFor,
  isOurs,
  norm,
  openTable,
  renderAll,
  setAt,
  shown,
  stringFields,
  type Field,
  type Hooks,
  serve,
  type Rendered,
  type Widget,
} from './harness.js';
import { PAYLOADS, PROTO_KEYS } from './payloads.js';

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

let base: Feed;
let fields: Field[];
let textFields: Field[];
let hooks: Hooks;
/** For the closing report: how many (payload, field) placements were rendered. */
const counts = { renders: 0, placements: 0, rotations: [] as string[], kinds: 0, pairs: 0, partial: [] as string[], all: '' };

/** At most this many renders of the Ibagué feed: each kind has at least ceil(P / ROTATIONS) fields shown. */
const ROTATIONS = 7;

/** What a text field holds, as a reader would name it: `report header`, `note`, `unit`… */
function kindOfField(f: Field): string {
  const p = f.path;
  if (p.includes('translations')) return 'translation';
  if (p[0] === 'report') return 'report header';
  const keys = p.filter((s): s is string => typeof s === 'string');
  const key = keys.at(-1)!;
  const parent = keys.at(-2);
  if (p[0] === 'commitments') return key === 'label' ? 'evidence label' : key === 'offices' ? 'office' : `commitment ${key}`;
  if (key === 'label') return parent === 'categories' || parent === 'groups' ? 'attendance label' : `${parent} label`;
  if (key === 'territory' || key === 'territories') return 'territory name';
  if (key === 'name' || key === 'platform') return 'platform name';
  if (key === 'title') return 'indicator title';
  return keys.slice(1).join('.');
}
/**
 * The Ibagué feed with more fields of the kinds it has few of, so that each kind has at least
 * ceil(P / ROTATIONS) fields shown and ROTATIONS renders bring it every payload: 22 commitments,
 * 22 platforms, 6 attendance categories and 16 groups, 22 territories, 22 events in all, a
 * baseline and a source on every figure, one figure more. Valid, like the original.
 */
function augmented(feed: Feed): Feed {
  const out = structuredClone(feed);
  const n = out.commitments.length;
  for (let i = n + 1; i <= 22; i++) out.commitments.push({ number: i, title: `Compromiso ${i}`, text: `Texto del compromiso ${i}`, offices: [`Oficina ${i}`] });
  const inds = out.indicators!;
  const fig = inds.find((i) => i.kind === 'figure')!;
  inds.push({ ...structuredClone(fig), id: 'extra-figure' });
  for (const ind of inds) {
    if (ind.kind === 'contract-platforms') {
      for (let i = ind.platforms!.length; i < 22; i++) ind.platforms!.push({ name: `Plataforma ${i}`, count: i });
      delete ind.declaredTotal;
    } else if (ind.kind === 'attendance') {
      for (let i = ind.categories.length; i < 6; i++) ind.categories.push({ id: `c${i}`, label: `Categoría ${i}` });
      for (let i = ind.groups.length; i < 16; i++) ind.groups.push({ id: `g${i}`, label: `Grupo ${i}`, counts: {} });
      ind.groups.forEach((g, i) => {
        delete g.declaredTotal;
        for (const [j, c] of ind.categories.entries()) g.counts[c.id] ??= i + j + 1;
      });
    } else if (ind.kind === 'figure') {
      ind.change ??= { value: 5, baseline: 'diciembre de 2019', baselineDate: '2019-12-31' };
      ind.source ??= { system: 'PISAMI', cutDate: '2020-12-29' };
    } else if (ind.kind === 'territory-counts') {
      for (let i = 14; i <= 16; i++) {
        ind.territories!.push(`Comuna ${i}`);
        ind.counts.push({ territory: `Comuna ${i}`, count: i });
      }
    }
  }
  const events = inds.filter((i) => i.kind === 'events');
  const last = events.at(-1)!;
  if (last.kind === 'events') {
    const total = () => events.reduce((s, e) => s + (e.kind === 'events' ? e.events.length : 0), 0);
    delete last.cadence;
    for (let d = 1; total() < 22; d++) last.events.push({ date: `2020-10-${String(d).padStart(2, '0')}`, label: `Evento ${d}` });
  }
  return out;
}

/** The report header alone (a report, its first commitment, no indicator): it has only a few fields, so it gets its own renders. */
function headerFeed(feed: Feed): Feed {
  const out = structuredClone(feed);
  out.commitments = out.commitments.slice(0, 1);
  out.indicators = [];
  return out;
}

/**
 * Shows new data in widgets already on the page (the `data` property is validated as it is set),
 * which is much quicker than new widgets; `r` is null the first time.
 */
async function show(r: Rendered | null, data: unknown, instances: { tag: string; attrs: Attrs }[]): Promise<Rendered> {
  if (!r) return renderAll({ data }, instances);
  for (const w of r.widgets) w.data = data;
  await Promise.all(r.widgets.map((w) => w.updateComplete));
  await until(() => r.widgets.every((w) => w.shadowRoot?.querySelector('[aria-busy="false"]')), 10_000, 'the widgets to update');
  await Promise.all(r.widgets.map((w) => w.updateComplete));
  return r;
}

interface Shown {
  readonly w: Widget;
  /** `tag[variant…]`: what coverage is counted by. */
  readonly key: string;
  readonly name: string;
}

/**
 * Renders a feed (served as JSON) with these instances, or shows it in the widgets of `prev` (the
 * `data` property: quicker than new widgets); every widget, nested ones too, loaded and with its
 * table open.
 */
async function renderRotation(feed: Feed, instances: { tag: string; attrs: Attrs }[], prev?: Rendered): Promise<{ r: Rendered; all: Shown[] }> {
  let r: Rendered;
  if (prev) {
    r = prev;
    for (const w of r.widgets) w.data = feed;
    await Promise.all(r.widgets.map((w) => w.updateComplete));
  } else r = await renderAll({ src: await serve(feed) }, instances, { timeout: 20_000 });
  const all: Shown[] = [];
  const tags = new Set(SPECS.map((e) => e.tag));
  const visit = (w: Widget, key: string, name: string) => {
    all.push({ w, key, name });
    const walk = (root: ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (tags.has(el.localName)) visit(el as Widget, `${el.localName} in ${key}`, `${el.localName}[indicator=${el.getAttribute('indicator')}] in ${name}`);
        else if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    if (w.shadowRoot) walk(w.shadowRoot);
  };
  r.widgets.forEach((w, i) => visit(w, `${instances[i]!.tag}${Object.entries(instances[i]!.attrs).filter(([k]) => k !== 'indicator' && k !== 'commitment').map(([k, v]) => `[${k}=${v}]`).join('')}`, r.names[i]!));
  await until(() => all.every(({ w }) => w.shadowRoot?.querySelector('[aria-busy="false"]')), 20_000, 'the nested widgets to load');
  for (const { w } of all) {
    await w.updateComplete;
    await openTable(w);
  }
  return { r, all };
}

/** Structure checks on every rendered widget, plus the page traps. */
function expectClean(r: Rendered, what: string) {
  r.widgets.forEach((w, i) => {
    expect(injected(w).slice(0, 5).join('; '), `${what}: ${r.names[i]}`).to.equal('');
    expect(shown(w), `${what}: ${r.names[i]} shows nothing`).to.not.equal('blank');
  });
  expect(hooks.fired, what).to.deep.equal([]);
  expect(hooks.pageInjections, what).to.deep.equal([]);
  expect(hooks.uncaught, what).to.deep.equal([]);
  expect(hooks.console, what).to.deep.equal([]);
}

before(async () => {
  await loadAll();
  base = await ibagueFeed();
  fields = stringFields(base);
  textFields = fields.filter((f) => f.kind === 'text');
});

describe('injection: the corpus against every element', () => {
  beforeEach(() => {
    hooks = installHooks(isOurs);
  });
  afterEach(() => {
    hooks.restore();
    // Nothing leaked onto Object.prototype along the way.
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).to.equal(false);
  });
  after(() => {
    console.info(
      `security/injection: ${PAYLOADS.length} payloads, ${textFields.length} text fields and ${fields.length - textFields.length} constrained fields of the Ibagué feed; ` +
        `rotations ${counts.rotations.join('; ')}; ${counts.kinds} field kinds each meeting every payload, ${counts.pairs} (widget, kind) pairs showing every payload, the others in the few fields they show (${counts.partial.join(', ')}); ` +
        `all fields at once: ${counts.all}; ${counts.renders} renders, ${counts.placements} payload placements`,
    );
  });

  it('has a corpus of at least 100 distinct payloads covering every family', () => {
    expect(PAYLOADS.length).to.be.at.least(100);
    for (const needle of ['<script', 'onerror', '<svg', '<math', 'javascript:', 'JavaScript:', 'data:', 'vbscript:', '&#', '\t', '\u0000', 'url(', 'expression(', '</style>', '</script>', '__proto__', 'constructor']) {
      expect(PAYLOADS.some((p) => p.includes(needle)), needle).to.equal(true);
    }
    expect(textFields.length).to.be.greaterThan(100);
  });

  it('payloads rotated through every text field, rendered by the whole report and every standalone variant: nothing runs or is injected, each shows verbatim where shown', async function () {
    this.timeout(120_000);
    const P = PAYLOADS.length;
    /** Per (widget, field kind): the payloads seen verbatim; per field kind: the payloads placed. */
    const seen = new Map<string, Set<number>>();
    const placed = new Map<string, Set<number>>();
    const seenKind = new Map<string, Set<number>>();
    const add = (m: Map<string, Set<number>>, key: string, p: number) => (m.get(key) ?? m.set(key, new Set()).get(key)!).add(p);
    const phases = [
      // The Ibagué feed (with more platforms, categories, baselines: see augmented()).
      { name: 'ibagué', feed: augmented(base), kinds: (k: string) => k !== 'report header' },
      // The report header, alone in a small feed.
      { name: 'report header', feed: headerFeed(base), kinds: (k: string) => k === 'report header' },
    ];
    for (const phase of phases) {
      const feed0 = phase.feed;
      expect(validateFeed(feed0).ok, `${phase.name} feed is valid`).to.equal(true);
      const tf = stringFields(feed0).filter((f) => f.kind === 'text');
      const instances = ROTATION_INSTANCES(feed0);
      // Which fields each widget (nested ones too) shows: one render with a marker in every text field.
      const marked = structuredClone(feed0);
      tf.forEach((f, j) => setAt(marked, f.path, `Qz${j}x`));
      const m = await renderRotation(marked, instances);
      const shownBy = m.all.map(({ w }) => {
        const t = deepText(w);
        return tf.map((_, j) => j).filter((j) => t.includes(`Qz${j}x`));
      });
      const keys = m.all.map((x) => x.key);
      let last = m.all.map(({ w }) => deepText(w));
      m.all.forEach((x, i) => expect(shownBy[i]!.length, `${phase.name}: ${x.name} shows some feed text`).to.be.greaterThan(0));
      const isShown = new Set(shownBy.flat());
      // Fields grouped by kind and by whether any widget shows them; in rotation k, field i of a
      // group of n fields starting at offset o gets payload (o + i + k·n) mod P, so each group
      // meets min(P, n·k) payloads, and each render carries every payload in ~3 fields.
      const groups = new Map<string, number[]>();
      tf.forEach((f, j) => {
        const g = `${kindOfField(f)} ${isShown.has(j) ? 'shown' : 'hidden'}`;
        (groups.get(g) ?? groups.set(g, []).get(g)!).push(j);
      });
      const payloadOf = new Array<(k: number) => number>(tf.length);
      let offset = 0;
      for (const list of groups.values()) {
        const o = offset;
        list.forEach((j, i) => (payloadOf[j] = (k) => (o + i + k * list.length) % P));
        offset += list.length;
      }
      // Enough rotations that each kind of this phase meets every payload in the fields that show it.
      const shownKinds = new Set([...groups.keys()].filter((g) => g.endsWith(' shown')).map((g) => g.slice(0, -6)));
      const sizes = [...groups].filter(([g]) => phase.kinds(g.replace(/ (shown|hidden)$/, '')) && (g.endsWith(' shown') || !shownKinds.has(g.slice(0, -7)))).map(([, l]) => l.length);
      const rotations = Math.max(...sizes.map((n) => Math.ceil(P / n)));
      expect(rotations, `${phase.name}: rotations`).to.be.at.most(phase.name === 'ibagué' ? ROTATIONS : 40);
      counts.rotations.push(`${phase.name}: ${rotations} × ${tf.length} fields, ${m.all.length} widgets`);
      for (let k = 0; k < rotations; k++) {
        const feed = structuredClone(feed0);
        tf.forEach((f, j) => {
          setAt(feed, f.path, PAYLOADS[payloadOf[j]!(k)]);
          add(placed, kindOfField(f), payloadOf[j]!(k));
        });
        // The widgets of the marker render (fetched and parsed from JSON) show each rotation in turn.
        const out = await renderRotation(feed, instances, m.r);
        counts.renders++;
        counts.placements += tf.length;
        expect(out.all.map((x) => x.key), `${phase.name} rotation ${k}: same widgets`).to.deep.equal(keys);
        const texts = out.all.map(({ w }) => deepText(w));
        texts.forEach((t, i) => expect(t, `${phase.name} rotation ${k}: ${out.all[i]!.name} shows the new data`).to.not.equal(last[i]));
        last = texts;
        expectClean(out.r, `${phase.name} rotation ${k}`);
        out.all.forEach(({ w, name, key }, i) => {
          expect(injected(w).slice(0, 5).join('; '), `${phase.name} rotation ${k}: ${name}`).to.equal('');
          expect(shown(w), `${phase.name} rotation ${k}: ${name}`).to.equal('chart');
          const t = texts[i]!;
          for (const j of shownBy[i]!) {
            const p = payloadOf[j]!(k);
            expect(t, `${phase.name} rotation ${k}: ${name} shows ${JSON.stringify(PAYLOADS[p])} of ${jsonPath(tf[j]!.path)}`).to.contain(norm(PAYLOADS[p]!));
            add(seen, `${key} | ${kindOfField(tf[j]!)}`, p);
            add(seenKind, kindOfField(tf[j]!), p);
          }
        });
      }
      m.r.remove();
    }
    // Every payload was placed in every field kind, and seen verbatim in the widgets showing that
    // kind. Per widget, a kind it shows in one field only (an indicator's title or unit, the
    // report title in a commitment list) meets one payload per render; the others meet them all.
    for (const [kind, set] of placed) expect(set.size, `payloads placed in ${kind}`).to.equal(P);
    expect([...seenKind.keys()]).to.have.members([...placed.keys()].filter((k) => k !== 'translation'));
    for (const [kind, set] of seenKind) expect(set.size, `payloads shown verbatim in ${kind}`).to.equal(P);
    counts.kinds = placed.size;
    counts.pairs = [...seen.values()].filter((s) => s.size === P).length;
    counts.partial = [...seen].filter(([, s]) => s.size < P).map(([k, s]) => `${k} ${s.size}`);
    await frame();
    expect(hooks.fired).to.deep.equal([]);
  });

  it('each payload in all text fields at once, shown by the same widgets (the whole report, nested elements too, and every standalone variant): nothing runs or is injected, every widget shows it verbatim', async function () {
    this.timeout(120_000);
    const instances = ROTATION_INSTANCES(base);
    // Which widgets (nested ones too) show a text field, and which show one in their title: one render with a marker in every text field.
    const marked = structuredClone(base);
    textFields.forEach((f, j) => setAt(marked, f.path, `Qz${j}x`));
    const m = await renderRotation(marked, instances);
    const keys = m.all.map((x) => x.key);
    const titleOf = (w: Widget) => {
      const t = w.shadowRoot!.querySelector('[part="title"]');
      return t ? deepText(t) : '';
    };
    let last = m.all.map(({ w }) => deepText(w));
    last.forEach((t, i) => expect(t, `${m.all[i]!.name} shows some feed text`).to.match(/Qz\d+x/));
    const titled = m.all.map(({ w }) => /Qz\d+x/.test(titleOf(w)));
    expect(titled.filter(Boolean).length, 'widgets whose title is feed text').to.be.greaterThan(0);
    // Every payload, every time (about 20–30 s per browser on a 2-core machine); the families
    // are checked to be present so a trimmed corpus cannot silently drop one.
    const families = [/<script/i, /\son\w+\s*=/i, /<svg|<math/i, /^\W*(?:javascript|data|vbscript)/i, /url\(|expression\(/i, /^(?:__proto__|constructor|prototype)/, /^&lt;/];
    const firsts = new Set(families.map((re) => PAYLOADS.findIndex((p) => re.test(p))));
    const tried = [...PAYLOADS.entries()];
    expect(firsts.size, 'one payload per family').to.equal(families.length);
    expect(firsts.has(-1), 'every family present').to.equal(false);
    for (const [n, p] of tried) {
      const feed = structuredClone(base);
      for (const f of textFields) setAt(feed, f.path, p);
      const what = `payload ${n} ${JSON.stringify(p)} in all ${textFields.length} text fields`;
      expect(validateFeed(feed).ok, `${what} is accepted`).to.equal(true);
      const out = await renderRotation(feed, instances, m.r);
      counts.renders++;
      counts.placements += textFields.length;
      expect(out.all.map((x) => x.key), `${what}: same widgets`).to.deep.equal(keys);
      // Until every widget, nested ones too, shows the payload (the assertions below name any that does not).
      const text = norm(p);
      let texts: string[] = [];
      await until(() => (texts = out.all.map(({ w }) => deepText(w))).every((t) => t.includes(text)), 5_000, what).catch(() => undefined);
      expectClean(out.r, what);
      out.all.forEach(({ w, name }, i) => {
        expect(shown(w), `${what}: ${name}`).to.equal('chart');
        expect(texts[i], `${what}: ${name} shows the new data`).to.not.equal(last[i]);
        expect(texts[i], `${what}: ${name} shows it verbatim`).to.contain(text);
        if (titled[i]) expect(titleOf(w), `${what}: ${name} title`).to.contain(text);
      });
      last = texts;
    }
    counts.all = `${tried.length} of ${PAYLOADS.length} payloads × ${textFields.length} text fields at once, ${m.all.length} widgets (${titled.filter(Boolean).length} titled with feed text)`;
    m.r.remove();
    await frame();
    expect(hooks.fired).to.deep.equal([]);
  });

  it('payloads in links, dates, ids and enums: the schema refuses them, and every element shows the error with its JSON path', async function () {
    this.timeout(60_000);
    const constrained = fields.filter((f) => f.kind !== 'text' && f.kind !== 'schema-ref');
    const kinds = [...new Set(constrained.map((f) => f.kind))];
    expect(kinds).to.include.members(['link', 'date', 'enum', 'indicator-id', 'language']);
    /** Whether the schema may accept this payload in a field of this kind. */
    const accepts = (kind: string, p: string) =>
      (kind === 'link' && LINK_PATTERN.test(p)) || (kind === 'entry-id' && p.length <= 64) || (kind === 'indicator-id' && /^[a-z0-9][a-z0-9-]{0,63}$/.test(p));
    const byKind = kinds.map((k) => constrained.filter((f) => f.kind === k));
    const instances = SPECS.map((e) => ({ tag: e.tag, attrs: e.instances(base)[0]! }));
    let r: Rendered | null = null;
    // The same widgets show each feed in turn. Payload i goes into one field of every constrained kind at once (the field rotating with
    // i), never two in one indicator, so no error hides another.
    for (const [i, p] of PAYLOADS.entries()) {
      const feed = structuredClone(base);
      const used = new Set<unknown>();
      const placed: Field[] = [];
      for (const list of byKind) {
        for (let k = 0; k < list.length; k++) {
          const f = list[(i + k) % list.length]!;
          const owner = f.path[0] === 'indicators' ? f.path[1] : `x${placed.length}`;
          if (used.has(owner)) continue;
          used.add(owner);
          placed.push(f);
          setAt(feed, f.path, p);
          break;
        }
      }
      counts.placements += placed.length;
      const v = validateFeed(feed);
      expect(v.ok, `${JSON.stringify(p)} is refused`).to.equal(false);
      const refused = placed.filter((f) => !accepts(f.kind, p)).map((f) => jsonPath(f.path));
      if (!v.ok && v.failure.kind === 'schema') expect(v.failure.errors.map((e) => jsonPath(e.path))).to.include.members(refused);
      r = await show(r, feed, instances);
      counts.renders++;
      const what = `${JSON.stringify(p)} in ${refused.join(', ')}`;
      expectClean(r, what);
      for (const [k, w] of r.widgets.entries()) {
        expect(shown(w), `${what}: ${r.names[k]}`).to.equal('error');
        const t = deepText(w);
        for (const path of refused) expect(t, `${what}: ${r.names[k]} names ${path}`).to.contain(path);
      }
    }
    r?.remove();
  });

  it('keys __proto__, constructor and prototype in objects and records: refused or counted as plain names, never reaching a prototype', async function () {
    this.timeout(30_000);
    const json = JSON.stringify(base);
    const withKey = (obj: string, key: string, value: string) => {
      // Inserts `"key": value` as the first member of the object at `obj` (a JSONPath-like
      // locator resolved on the parsed text), via text, so `__proto__` stays an own key.
      const feed = JSON.parse(json) as Record<string, unknown>;
      const marker = `"__rutaKey__":0`;
      const at = obj.split('.').filter(Boolean);
      setAt(feed, [...at, '__rutaKey__'], 0);
      return JSON.parse(JSON.stringify(feed).replace(marker, `${JSON.stringify(key)}:${value}`)) as unknown;
    };
    const attendanceIndex = base.indicators!.findIndex((i) => i.kind === 'attendance');
    const contractIndex = base.indicators!.findIndex((i) => i.kind === 'contract-platforms');
    const places: [string, string][] = [
      ['', '1'],
      ['report', '"x"'],
      ['report.period', '"2020-01-01"'],
      ['commitments.0', '{"polluted":true}'],
      ['commitments.4.evidence.0', '"x"'],
      [`indicators.${attendanceIndex}`, '{"polluted":true}'],
      [`indicators.${attendanceIndex}.groups.0.counts`, '5'],
      [`indicators.${attendanceIndex}.categories.0`, '"x"'],
      ['report.translations', '{"title":"x"}'],
      [`indicators.${contractIndex}.platforms.0`, '1'],
    ];
    // One of each element (the report draws every indicator), shown each feed in turn.
    const instances = SPECS.map((e) => ({ tag: e.tag, attrs: e.instances(base)[0]! }));
    let r: Rendered | null = null;
    let tried = 0;
    for (const key of PROTO_KEYS) {
      for (const [obj, value] of places) {
        const feed = withKey(obj, key, value);
        tried++;
        const parsed = parseFeed(feed);
        const path = [...obj.split('.').filter(Boolean).map((s) => (/^\d+$/.test(s) ? Number(s) : s)), key];
        // Strict objects refuse any unknown key; records refuse __proto__ (and a translation key
        // must look like a language); a count under `constructor` is a count like any other.
        const accepted = obj.endsWith('.counts') && key !== '__proto__';
        expect(parsed.ok, `${key} in $.${obj}`).to.equal(accepted);
        if (!parsed.ok && parsed.failure.kind === 'schema') expect(parsed.failure.errors.map((e) => jsonPath(e.path))).to.include(jsonPath(path));
        r = await show(r, feed, instances);
        counts.renders++;
        expectClean(r, `${key} in $.${obj}`);
        for (const w of r.widgets) {
          expect(shown(w)).to.equal(accepted ? 'chart' : 'error');
          if (!accepted) expect(deepText(w)).to.contain(jsonPath(path));
        }
      }
    }
    r?.remove();
    expect(tried).to.equal(PROTO_KEYS.length * places.length);
  });

  it('category ids, platform and territory names that are Object.prototype members count as plain names', async function () {
    this.timeout(20_000);
    const names = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];
    const feed = structuredClone(base) as Feed;
    const att = feed.indicators!.find((i) => i.kind === 'attendance')!;
    if (att.kind !== 'attendance') throw new Error('no attendance indicator');
    att.categories = names.map((id, i) => ({ id, label: `Categoría ${id} ${i}` }));
    // Only some categories get counts: the others must show as missing, not as a function.
    att.groups = [{ id: 'constructor', label: 'Grupo constructor', counts: JSON.parse('{"constructor": 7, "toString": 3}') as Record<string, number> }];
    const con = feed.indicators!.find((i) => i.kind === 'contract-platforms')!;
    if (con.kind !== 'contract-platforms') throw new Error('no contract-platforms indicator');
    con.platforms = [{ name: '__proto__', count: 4 }, { name: 'constructor', count: 6 }];
    con.rows = [{ platform: '__proto__' }, { platform: 'constructor' }, { platform: 'prototype' }, JSON.parse('{"platform":"valueOf","constructor":"x"}') as { platform: string }];
    delete con.declaredTotal;
    const v = validateFeed(feed);
    expect(v.ok, JSON.stringify(!v.ok && v.failure)).to.equal(true);
    const r = await renderAll({ data: feed }, instancesFor(feed));
    counts.renders++;
    await Promise.all(r.widgets.map(openTable));
    expectClean(r, 'prototype names');
    for (const [i, w] of r.widgets.entries()) {
      const t = deepText(w);
      expect(shown(w), r.names[i]).to.equal('chart');
      expect(t, r.names[i]).to.not.match(/NaN|Infinity|undefined|\[object |native code|function /);
      if (r.names[i]!.startsWith('contract-platform-chart')) {
        for (const n of ['__proto__', 'constructor', 'prototype', 'valueOf']) expect(t).to.contain(n);
        expect(t).to.contain('14'); // 4 + 6 + 4 rows
      }
      if (r.names[i]!.startsWith('attendance-breakdown')) {
        expect(t).to.contain('Categoría constructor 1').and.to.contain('Grupo constructor');
        expect(t).to.contain('10'); // 7 + 3
      }
    }
    r.remove();
  });
});
