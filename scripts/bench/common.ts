// Shared by the two bench pages (ours.ts, chartjs.ts): the workloads and the timing helpers.
// Bundled by scripts/bench.js into a temporary directory; never shipped.

/** How Ibagué's 2020 contracts split by platform (98,34 / 1,31 / 0,35 %). */
export const PLATFORM_SHARES: readonly (readonly [string, number])[] = [
  ['SECOP II', 98.34],
  ['Tienda Virtual', 1.31],
  ['Bolsa Mercantil', 0.35],
];

/** Rows per platform for `n` rows, by largest remainder so they add up to exactly `n`. */
export function platformCounts(n: number): number[] {
  const exact = PLATFORM_SHARES.map(([, share]) => (n * share) / 100);
  const counts = exact.map(Math.floor);
  let left = n - counts.reduce((s, c) => s + c, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    counts[i]!++;
  }
  return counts;
}

/** A small deterministic PRNG (mulberry32), so every run and every machine gets the same rows. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The text of a feed with one `contract-platforms` indicator of `n` raw rows, platforms in a
 * shuffled (but fixed) order, as a publisher's export would be. The page parses it with
 * `JSON.parse`, so the rows are ordinary parsed objects, as a fetched feed's would be.
 */
export function contractRowsFeedText(report: unknown, n: number): string {
  const names: string[] = [];
  platformCounts(n).forEach((count, i) => {
    const row = JSON.stringify({ platform: PLATFORM_SHARES[i]![0] });
    for (let k = 0; k < count; k++) names.push(row);
  });
  const rnd = random(20201229);
  for (let i = names.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [names[i], names[j]] = [names[j]!, names[i]!];
  }
  const indicator = {
    kind: 'contract-platforms',
    id: 'contracts-by-platform',
    commitment: 2,
    title: 'Contratación publicada por plataforma',
    rows: '@ROWS@',
  };
  const feed = { version: 1, report, commitments: [], indicators: [indicator] };
  return JSON.stringify(feed).replace('"@ROWS@"', `[${names.join(',')}]`);
}

export const now = (): number => performance.now();

/** The next animation frame, then a task: the frame's style, layout and paint are done by then. */
export const nextFrame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

/** Collects garbage between runs when Chromium exposes `gc` (`--js-flags=--expose-gc`). */
export function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** One measured run. Times in milliseconds; phases a library does not have are absent. */
export interface Run {
  /** Data ready → rendered (marks in the DOM, or the canvas drawn). */
  total: number;
  validate?: number;
  /** Aggregation and layout (ours: the element's `model()`; Chart.js: the counting loop). */
  model?: number;
  /** Ours: Lit's `update()` (template render + DOM commit). Chart.js: `new Chart()`. */
  render?: number;
  /** Forced style recalculation and layout right after, not in `total`. */
  layout: number;
  /** From then to the next animation frame plus a task (≈ painted). */
  frame: number;
  /** Marks found after rendering (SVG marks, or Chart.js arcs/bars drawn). */
  marks: number;
  /** What the chart says it shows, for the reader to check the counts (first run only). */
  shows?: string;
  problem?: string;
}

export interface Page {
  ready: true;
  crossOriginIsolated: boolean;
  /** Parses a feed's text (not timed as part of a run); returns how long JSON.parse took. */
  load(name: string, text: string): number;
  /** Builds a rows feed in the page; returns its size in bytes and the JSON.parse time. */
  loadRows(name: string, reportOf: string, n: number): { bytes: number; parseMs: number };
  run(kind: string, feedName: string, runs: number): Promise<Run[]>;
}

const feeds = new Map<string, unknown>();

export function feedNamed(name: string): unknown {
  if (!feeds.has(name)) throw new Error(`no feed ${name} loaded`);
  return feeds.get(name);
}

export function pageApi(run: Page['run']): Page {
  return {
    ready: true,
    crossOriginIsolated: globalThis.crossOriginIsolated === true,
    load(name, text) {
      const t = now();
      feeds.set(name, JSON.parse(text));
      return now() - t;
    },
    loadRows(name, reportOf, n) {
      const base = feedNamed(reportOf) as { report: unknown };
      const text = contractRowsFeedText(base.report, n);
      const t = now();
      feeds.set(name, JSON.parse(text));
      return { bytes: new TextEncoder().encode(text).length, parseMs: now() - t };
    },
    run,
  };
}

declare global {
  interface Window {
    bench?: Page;
  }
}
