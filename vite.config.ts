import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const here = import.meta.dirname;

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
        build: {
          outDir: resolve(here, 'dist'),
          emptyOutDir: false,
          sourcemap: true,
          target: 'es2022',
          lib: {
            entry: {
              index: resolve(here, 'src/index.ts'),
              feed: resolve(here, 'src/feed/index.ts'),
            },
            formats: ['es'],
          },
          rolldownOptions: {
            // The npm package leaves its dependencies to the user's bundler.
            external: [/^lit/, /^@lit\//, /^d3-/, /^zod/],
          },
        },
      },
);
