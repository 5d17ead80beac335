#!/usr/bin/env node
// The publishers' validator. The code lives in dist/cli.js, built by `npm run build`
// (and on `npm install` of this repository, through the `prepare` script).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('ruta-widgets: dist/cli.js is missing; run `npm run build` first.');
  process.exit(2);
}
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2));
