import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { viteMinifyCss } from './scripts/minify-css-literals.js';

const here = import.meta.dirname;

/** The elements, by tag; each lives in src/components/<tag>/<tag>.ts. */
export const ELEMENTS = [
  'commitment-progress',
  'contract-platform-chart',
  'attendance-breakdown',
  'event-timeline',
  'territory-breakdown',
  'indicator-figure',
  'evidence-list',
  'transparency-report',
];

/**
 * `npm start` serves the demo (demo/ is the web root, the Ibagué feed at /feeds/ibague-2020.json);
 * `npm run build` builds the ESM library with its dependencies left external.
 */
export default defineConfig(({ command }) =>
  command === 'serve'
    ? {
        root: resolve(here, 'demo'),
        server: { host: true, port: 5173, fs: { allow: [here] } },
      }
    : {
        plugins: [viteMinifyCss],
        build: {
          outDir: resolve(here, 'dist'),
          emptyOutDir: false,
          sourcemap: true,
          target: 'es2022',
          lib: {
            // One entry per element (importing it defines the element), the feed layer, and an
            // index with everything.
            entry: {
              index: resolve(here, 'src/index.ts'),
              feed: resolve(here, 'src/feed/index.ts'),
              ...Object.fromEntries(ELEMENTS.map((tag) => [tag, resolve(here, `src/components/${tag}/${tag}.ts`)])),
            },
            formats: ['es'],
          },
          rolldownOptions: {
            // The npm package leaves its dependencies to the user's bundler.
            external: [/^lit/, /^@lit\//, /^d3-/, /^zod/],
            output: { chunkFileNames: 'chunks/[name]-[hash].js' },
          },
        },
      },
);
