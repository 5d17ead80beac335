// Builds everything `dist/` holds: the validator CLI, the feed's JSON Schema, the ESM library
// and its type declarations. Run by `npm run build` and by `prepare` on `npm install`.
import { build as esbuild } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build as viteBuild } from 'vite';
import { BROWSER_BUILD } from './browser-build.js';

import { fileURLToPath } from 'node:url';
const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
// A clean dist/ each time, so no chunk of an earlier build lingers.
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist', { recursive: true });

// 1. The CLI: one file for Node, zod bundled in, so `npx ruta-widgets` needs nothing else.
await esbuild({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});

// 2. The JSON Schema, generated from the zod schema by the CLI just built.
const { main } = await import(new URL('../dist/cli.js', import.meta.url).href);
let schema = '';
await main(['schema'], { out: (l) => (schema += l + '\n'), err: (l) => console.error(l) });
writeFileSync('dist/feed.schema.json', schema);

// 3. The one-file build for a CDN script tag: everything inside, minified, Lit's production
// build, CSS literals minified: what `npm run size` measures.
await esbuild({
  ...BROWSER_BUILD,
  entryPoints: ['src/ruta-widgets.ts'],
  outfile: 'dist/ruta-widgets.js',
  legalComments: 'eof',
  logLevel: 'warning',
});

// 3b. The iframe embed page: dist/embed.html and its script, which loads only the element a
// page asks for (one chunk per element, shared code in common chunks).
await esbuild({
  ...BROWSER_BUILD,
  entryPoints: ['src/embed/embed.ts'],
  outdir: 'dist/embed',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});
writeFileSync(
  'dist/embed.html',
  readFileSync('demo/embed.html', 'utf8').replace(
    /<script type="module">\s*import '\.\.\/src\/embed\/embed\.ts';\s*<\/script>/,
    '<script type="module" src="./embed/embed.js"></script>',
  ),
);
if (!readFileSync('dist/embed.html', 'utf8').includes('./embed/embed.js')) throw new Error('build: could not point dist/embed.html at its script');
copyFileSync('demo/embed.css', 'dist/embed.css');

// 4. The ESM library (dependencies external) and its declarations.
await viteBuild({ logLevel: 'warn' });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });

// 5. The custom-elements manifest: attributes, properties, events, parts and CSS properties
// read from each element's JSDoc, for editors, Storybook and the docs.
execFileSync(
  process.execPath,
  [
    'node_modules/@custom-elements-manifest/analyzer/cem.js',
    'analyze',
    '--litelement',
    '--globs', 'src/components/*/*.ts', 'src/internal/ruta-element.ts',
    '--exclude', 'src/**/*.layout.ts', '--exclude', 'src/**/*.messages.ts', '--exclude', 'src/**/*.styles.ts',
    '--outdir', 'dist',
    '--quiet',
  ],
  { stdio: 'inherit' },
);
console.log('built dist/: cli.js, feed.schema.json, ruta-widgets.js (CDN), embed.html, custom-elements.json, library and types');
