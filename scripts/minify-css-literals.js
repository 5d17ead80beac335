// Minifies the CSS inside Lit's css`…` tagged templates at build time: comments go, whitespace
// collapses. Minifiers leave template literals alone, so without this every stylesheet ships
// with its indentation. Used by the size measurement, the bench and the Vite builds alike, so
// what is measured is what ships.
import { readFile } from 'node:fs/promises';

const CSS_TAG = /\bcss`([^`]*)`/g;

/** Minifies the CSS text of one template (interpolations `${…}` are left as they are). */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

/** Rewrites every css`…` template of a module's source. */
export function minifyCssLiterals(code) {
  return code.replace(CSS_TAG, (_, body) => `css\`${minifyCss(body)}\``);
}

/** esbuild plugin: for TypeScript files under src/. */
export const esbuildMinifyCss = {
  name: 'minify-css-literals',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => ({
      contents: minifyCssLiterals(await readFile(args.path, 'utf8')),
      loader: 'ts',
    }));
  },
};

/** Vite plugin: same, for production builds. */
export const viteMinifyCss = {
  name: 'minify-css-literals',
  apply: 'build',
  transform(code, id) {
    if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return null;
    return { code: minifyCssLiterals(code), map: null };
  },
};
