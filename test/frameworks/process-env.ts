// Vue's ES module build for bundlers reads `process.env.NODE_ENV` and three feature flags, which
// a bundler (Vite, webpack) replaces at build time; the test server serves modules unbundled, so
// the tests define them. Imported before Vue, this module runs first.
const g = globalThis as Record<string, unknown> & { process?: { env: Record<string, string> } };
g.process ??= { env: { NODE_ENV: 'development' } };
g.__VUE_OPTIONS_API__ ??= true;
g.__VUE_PROD_DEVTOOLS__ ??= false;
g.__VUE_PROD_HYDRATION_MISMATCH_DETAILS__ ??= false;
export {};
