// Vue's ES module build for bundlers reads `process.env.NODE_ENV`, which a bundler (Vite, webpack)
// replaces at build time; the test server serves modules unbundled, so the tests define it.
// Imported before Vue, it runs first.
const g = globalThis as { process?: { env: Record<string, string> } };
g.process ??= { env: { NODE_ENV: 'development' } };
export {};
