// Keeps the docs from drifting from the code (run by `npm test`, after the build):
// 1. every element in src/components/<tag>/<tag>.ts is in dist/custom-elements.json, and every
//    public attribute, property, event, slot, CSS part and CSS custom property of it has a
//    description (the manifest is read from the JSDoc; Storybook's controls and docs show it);
// 2. every CSS custom property the element reads (`--<tag>-x`, through the shared tokens or
//    directly) is documented, and nothing documented is a property the element does not read;
// 3. every element has stories/<tag>.stories.ts, and test/stories/stories.test.ts renders every
//    stories file.
// Usage: node scripts/check-docs.js [manifest.json]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const read = (path) => readFileSync(path, 'utf8');
const manifest = JSON.parse(read(process.argv[2] ?? 'dist/custom-elements.json'));
const problems = [];

/** Attributes every element inherits from the frame (`lang` is read, not declared, so only JSDoc names it). */
const COMMON_ATTRIBUTES = ['src', 'lang', 'theme', 'label', 'heading-level', 'loading', 'refresh'];
const frame = read('src/internal/frame.styles.ts');
const tokenBlock = frame.slice(frame.indexOf('TOKENS'), frame.indexOf('};', frame.indexOf('TOKENS')));
/** Public token names (`--ruta-<name>`, `--<tag>-<name>`), from the shared theme. */
const TOKENS = [...tokenBlock.matchAll(/^\s*'?([a-z0-9-]+)'?: \[/gm)].map((m) => m[1]);
const SERIES = TOKENS.filter((t) => t.startsWith('series-'));
const TOKEN_NAMES = new Set([...TOKENS, 'font-family', 'radius']);

const isPublic = (x) => (!x.privacy || x.privacy === 'public') && !x.static && !/^[_#]/.test(x.name);
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const tags = readdirSync('src/components').filter((t) => existsSync(`src/components/${t}/${t}.ts`)).sort();

for (const tag of tags) {
  const d = declarations.find((x) => x.tagName === tag);
  if (!d) {
    problems.push(`${tag}: not in the custom-elements manifest (does src/components/${tag}/${tag}.ts define it with a JSDoc'd class?)`);
    continue;
  }
  const described = (what, items) => {
    for (const x of items) if (!String(x.description ?? '').trim()) problems.push(`${tag}: ${what} ${x.name || '(default slot)'} has no description`);
  };
  if (!String(d.description ?? d.summary ?? '').trim()) problems.push(`${tag}: the class has no description`);
  described('attribute', (d.attributes ?? []).filter(isPublic));
  described('property', (d.members ?? []).filter((x) => x.kind === 'field' && isPublic(x)));
  described('event', d.events ?? []);
  described('slot', d.slots ?? []);
  described('CSS part', d.cssParts ?? []);
  described('CSS custom property', d.cssProperties ?? []);
  const attributes = new Set((d.attributes ?? []).map((a) => a.name));
  for (const a of COMMON_ATTRIBUTES) if (!attributes.has(a)) problems.push(`${tag}: attribute ${a} is not documented (@attr ${a} - …)`);
  if (!(d.members ?? []).some((x) => x.name === 'data' && isPublic(x))) problems.push(`${tag}: property data is not documented (@prop)`);

  // The CSS custom properties it reads: the shared tokens its styles (and the frame's) use,
  // and any `--<tag>-x` written out in its own files.
  const dir = `src/components/${tag}`;
  const own = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !/\.(layout|messages)\.ts$/.test(f))
    .map((f) => read(`${dir}/${f}`))
    .join('\n');
  const used = new Set();
  if (/\btokens\(/.test(own)) {
    for (const [, name] of (own + frame).matchAll(/var\(--_([a-z0-9-]+)/g)) {
      if (name === 'series-') SERIES.forEach((s) => used.add(`--${tag}-${s}`));
      else if (name === 'font') used.add(`--${tag}-font-family`);
      else if (TOKEN_NAMES.has(name)) used.add(`--${tag}-${name}`);
    }
  }
  for (const [, name] of own.matchAll(new RegExp(`var\\(\\s*(--${tag}-[a-z0-9-]*[a-z0-9])`, 'g'))) used.add(name);
  const documented = new Set((d.cssProperties ?? []).map((p) => p.name));
  for (const name of [...used].sort()) if (!documented.has(name)) problems.push(`${tag}: CSS custom property ${name} is read but not documented (@cssproperty)`);
  for (const name of documented) {
    const token = name.startsWith(`--${tag}-`) && TOKEN_NAMES.has(name.slice(tag.length + 3));
    if (!used.has(name) && !token) problems.push(`${tag}: CSS custom property ${name} is documented but never read`);
  }
}

// Stories: one file per element, each rendered by the stories test.
const storiesTest = read('test/stories/stories.test.ts');
const storyFiles = readdirSync('stories').filter((f) => f.endsWith('.stories.ts'));
for (const tag of tags) if (!storyFiles.includes(`${tag}.stories.ts`)) problems.push(`${tag}: no stories/${tag}.stories.ts`);
for (const f of storyFiles) {
  if (!storiesTest.includes(`'../../stories/${f.replace(/\.ts$/, '.js')}'`)) problems.push(`stories/${f} is not imported by test/stories/stories.test.ts`);
}

if (problems.length) {
  console.error(`check-docs: ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`check-docs: ${tags.length} elements documented (attributes, properties, events, slots, parts, CSS properties) and ${storyFiles.length} stories files tested`);
