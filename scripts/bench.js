// `npm run bench`: time from data ready to first render, in headless Chromium, for each element
// with the Ibagué feed and for <contract-platform-chart> with 10,000 / 100,000 / 1,000,000 raw
// contract rows; the same workloads drawn with Chart.js (a devDependency, never shipped), with
// bytes and times side by side. Prints figures only: it never fails on a timing (exit 0 unless
// something crashes or no browser is found). `npm run bench -- --runs=15` for more runs.
//
// The bench pages (scripts/bench/*.ts) are bundled with esbuild into a temporary directory,
// minified with production conditions like `npm run size`, and served from 127.0.0.1; every
// other request is refused, so nothing touches the network.
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, systemChromium } from './browsers.js';
import { BROWSER_BUILD, bundle, importing, kb, presentElements, root } from './size.js';

const RUNS = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 7);
const ROWS = [10_000, 100_000, 1_000_000];
const TARGET = { rows: 100_000, ms: 50 };
const FEED = resolve(root, 'demo/feeds/ibague-2020.json');
const ARGS = [
  ...CHROMIUM_ARGS,
  // `gc()` between runs (never inside one), so one run's garbage is not collected in the next.
  '--js-flags=--expose-gc',
];
/** The Chart.js counterpart of each element, where a general chart library has one. */
const CHARTJS = { 'contract-platform-chart': 'doughnut', 'attendance-breakdown': 'bar', 'territory-breakdown': 'hbar' };
const CHARTJS_NONE = {
  'commitment-progress': 'a list of commitments with texts, statuses and progress bars, not a chart',
  'event-timeline': 'periods of the promised cadence, held or missing, with dated events: no chart type of theirs',
  'indicator-figure': 'one figure in text, not a chart',
  'evidence-list': 'a list of links, not a chart',
  'transparency-report': 'the whole report, made of the other elements',
};

const browserPath = systemChromium();
if (!browserPath) {
  console.error('bench: no Chromium found (set CHROME_PATH, or on Debian: sudo apt-get install chromium). Nothing measured.');
  process.exit(1);
}

// ---------------------------------------------------------------- formatting

const ms = (x) => (x === undefined || Number.isNaN(x) ? '—' : x < 1 ? x.toFixed(2) : x.toFixed(1));
const int = (n) => n.toLocaleString('en-US');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(a / b < 10 ? 2 : 1)}×` : '—');

function table(rows, align) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map((r) => r.map((c, i) => (align[i] === 'r' ? (c ?? '').padStart(widths[i]) : (c ?? '').padEnd(widths[i]))).join('  ').trimEnd())
    .join('\n');
}

/** first / min / median of a run field; median of each phase separately. */
function stats(runs) {
  const field = (k) => {
    const xs = runs.map((r) => r[k]).filter((x) => x !== undefined);
    return xs.length === runs.length ? median(xs) : undefined;
  };
  const other = runs.every((r) => r.validate !== undefined && r.model !== undefined && r.render !== undefined)
    ? median(runs.map((r) => r.total - r.validate - r.model - r.render))
    : undefined;
  const noValidation = runs.every((r) => r.validate !== undefined) ? median(runs.map((r) => r.total - r.validate)) : undefined;
  return {
    first: runs[0].total,
    min: Math.min(...runs.map((r) => r.total)),
    median: median(runs.map((r) => r.total)),
    validate: field('validate'),
    model: field('model'),
    render: field('render'),
    other,
    noValidation,
    layout: field('layout'),
    frame: field('frame'),
    toFrame: median(runs.map((r) => r.total + r.layout + r.frame)),
    marks: runs[0].marks,
    shows: runs[0].shows,
    problems: [...new Set(runs.map((r) => r.problem).filter(Boolean))],
  };
}

// ---------------------------------------------------------------- build and serve

const dir = mkdtempSync(join(tmpdir(), 'ruta-bench-'));
const cleanup = () => rmSync(dir, { recursive: true, force: true });

async function buildPage(name, files) {
  await build({
    ...BROWSER_BUILD,
    metafile: false,
    write: true,
    stdin: { contents: importing(files), resolveDir: root, sourcefile: `${name}-entry.js`, loader: 'js' },
    outfile: join(dir, `${name}.js`),
  });
  writeFileSync(
    join(dir, `${name}.html`),
    `<!doctype html><html lang="es-CO"><head><meta charset="utf-8"><title>bench ${name}</title></head>` +
      `<body style="margin:0;font-family:system-ui,sans-serif"><div id="stage" style="width:400px"></div>` +
      `<script type="module" src="/${name}.js"></script></body></html>`,
  );
}

const firstLine = (e) => String(e?.errors?.[0]?.text ?? e?.message ?? e).split('\n')[0];

/** Element entries that exist and build; the others are reported and left out. */
async function buildOurs() {
  const elements = presentElements();
  const usable = [];
  const notes = [];
  for (const e of elements) {
    if (!e.present) {
      notes.push(`<${e.tag}>: missing (${e.entry} not there yet)`);
      continue;
    }
    try {
      await build({ ...BROWSER_BUILD, stdin: { contents: importing([e.entry]), resolveDir: root, loader: 'js' }, outfile: join(dir, 'probe.js') });
      usable.push(e);
    } catch (err) {
      notes.push(`<${e.tag}>: present but does not build, left out (${firstLine(err)})`);
    }
  }
  await buildPage('ours', [...usable.map((e) => e.entry), 'scripts/bench/ours.ts']);
  return { usable, notes };
}

function serve() {
  const types = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8' };
  const server = createServer((req, res) => {
    const name = (req.url ?? '/').split('?')[0].slice(1);
    const ext = name.split('.').pop();
    if (!/^[a-z]+\.(html|js)$/.test(name) || !existsSync(join(dir, name))) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': types[ext],
      'cache-control': 'no-store',
      // Cross-origin isolation: performance.now() at 5 µs instead of 100 µs.
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
      'cross-origin-resource-policy': 'same-origin',
    });
    res.end(readFileSync(join(dir, name)));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

// ---------------------------------------------------------------- run

let browser;
let server;

async function main() {
  const { usable, notes } = await buildOurs();
  await buildPage('chartjs', ['scripts/bench/chartjs.ts']);
  server = await serve();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const feedText = readFileSync(FEED, 'utf8');
  browser = await chromium.launch({ executablePath: browserPath, headless: true, args: ARGS });

  /** One fresh page per library and workload; `runs` runs in it, a fresh element or chart each. */
  async function session(page, kind, workload) {
    const tab = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    const errors = [];
    tab.on('pageerror', (e) => errors.push(String(e.message ?? e)));
    tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await tab.route('**/*', (route) => (route.request().url().startsWith(origin + '/') ? route.continue() : route.abort()));
    await tab.goto(`${origin}/${page}.html`);
    try {
      await tab.waitForFunction(() => window.bench?.ready === true, null, { timeout: 30_000 });
    } catch (e) {
      throw new Error(`bench page ${page}.html did not start: ${errors.join(' | ') || firstLine(e)}`);
    }
    const isolated = await tab.evaluate(() => window.bench.crossOriginIsolated);
    await tab.evaluate((text) => window.bench.load('ibague', text), feedText);
    let info;
    if (workload.rows) info = await tab.evaluate((n) => window.bench.loadRows('rows', 'ibague', n), workload.rows);
    const runs = await tab.evaluate(([k, f, n]) => window.bench.run(k, f, n), [kind, workload.rows ? 'rows' : 'ibague', RUNS]);
    await tab.close();
    return { stats: stats(runs), info, errors, isolated };
  }

  const version = browser.version();
  console.log(`Bench: headless Chromium ${version} (${browserPath}), ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}.`);
  console.log(`${RUNS} runs per workload in a fresh page, a fresh element (or chart) each run; "first" is the first (cold) run, min and median over all ${RUNS}.`);
  console.log('Times in ms. Bundles: esbuild, minified, production conditions (as `npm run size` measures them).');
  console.log(`Load average at start: ${loadavg().map((x) => x.toFixed(2)).join(' ')} (on ${cpus().length} cores; anything else running makes the figures noisier).`);
  console.log('');
  console.log('Definitions:');
  console.log('  data ready = the feed is a parsed JavaScript object in the page (fetching and JSON.parse come before and are not counted).');
  console.log('  ours total = from data ready, through creating the element, setting its `data` property and appending it, until its');
  console.log('    `updateComplete` resolves; the marks are in its shadow DOM then (counted, column "marks"). Parts, timed inside the element:');
  console.log('    validate    = FeedController.sync → validateFeed: the zod/mini schema and the consistency checks, on every `data`');
  console.log('    aggr+layout = the element\'s model(): pick the indicator, count raw rows, layout geometry, formatted labels, table, summary');
  console.log('    render      = Lit\'s update(): template render and DOM commit');
  console.log('    other       = the rest: element creation and connection, controllers, width measurement, scheduling');
  console.log('  Chart.js total = from data ready, through the user\'s code getting the counts (for raw rows a plain counting loop: column');
  console.log('    "aggr+layout"), until `new Chart()` (animation off) returns with the canvas drawn (column "render").');
  console.log('  +layout = forced style and layout right after (getBoundingClientRect); +frame = then to the next animation frame and a');
  console.log('    task (≈ painted; frame-aligned, so it includes waiting for the frame). Neither is in "total". Phase columns are');
  console.log('    medians of their own, so they need not add up to the median total.');
  console.log('');

  const workloads = [];
  for (const e of usable) workloads.push({ tag: e.tag, label: `<${e.tag}>, Ibagué feed` });
  if (usable.some((e) => e.tag === 'contract-platform-chart')) {
    for (const n of ROWS) workloads.push({ tag: 'contract-platform-chart', rows: n, label: `<contract-platform-chart>, ${int(n)} raw rows` });
  }

  const results = [];
  let isolated = true;
  for (const w of workloads) {
    const ours = await session('ours', w.tag, w);
    isolated &&= ours.isolated;
    const kind = CHARTJS[w.tag];
    const chart = kind ? await session('chartjs', kind, w) : undefined;
    if (chart) isolated &&= chart.isolated;
    results.push({ w, ours, chart });

    console.log(w.label + (ours.info ? ` (feed text ${(ours.info.bytes / 1e6).toFixed(1)} MB; its JSON.parse took ${ms(ours.info.parseMs)} ms, before data ready)` : ''));
    const rows = [['', 'first', 'min', 'median', '│', 'validate', 'aggr+layout', 'render', 'other', '│', '+layout', '+frame', 'marks']];
    const line = (name, s) => [name, ms(s.first), ms(s.min), ms(s.median), '│', ms(s.validate), ms(s.model), ms(s.render), ms(s.other), '│', ms(s.layout), ms(s.frame), String(s.marks)];
    rows.push(line('ours', ours.stats));
    if (chart) rows.push(line(`Chart.js ${kind}`, chart.stats));
    console.log(table(rows, 'lrrrlrrrrlrrr').replace(/^/gm, '  '));
    const shows = (s) => (s && s.length > 150 ? s.slice(0, 149) + '…' : s || '(nothing)');
    console.log(`  ours shows: ${shows(ours.stats.shows)}`);
    if (chart) {
      console.log(`  Chart.js shows: ${shows(chart.stats.shows)}`);
      console.log(
        `  ours / Chart.js, median: ${ratio(ours.stats.median, chart.stats.median)}` +
          (ours.stats.noValidation !== undefined ? ` (without our validation: ${ratio(ours.stats.noValidation, chart.stats.median)})` : '') +
          `; first run: ${ratio(ours.stats.first, chart.stats.first)}; to next frame: ${ratio(ours.stats.toFrame, chart.stats.toFrame)}`,
      );
    } else console.log(`  Chart.js: not compared (${CHARTJS_NONE[w.tag] ?? 'no counterpart'}).`);
    for (const [who, r] of [['ours', ours], ['Chart.js', chart]]) {
      if (!r) continue;
      for (const p of r.stats.problems) console.log(`  PROBLEM (${who}): ${p}`);
      for (const e of [...new Set(r.errors)]) console.log(`  page error (${who}): ${e.split('\n')[0]}`);
      if (r.stats.marks === 0) console.log(`  PROBLEM (${who}): no marks found after rendering`);
    }
    console.log('');
  }
  await browser.close();
  browser = undefined;
  server.close();
  server = undefined;
  console.log(`Load average at end: ${loadavg().map((x) => x.toFixed(2)).join(' ')}.`);
  console.log('');
  if (!isolated) console.log('Note: the page was not cross-origin isolated; performance.now() was coarser (100 µs).\n');

  // ------------------------------------------------------------ side by side
  console.log(`Side by side, median of ${RUNS} (ms, data ready → first render; "to frame" adds style, layout and the next frame):`);
  const side = [['workload', 'ours', 'ours w/o validation', 'Chart.js', 'ours/Chart.js', 'ours to frame', 'Chart.js to frame', 'ratio']];
  for (const { w, ours, chart } of results) {
    side.push([
      w.label,
      ms(ours.stats.median),
      ms(ours.stats.noValidation),
      chart ? ms(chart.stats.median) : '—',
      chart ? ratio(ours.stats.median, chart.stats.median) : '—',
      ms(ours.stats.toFrame),
      chart ? ms(chart.stats.toFrame) : '—',
      chart ? ratio(ours.stats.toFrame, chart.stats.toFrame) : '—',
    ]);
  }
  console.log(table(side, 'lrrrrrrr'));
  console.log('');

  // ------------------------------------------------------------ bytes
  console.log('Bytes, min+gzip -9 (same esbuild production build as `npm run size`):');
  const brows = [['bundle', 'min', 'min+gzip', 'gzip bytes']];
  let oursBytes;
  if (usable.some((e) => e.tag === 'contract-platform-chart')) {
    oursBytes = await bundle(importing(['src/components/contract-platform-chart/contract-platform-chart.ts']), 'cpc.js');
    brows.push(['<contract-platform-chart> (lit, zod/mini validation, table, CSV, es/en inside)', kb(oursBytes.min), kb(oursBytes.gzip), int(oursBytes.gzip)]);
  }
  const chartSrc =
    "import { Chart, DoughnutController, ArcElement, Legend, Tooltip, Title } from 'chart.js';\n" +
    'Chart.register(DoughnutController, ArcElement, Legend, Tooltip, Title);\nexport { Chart };\n';
  const chartBytes = await bundle(chartSrc, 'chartjs-doughnut.js');
  const chartVersion = JSON.parse(readFileSync(resolve(root, 'node_modules/chart.js/package.json'), 'utf8')).version;
  brows.push([`Chart.js ${chartVersion} doughnut (Chart + DoughnutController, ArcElement, Legend, Tooltip, Title)`, kb(chartBytes.min), kb(chartBytes.gzip), int(chartBytes.gzip)]);
  const bare = await bundle(
    "import { Chart, DoughnutController, ArcElement } from 'chart.js';\nChart.register(DoughnutController, ArcElement);\nexport { Chart };\n",
    'chartjs-bare.js',
  );
  brows.push([`Chart.js ${chartVersion} doughnut, bare (DoughnutController, ArcElement only: no legend, tooltip, title)`, kb(bare.min), kb(bare.gzip), int(bare.gzip)]);
  console.log(table(brows, 'lrrr'));
  if (oursBytes) {
    console.log(
      `ours / Chart.js: ${ratio(oursBytes.gzip, chartBytes.gzip)} the bytes (${ratio(oursBytes.gzip, bare.gzip)} of the bare one); ` +
        'Chart.js brings no feed validation, data table, CSV, text summary or i18n: a page using it adds those.',
    );
  }
  console.log('');

  // ------------------------------------------------------------ target
  const t = results.find((r) => r.w.rows === TARGET.rows);
  if (t) {
    const s = t.ours.stats;
    const met = s.median < TARGET.ms;
    console.log(`Target: ${int(TARGET.rows)} rows aggregated and rendered in under ${TARGET.ms} ms on this ${cpus().length}-core machine`);
    console.log(`(median of ${RUNS}, data ready → marks in the DOM, validation included since the element validates every \`data\`):`);
    console.log(
      `  ${met ? 'MET' : 'NOT MET'}: ${ms(s.median)} ms median (min ${ms(s.min)}, first run ${ms(s.first)}); ` +
        `validation ${ms(s.validate)}, aggregate+layout ${ms(s.model)}, render ${ms(s.render)}, other ${ms(s.other)}.`,
    );
    if (s.noValidation !== undefined) {
      console.log(`  Without validation: ${ms(s.noValidation)} ms median, ${s.noValidation < TARGET.ms ? 'under' : 'over'} ${TARGET.ms} ms.`);
    }
    if (t.chart) console.log(`  Chart.js, same rows (counting loop + new Chart): ${ms(t.chart.stats.median)} ms median.`);
  } else {
    console.log(`Target (${int(TARGET.rows)} rows under ${TARGET.ms} ms): not measured, <contract-platform-chart> is not available.`);
  }
  if (notes.length) {
    console.log('');
    for (const n of notes) console.log(`Note: ${n}`);
  }
}

try {
  await main();
} catch (e) {
  console.error(e);
  process.exitCode = 1;
} finally {
  await browser?.close().catch(() => {});
  server?.close();
  cleanup();
}
