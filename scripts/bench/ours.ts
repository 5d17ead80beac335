// Bench page for our elements. scripts/bench.js bundles this with the element entries that
// exist (minified, production build, as shipped) and drives it from Playwright.
//
// Each run: t0 = data ready (the feed is a parsed object in the page); a fresh element is
// created, given the feed as its `data` property and appended; done = its `updateComplete`
// resolved (the marks are then in its shadow DOM). The parts are timed inside the element by
// wrapping, for the bench only, the methods that do them:
//   validate = FeedController.sync (validateFeed: zod/mini schema + consistency checks),
//   model    = the element's model() (pick the indicator, aggregate rows, d3 layout, labels),
//   render   = Lit's update() (template render and DOM commit).
import { FeedController } from '../../src/internal/feed-controller.js';
import { collect, feedNamed, nextFrame, now, pageApi, type Run } from './common.js';

interface Phases {
  validate: number;
  model: number;
  render: number;
}

interface BenchElement extends HTMLElement {
  data?: unknown;
  updateComplete: Promise<boolean>;
}

let current: Phases | undefined;
const wrapped = new Map<string, Set<keyof Phases>>();

/** Wraps `proto[name]` so its time adds to the current run's `phase`; false when there is no such method. */
function wrap(proto: object, name: string, phase: keyof Phases): boolean {
  const target = proto as Record<string, unknown>;
  const original = target[name];
  if (typeof original !== 'function') return false;
  target[name] = function (this: unknown, ...args: unknown[]) {
    const t = now();
    try {
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } finally {
      if (current) current[phase] += now() - t;
    }
  };
  return true;
}

const validateWrapped = wrap(FeedController.prototype, 'sync', 'validate');

/** Instruments one element class once; which phases could be timed. */
function instrument(tag: string): Set<keyof Phases> {
  let phases = wrapped.get(tag);
  if (phases) return phases;
  const ctor = customElements.get(tag);
  if (!ctor) throw new Error(`<${tag}> is not defined`);
  phases = new Set();
  if (validateWrapped) phases.add('validate');
  if (wrap(ctor.prototype, 'model', 'model')) phases.add('model');
  if (wrap(ctor.prototype, 'update', 'render')) phases.add('render');
  wrapped.set(tag, phases);
  return phases;
}

/** Marks: the focusable marks of the chart (arcs, bars, rows), else anything the chart area holds. */
function marksOf(el: HTMLElement): number {
  const root = el.shadowRoot;
  if (!root) return 0;
  const marks = root.querySelectorAll('.mark, [part~="arc"], [part~="bar"]').length;
  if (marks > 0) return marks;
  return root.querySelector('[part~="chart"]')?.querySelectorAll('*').length ?? 0;
}

function problemOf(el: HTMLElement): string | undefined {
  const alert = el.shadowRoot?.querySelector('[role="alert"]');
  return alert ? (alert.textContent ?? '').replace(/\s+/g, ' ').trim() || 'error state' : undefined;
}

async function run(tag: string, feedName: string, runs: number): Promise<Run[]> {
  const text = JSON.stringify(feedNamed(feedName));
  const phases = instrument(tag);
  const stage = document.getElementById('stage')!;
  const out: Run[] = [];
  for (let i = 0; i < runs; i++) {
    // A new object each run, parsed from JSON (as a fetch gives it) before the clock starts:
    // elements remember the check of a data object they have seen (FeedController).
    const data: unknown = JSON.parse(text);
    collect();
    await nextFrame();
    const p: Phases = { validate: 0, model: 0, render: 0 };
    current = p;
    const t0 = now();
    const el = document.createElement(tag) as BenchElement;
    // Measured from data to render: not the wait for an IntersectionObserver (loading="lazy").
    el.setAttribute('loading', 'eager');
    el.data = data;
    stage.append(el);
    await el.updateComplete;
    const t1 = now();
    current = undefined;
    const marks = marksOf(el); // in the DOM as soon as updateComplete resolves
    const t2 = now();
    el.getBoundingClientRect();
    const t3 = now();
    await nextFrame();
    const t4 = now();
    const r: Run = { total: t1 - t0, layout: t3 - t2, frame: t4 - t3, marks };
    if (phases.has('validate')) r.validate = p.validate;
    if (phases.has('model')) r.model = p.model;
    if (phases.has('render')) r.render = p.render;
    const problem = problemOf(el);
    if (problem) r.problem = problem;
    if (i === 0) r.shows = (el.shadowRoot?.querySelector('#summary')?.textContent ?? '').replace(/\s+/g, ' ').trim();
    out.push(r);
    el.remove();
  }
  return out;
}

window.bench = pageApi(run);
