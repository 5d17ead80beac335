// `node scripts/size-delta.js <tag>…`: what the given elements add, in min+gzip bytes, to the whole
// library (src/index.ts, every export) with the three first elements. A working aid for keeping
// each new element within its share of the 50 KB budget; `npm run size` is what CI checks.
import process from 'node:process';
import { ELEMENTS, LIBRARY, bundle, importing, kb } from './size.js';

const tags = process.argv.slice(2);
if (!tags.length) {
  console.error('usage: node scripts/size-delta.js <tag>…');
  process.exit(2);
}
const entry = (tag) => {
  const e = ELEMENTS.find((x) => x.tag === tag);
  if (!e) throw new Error(`unknown element <${tag}>`);
  return e.entry;
};
const base = ELEMENTS.slice(0, 3).map((e) => e.entry);
const lib = `export * from ${JSON.stringify('./' + LIBRARY)};\n`;
const before = await bundle(lib + importing(base), 'before.js');
const after = await bundle(lib + importing([...base, ...tags.map(entry)]), 'after.js');
console.log(`library + 3 elements: ${kb(before.gzip)} (${before.gzip} B) min+gzip`);
console.log(`+ ${tags.map((t) => `<${t}>`).join(' ')}: ${kb(after.gzip)} (${after.gzip} B); adds ${after.gzip - before.gzip} B`);
