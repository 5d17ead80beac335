// The esbuild settings of every bundle that ships to a browser: the CDN file, the embed page,
// and what `npm run size` and `npm run bench` measure. One place, so what is measured is what
// ships.
import { esbuildMinifyCss } from './minify-css-literals.js';

export const BROWSER_BUILD = {
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  // Lit's exports map serves its development build under `development`; `production` (plus
  // `module`, which esbuild drops as soon as conditions are given) picks the production one.
  conditions: ['production', 'module'],
  define: { 'process.env.NODE_ENV': '"production"' },
  // CSS template literals minified (scripts/minify-css-literals.js).
  plugins: [esbuildMinifyCss],
};
