// `npm run size`: what the elements cost a reader's browser, in minified and min+gzip bytes.
//
// Each element entry, one bundle importing all of them, and the whole library (src/index.ts with
// every export kept: elements, feed validation, formatting) are bundled with everything inside
// (lit, any d3 module the code imports, the zod/mini validation, our own code: all that ships to the browser),
// minified, with production conditions (Lit's production build), and gzipped at level 9. The
// all-three bundle is broken down by package from esbuild's metafile, so we know what costs what.
//
// Budget: 50 KB (50 × 1024 bytes) min+gzip for everything together (the whole library, which
// includes every element). Over it, exit 1.
// Element entries not written yet are listed as "missing"; the budget then applies to those
// that exist, and the output says so. Offline, deterministic, about a second.
import { build } from 'esbuild';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BROWSER_BUILD as SHIPPED } from './browser-build.js';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** The element entries, each registering its element with `@customElement`. */
export const ELEMENTS = [
  { tag: 'commitment-progress', entry: 'src/components/commitment-progress/commitment-progress.ts' },
  { tag: 'contract-platform-chart', entry: 'src/components/contract-platform-chart/contract-platform-chart.ts' },
  { tag: 'attendance-breakdown', entry: 'src/components/attendance-breakdown/attendance-breakdown.ts' },
  { tag: 'event-timeline', entry: 'src/components/event-timeline/event-timeline.ts' },
  { tag: 'territory-breakdown', entry: 'src/components/territory-breakdown/territory-breakdown.ts' },
  { tag: 'indicator-figure', entry: 'src/components/indicator-figure/indicator-figure.ts' },
  { tag: 'evidence-list', entry: 'src/components/evidence-list/evidence-list.ts' },
  { tag: 'transparency-report', entry: 'src/components/transparency-report/transparency-report.ts' },
];

/** The whole library: every export of the package's main entry. */
export const LIBRARY = 'src/index.ts';

export const BUDGET_GZIP = 50 * 1024;

/** The settings every measured bundle shares: those of the shipped browser builds. */
export const BROWSER_BUILD = {
  ...SHIPPED,
  // The experimentalDecorators setting Lit's decorators need.
  tsconfig: resolve(root, 'tsconfig.json'),
  absWorkingDir: root,
  write: false,
  metafile: true,
  logLevel: 'silent',
};

/** Which of the element entries exist now. */
export function presentElements() {
  return ELEMENTS.map((e) => ({ ...e, present: existsSync(resolve(root, e.entry)) }));
}

/** Bundles JavaScript source (imports resolved from the repository root); bytes and metafile. */
export async function bundle(contents, name = 'entry.js', plugins = []) {
  const result = await build({
    ...BROWSER_BUILD,
    plugins: [...plugins, ...SHIPPED.plugins],
    stdin: { contents, resolveDir: root, sourcefile: name, loader: 'js' },
    outfile: resolve(root, 'size-out', name),
  });
  const out = result.outputFiles.find((f) => f.path.endsWith('.js'));
  const code = out.contents;
  return { code, min: code.length, gzip: gzipSync(code, { level: 9 }).length, metafile: result.metafile };
}

/** An entry module importing the given repository files (for their side effects). */
export const importing = (files) => files.map((f) => `import ${JSON.stringify('./' + f)};`).join('\n') + '\n';

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const bytesText = (bytes) => bytes.toLocaleString('en-US');

/** Bytes per package (node_modules) and per top-level folder of src/, from the metafile. */
function breakdown(metafile) {
  const [output] = Object.values(metafile.outputs);
  const groups = new Map();
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    const rel = relative(root, resolve(root, path)).split('\\').join('/');
    let group;
    const nm = rel.lastIndexOf('node_modules/');
    if (nm >= 0) {
      const parts = rel.slice(nm + 'node_modules/'.length).split('/');
      group = parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
    } else if (rel.startsWith('src/')) {
      const parts = rel.split('/');
      group = parts[1] === 'components' ? `src/components/${parts[2]}` : parts.length > 2 ? `src/${parts[1]}` : rel;
    } else group = '(entry)';
    groups.set(group, (groups.get(group) ?? 0) + bytesInOutput);
  }
  return [...groups].filter(([, b]) => b > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** The npm packages our own code (src/) imports directly, with the specifiers it uses. */
function directPackages(metafile) {
  const byPackage = new Map();
  for (const [path, input] of Object.entries(metafile.inputs)) {
    if (!path.startsWith('src/')) continue;
    for (const imp of input.imports) {
      const spec = imp.original;
      if (!spec || spec.startsWith('.') || spec.startsWith('/') || imp.external) continue;
      const parts = spec.split('/');
      const pkg = spec.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
      if (!byPackage.has(pkg)) byPackage.set(pkg, new Set());
      byPackage.get(pkg).add(spec);
    }
  }
  return [...byPackage].map(([pkg, specs]) => ({ pkg, specs: [...specs].sort() })).sort((a, b) => (a.pkg < b.pkg ? -1 : 1));
}

/** An esbuild plugin replacing these specifiers by modules of empty functions with the same export names. */
async function stubPlugin(specs) {
  const modules = new Map();
  for (const spec of specs) {
    const names = Object.keys(await import(spec)).filter((n) => n !== 'default');
    modules.set(spec, `const f = () => {};\nexport { ${names.map((n) => `f as ${n}`).join(', ')} };\n`);
  }
  const filter = new RegExp(`^(?:${specs.map((s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`);
  return {
    name: 'stub',
    setup(b) {
      b.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'stub' }));
      b.onLoad({ filter: /.*/, namespace: 'stub' }, (args) => ({ contents: modules.get(args.path), loader: 'js' }));
    },
  };
}

/** The same entry built by Vite 8 (Rolldown), as a one-file library build would: a cross-check. */
async function viteSize(files) {
  const { build: viteBuild } = await import('vite');
  const dir = mkdtempSync(join(tmpdir(), 'ruta-size-'));
  try {
    const entry = join(dir, 'all.js');
    writeFileSync(entry, files.map((f) => `import ${JSON.stringify(resolve(root, f))};`).join('\n') + '\n');
    const result = await viteBuild({
      configFile: false,
      logLevel: 'silent',
      root,
      resolve: { conditions: ['production'] },
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        write: false,
        target: 'es2022',
        minify: true,
        lib: { entry, formats: ['es'], fileName: 'all' },
        rolldownOptions: { output: { minify: true, codeSplitting: false } },
      },
    });
    const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
    const code = Buffer.concat(outputs.map((o) => Buffer.from(o.code)));
    return { min: code.length, gzip: gzipSync(code, { level: 9 }).length, chunks: outputs.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function table(rows, align) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows
    .map((r) => r.map((c, i) => (align[i] === 'r' ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd())
    .join('\n');
}

async function main() {
  const elements = presentElements();
  const present = elements.filter((e) => e.present);
  console.log('Bundle size: esbuild, bundled (lit, zod/mini, any d3 module imported, and src inside), minified, es2022, production conditions, gzip -9.');
  console.log('');

  const rows = [['bundle', 'min', 'min bytes', 'min+gzip', 'gzip bytes']];
  const broken = [];
  for (const e of elements) {
    if (!e.present) {
      rows.push([`<${e.tag}>`, 'missing', '', '', '']);
      continue;
    }
    try {
      const b = await bundle(importing([e.entry]), `${e.tag}.js`);
      rows.push([`<${e.tag}>`, kb(b.min), bytesText(b.min), kb(b.gzip), bytesText(b.gzip)]);
    } catch (err) {
      const why = String(err?.errors?.[0]?.text ?? err?.message ?? err).split('\n')[0];
      rows.push([`<${e.tag}>`, 'does not build', '', '', '']);
      broken.push(`<${e.tag}> (${e.entry}): ${why}`);
    }
  }
  if (broken.length) {
    console.log(table(rows, 'lrrrr'));
    console.log('');
    for (const b of broken) console.log(`SIZE CHECK FAILED: ${b}`);
    process.exit(1);
  }
  if (present.length === 0) {
    console.log(table(rows, 'lrrrr'));
    console.log('\nNo element entry exists yet: nothing to measure.');
    process.exit(1);
  }
  const all = await bundle(importing(present.map((e) => e.entry)), 'all.js');
  const allName = present.length === ELEMENTS.length ? `all ${ELEMENTS.length} elements together` : `elements together (${present.length} of ${ELEMENTS.length} present)`;
  rows.push([allName, kb(all.min), bytesText(all.min), kb(all.gzip), bytesText(all.gzip)]);
  // Every export kept (not a side-effect import, which would let esbuild drop unused exports).
  const library = await bundle(`export * from ${JSON.stringify('./' + LIBRARY)};\n${importing(present.map((e) => e.entry))}`, 'library.js');
  const libName = `whole library (${LIBRARY}, every export)`;
  rows.push([libName, kb(library.min), bytesText(library.min), kb(library.gzip), bytesText(library.gzip)]);
  console.log(table(rows, 'lrrrr'));

  console.log('');
  console.log(`Breakdown of "${allName}" by package (minified bytes from esbuild's metafile; gzip does not split`);
  console.log('by module, so "≈ gzip" is that share of the whole bundle\'s gzip: an estimate):');
  const parts = breakdown(all.metafile);
  const accounted = parts.reduce((s, [, b]) => s + b, 0);
  const rest = all.min - accounted;
  const prow = [['package / folder', 'min bytes', 'share', '≈ gzip']];
  const line = (name, b) => [name, bytesText(b), `${((b / all.min) * 100).toFixed(1)} %`, kb((b / all.min) * all.gzip)];
  const srcTotal = parts.filter(([g]) => g.startsWith('src/')).reduce((s, [, b]) => s + b, 0);
  for (const [g, b] of parts) if (!g.startsWith('src/')) prow.push(line(g, b));
  prow.push(line('src/ (ours, total)', srcTotal));
  for (const [g, b] of parts) if (g.startsWith('src/')) prow.push(line(`  ${g}`, b));
  if (rest > 0) prow.push(line('(bundle glue, legal comments)', rest));
  prow.push(line('total', all.min));
  console.log(table(prow, 'lrrr'));


  console.log('');
  console.log(`What each npm package our code imports directly costs "${allName}" in min+gzip: the bundle rebuilt`);
  console.log('with that package replaced by empty stubs (its own dependencies go too unless something else uses them):');
  const drow = [['package', 'without it', 'saves', 'saves bytes']];
  const files = present.map((e) => e.entry);
  for (const { pkg, specs } of directPackages(all.metafile)) {
    if (pkg === 'lit' || pkg.startsWith('@lit/')) {
      drow.push([pkg, '(the elements\' base class: not optional)', '', '']);
      continue;
    }
    try {
      const without = await bundle(importing(files), 'without.js', [await stubPlugin(specs)]);
      drow.push([specs.join(', '), kb(without.gzip), kb(all.gzip - without.gzip), bytesText(all.gzip - without.gzip)]);
    } catch (e) {
      drow.push([specs.join(', '), `n/a (${e.message.split('\n')[0]})`, '', '']);
    }
  }
  console.log(table(drow, 'lrrr'));

  console.log('');
  try {
    const v = await viteSize(files);
    console.log(`Cross-check, Vite 8 (Rolldown) one-file build of "${allName}": ${kb(v.min)} (${bytesText(v.min)}) min, ${kb(v.gzip)} (${bytesText(v.gzip)}) min+gzip${v.chunks > 1 ? ` in ${v.chunks} chunks` : ''}.`);
    console.log('The budget below is checked on the esbuild figure above.');
  } catch (e) {
    console.log(`Cross-check with Vite skipped: ${e.message.split('\n')[0]}`);
  }

  console.log('');
  const missing = elements.filter((e) => !e.present).map((e) => `<${e.tag}>`);
  if (missing.length) {
    console.log(`Note: ${missing.join(', ')} missing (entry file not there yet); the budget is checked on what exists.`);
  }
  const checked = Math.max(all.gzip, library.gzip);
  const verdict = `${libName}: ${kb(library.gzip)} (${bytesText(library.gzip)} bytes) min+gzip; ${allName}: ${kb(all.gzip)}; budget ${kb(BUDGET_GZIP)} (${bytesText(BUDGET_GZIP)} bytes)`;
  if (checked > BUDGET_GZIP) {
    console.log(`SIZE BUDGET EXCEEDED: ${verdict}, over by ${bytesText(checked - BUDGET_GZIP)} bytes.`);
    process.exit(1);
  }
  console.log(`Size budget met: ${verdict}, ${bytesText(BUDGET_GZIP - checked)} bytes to spare.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
