// Bench page for Chart.js, the general chart library a municipal web team would pick instead
// (a devDependency, never shipped). It draws the same workloads as the elements do, the way a
// Chart.js user would: take the counts from the feed (for raw rows, count them with a plain
// loop), then `new Chart()` with animation off, which draws the canvas synchronously.
// No validation, no table, no CSV, no text summary: Chart.js does none of that.
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  Title,
  Tooltip,
} from 'chart.js';
import { collect, feedNamed, nextFrame, now, pageApi, type Run } from './common.js';

Chart.register(DoughnutController, ArcElement, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip, Title);

const COLORS = ['#1f5f99', '#c2571a', '#2e7d4f', '#7b4fa0', '#a8324a', '#5b6470'];

interface FeedLike {
  indicators?: { kind: string; title: string; [key: string]: unknown }[];
}

interface Drawn {
  chart: Chart;
  labels: string[];
  data: number[][];
}

/** What the user's code does before Chart.js: find the indicator and get the counts. */
function prepare(kind: string, feed: FeedLike): { title: string; labels: string[]; series: { label: string; data: number[] }[] } {
  if (kind === 'doughnut') {
    const ind = feed.indicators?.find((i) => i.kind === 'contract-platforms');
    if (!ind) throw new Error('no contract-platforms indicator');
    const rows = ind.rows as { platform: string }[] | undefined;
    if (rows) {
      const counts: Record<string, number> = {};
      for (const row of rows) counts[row.platform] = (counts[row.platform] || 0) + 1;
      return { title: ind.title, labels: Object.keys(counts), series: [{ label: ind.title, data: Object.values(counts) }] };
    }
    const platforms = ind.platforms as { name: string; count: number }[];
    return { title: ind.title, labels: platforms.map((p) => p.name), series: [{ label: ind.title, data: platforms.map((p) => p.count) }] };
  }
  if (kind === 'hbar') {
    // Sorted horizontal bars, one per territory (zero for those listed with no count).
    const ind = feed.indicators?.find((i) => i.kind === 'territory-counts');
    if (!ind) throw new Error('no territory-counts indicator');
    const counts = new Map<string, number>();
    for (const t of (ind.territories as string[] | undefined) ?? []) counts.set(t, 0);
    for (const c of ind.counts as { territory: string; count: number }[]) counts.set(c.territory, (counts.get(c.territory) ?? 0) + c.count);
    const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'es', { numeric: true }));
    return { title: ind.title, labels: sorted.map((d) => d[0]), series: [{ label: ind.title, data: sorted.map((d) => d[1]) }] };
  }
  // Grouped bars: one dataset per category (men, women), one bar group per group (urban, rural, virtual).
  const ind = feed.indicators?.find((i) => i.kind === 'attendance');
  if (!ind) throw new Error('no attendance indicator');
  const categories = ind.categories as { id: string; label: string }[];
  const groups = ind.groups as { label: string; counts: Record<string, number> }[];
  return {
    title: ind.title,
    labels: groups.map((g) => g.label),
    series: categories.map((c) => ({ label: c.label, data: groups.map((g) => g.counts[c.id] ?? 0) })),
  };
}

function draw(kind: string, canvas: HTMLCanvasElement, prepared: ReturnType<typeof prepare>): Drawn {
  const plugins = { title: { display: true, text: prepared.title }, legend: { position: 'bottom' as const } };
  const chart =
    kind === 'doughnut'
      ? new Chart(canvas, {
          type: 'doughnut',
          data: { labels: prepared.labels, datasets: prepared.series.map((s) => ({ ...s, backgroundColor: COLORS })) },
          options: { animation: false, plugins },
        })
      : new Chart(canvas, {
          type: 'bar',
          data: { labels: prepared.labels, datasets: prepared.series.map((s, i) => ({ ...s, backgroundColor: COLORS[i] })) },
          options: { animation: false, plugins, indexAxis: kind === 'hbar' ? 'y' : 'x' },
        });
  return { chart, labels: prepared.labels, data: prepared.series.map((s) => s.data) };
}

/** Whether the canvas holds drawn pixels (any non-transparent one on a coarse grid). */
function painted(canvas: HTMLCanvasElement): boolean {
  const ctx = canvas.getContext('2d');
  if (!ctx || canvas.width === 0 || canvas.height === 0) return false;
  const img = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  for (let i = 3; i < img.length; i += 4 * 7) if (img[i]! > 0) return true;
  return false;
}

async function run(kind: string, feedName: string, runs: number): Promise<Run[]> {
  const feed = feedNamed(feedName) as FeedLike;
  const stage = document.getElementById('stage')!;
  const out: Run[] = [];
  for (let i = 0; i < runs; i++) {
    collect();
    await nextFrame();
    const t0 = now();
    const prepared = prepare(kind, feed);
    const t1 = now();
    const box = document.createElement('div');
    const canvas = document.createElement('canvas');
    box.append(canvas);
    stage.append(box);
    const drawn = draw(kind, canvas, prepared);
    const t2 = now();
    // Drawn synchronously by new Chart() (animation off)? Checked on the first run, untimed.
    const drawnAtOnce = i === 0 ? painted(canvas) : true;
    const t3 = now();
    box.getBoundingClientRect();
    const t4 = now();
    await nextFrame();
    const t5 = now();
    const marks = drawn.chart.data.datasets.reduce((s, _d, k) => s + drawn.chart.getDatasetMeta(k).data.length, 0);
    const r: Run = { total: t2 - t0, model: t1 - t0, render: t2 - t1, layout: t4 - t3, frame: t5 - t4, marks };
    if (!drawnAtOnce) r.problem = 'canvas not drawn when new Chart() returned';
    else if (!painted(canvas)) r.problem = 'canvas not drawn';
    if (i === 0) {
      r.shows = drawn.labels.map((l, k) => `${l}: ${drawn.data.map((d) => d[k]).join(' / ')}`).join('; ');
    }
    out.push(r);
    drawn.chart.destroy();
    box.remove();
  }
  return out;
}

window.bench = pageApi(run);
