// A @web/test-runner plugin that serves CommonJS-only packages (React 19 ships no ES modules) to
// the browser as ES modules, so the React example imports `react` and `react-dom/client` exactly
// as an app bundled by Vite or webpack would. The dev server's node resolution maps `react` to
// /node_modules/react/index.js; this plugin answers those paths with an esbuild bundle that has
// real named exports. Packages in the list share one copy of each other (react-dom's
// `require('react')` imports the served React module, never a second React). Vue needs nothing:
// it ships ES modules (its bundler build reads `process.env.NODE_ENV`, see vue.test.ts).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative, sep } from 'node:path';

const require = createRequire(import.meta.url);
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** @param {string[]} specifiers the CommonJS modules to serve as ES modules */
export function commonjsPackages(specifiers = ['react', 'react-dom/client'], rootDir = process.cwd()) {
  const urlOf = (spec) => `/${relative(rootDir, require.resolve(spec)).split(sep).join('/')}`;
  const urls = new Map(specifiers.map((spec) => [urlOf(spec), spec]));
  const cache = new Map();

  async function bundle(spec) {
    // The export names, read in a separate Node process: loading React here would patch the
    // console that the test runner's terminal relies on.
    const script = `process.stdout.write(JSON.stringify(Object.keys(require(${JSON.stringify(require.resolve(spec))}))))`;
    const keys = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
    const names = keys.filter((n) => n !== 'default' && IDENTIFIER.test(n));
    const others = specifiers.filter((s) => s !== spec);
    const out = await build({
      stdin: {
        contents: `import m from ${JSON.stringify(spec)};\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`,
        resolveDir: rootDir,
      },
      bundle: true,
      format: 'esm',
      write: false,
      logLevel: 'warning',
      define: { 'process.env.NODE_ENV': '"development"' },
      plugins: [
        {
          name: 'shared-packages',
          setup(b) {
            if (others.length === 0) return;
            const pattern = new RegExp(`^(${others.map((s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`);
            b.onResolve({ filter: pattern }, (args) => ({ path: args.path, namespace: 'shared' }));
            b.onLoad({ filter: /.*/, namespace: 'shared' }, (args) => ({
              contents: `export * from ${JSON.stringify(urlOf(args.path))};`,
              loader: 'js',
            }));
            b.onResolve({ filter: /^\/node_modules\// }, (args) => ({ path: args.path, external: true }));
          },
        },
      ],
    });
    return out.outputFiles[0].text;
  }

  return {
    name: 'commonjs-packages',
    async serve(context) {
      const spec = urls.get(context.path);
      if (!spec) return undefined;
      if (!cache.has(spec)) cache.set(spec, bundle(spec));
      return { body: await cache.get(spec), type: 'js' };
    },
  };
}
