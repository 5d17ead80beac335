// @web/test-runner: every test in real browsers, headless Chromium and Firefox ESR.
// Browsers are found on the machine (CHROME_PATH / FIREFOX_PATH, then the Debian paths, then
// Playwright's own if one was installed); none is ever downloaded here. BROWSERS=chromium or
// BROWSERS=firefox runs one.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { build as esbuild } from 'esbuild';
import { existsSync } from 'node:fs';
import { chromium as pwChromium } from 'playwright';
import { CHROMIUM_ARGS, systemChromium, systemFirefox } from './scripts/browsers.js';
import { commonjsPackages } from './test/frameworks/commonjs-packages.js';
import { runCli } from './test/support/cli-runner.js';
import { createFeedServer } from './test/support/feed-server.js';

const first = (...paths) => paths.find((p) => p && existsSync(p));

/** Playwright's own Chromium, present only where a user ran `npx playwright install chromium`. */
function playwrightChromium() {
  try {
    return first(pwChromium.executablePath());
  } catch {
    return undefined;
  }
}

const chromium = systemChromium() ?? playwrightChromium();
const firefox = systemFirefox();
const wanted = (process.env.BROWSERS ?? 'chromium,firefox').split(',').map((s) => s.trim());

const browsers = [];
if (wanted.includes('chromium') && chromium) {
  browsers.push(playwrightLauncher({ product: 'chromium', launchOptions: { executablePath: chromium, args: CHROMIUM_ARGS } }));
}
if (wanted.includes('firefox') && firefox) {
  browsers.push(
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: firefox, headless: true },
    }),
  );
}
if (browsers.length === 0) {
  console.error(
    'No browser found for the tests: install one (Debian: sudo apt-get install chromium firefox-esr; elsewhere: npx playwright install chromium) or set CHROME_PATH / FIREFOX_PATH.',
  );
  process.exit(1);
}

const feedServer = createFeedServer();

/** The strict policy of test/security/csp.test.ts, sent with any HTML page served under /__csp/. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";
/** Violation reports the browsers POST to /__csp/report (report-uri), read back by the `csp-reports` command. */
const cspReports = [];

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 20_000 } },
  // Lit's dev build announces itself in every file; real warnings still come through.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  // The scripted feed server also answers same-origin under /__feed/, where the loader sends
  // its own conditional requests (across origins it leaves revalidation to the browser cache).
  middleware: [
    async (ctx, next) => {
      if (ctx.path === '/__csp/report' && ctx.method === 'POST') {
        let body = '';
        for await (const chunk of ctx.req) body += chunk;
        cspReports.push(body);
        ctx.status = 204;
        return;
      }
      // /__csp/<path> serves <path>, and HTML with the strict policy (relative URLs stay under it).
      if (!ctx.path.startsWith('/__csp/')) return next();
      ctx.path = ctx.path.slice('/__csp'.length);
      await next();
      if (ctx.response.is('html')) ctx.set('content-security-policy', `${STRICT_CSP}; report-uri /__csp/report`);
    },
    async (ctx, next) => {
      if (!ctx.path.startsWith('/__feed/')) return next();
      // The scripted server writes the raw response; this only keeps the runner's 404 report quiet.
      ctx.status = 200;
      ctx.respond = false;
      feedServer.handle(ctx.req, ctx.res);
    },
  ],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    // React 19 ships CommonJS only: served to the React example's tests as ES modules.
    commonjsPackages(),
    {
      // ajv ships CommonJS only; tests import this ESM bundle of it instead.
      name: 'ajv-esm',
      async serve(context) {
        if (context.path !== '/__bundles/ajv.js') return undefined;
        const out = await esbuild({
          stdin: {
            contents: "export { default as Ajv2020 } from 'ajv/dist/2020.js'; export { default as addFormats } from 'ajv-formats';",
            resolveDir: import.meta.dirname,
          },
          bundle: true,
          format: 'esm',
          write: false,
          logLevel: 'warning',
        });
        return { body: out.outputFiles[0].text, type: 'js' };
      },
    },
    {
      name: 'ruta-test-support',
      async serverStart() {
        process.env.RUTA_FEED_SERVER = await feedServer.start();
      },
      async serverStop() {
        await feedServer.stop();
      },
      async executeCommand({ command, payload }) {
        if (command === 'feed-server') {
          if (payload?.action === 'origin') return process.env.RUTA_FEED_SERVER;
          return feedServer.command(payload);
        }
        if (command === 'run-cli') return runCli(payload);
        if (command === 'csp-reports') return payload?.clear ? cspReports.splice(0) : [...cspReports];
        return undefined;
      },
    },
  ],
  browsers,
};
