// The publishers' validator run as a real process (`node bin/ruta-widgets.js …`, built from
// src/cli/main.ts) in a fresh temporary folder, through the test runner's `run-cli` command;
// URLs are served by the scripted local feed server (test/support/feed-server.js).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface CliRun {
  args: string[];
  files?: Record<string, string>;
  bigFiles?: Record<string, number>;
  dirs?: string[];
  env?: Record<string, string>;
}
interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}
interface Reply {
  status?: number;
  body?: string;
  headers?: Record<string, string>;
  reset?: boolean;
}
interface JsonIssue {
  path: string;
  pointer: string;
  code: string;
  message: string;
  params: Record<string, unknown>;
}
interface JsonResult {
  source: string;
  ok: boolean;
  failure?: { kind: string; message: string } & Record<string, unknown>;
  errors: JsonIssue[];
  warnings: JsonIssue[];
}
interface FeedLike {
  version: number;
  report: { period: { start: string } };
  commitments: Record<string, unknown>[];
  indicators: { id: string; groups?: { id: string }[] }[];
}

const cli = (run: CliRun) => executeServerCommand<CliResult, CliRun>('run-cli', run);
const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');

let counter = 0;
let origin = '';
/** Scripts a fresh path on the feed server and returns its absolute URL, for the CLI's fetch. */
async function served(replies: Reply[]): Promise<string> {
  const path = `/cli-${Date.now()}-${counter++}.json`;
  await executeServerCommand('feed-server', { action: 'script', path, replies });
  return origin + path;
}

/** A stack frame or a thrown error's name: a publisher must never see either. */
const STACK_FRAME = /^\s{4}at /m;
const ERROR_PREFIX = /\b[A-Za-z]*Error:/;
/** Words only a Spanish sentence of ours holds, and only an English one. */
const SPANISH = /[¿«»ñ]|\b(el|la|del|que|archivo|servidor|línea|columna|versión|advertencias?|errores|válido|falta|debe)\b/i;
const ENGLISH = /\b(the|is|was|file|server|line|column|version|warnings?|errors|valid|missing|must)\b/i;

function expectNoStack(r: CliResult) {
  const all = r.stdout + r.stderr;
  expect(all, 'stack frame').not.to.match(STACK_FRAME);
  expect(all, '"Error:" prefix').not.to.match(ERROR_PREFIX);
  expect(all, 'a bug of ours').not.to.match(/error inesperado|unexpected error/);
}

/** Exactly one line in all, on exit 1, naming the source: `✗ <source>: <sentence>`. */
function expectOneClearLine(r: CliResult, source: string): string {
  expectNoStack(r);
  const all = lines(r.stdout + r.stderr);
  expect(all, JSON.stringify(r)).to.have.length(1);
  expect(r.code, JSON.stringify(r)).to.equal(1);
  const line = all[0]!;
  expect(line.startsWith(`✗ ${source}: `), line).to.equal(true);
  return line.slice(`✗ ${source}: `.length);
}

let feedText = '';
let feed: FeedLike;
/** The Ibagué warnings' paths, found from the feed's ids so they follow any reordering. */
let rural = '';
let committee = '';

before(async () => {
  const res = await fetch('/demo/feeds/ibague-2020.json');
  expect(res.ok).to.equal(true);
  feedText = await res.text();
  feed = JSON.parse(feedText) as FeedLike;
  const attendance = feed.indicators.findIndex((i) => i.id === 'attendance');
  const group = feed.indicators[attendance]!.groups!.findIndex((g) => g.id === 'rural');
  const events = feed.indicators.findIndex((i) => i.id === 'management-committee');
  expect(attendance).to.be.at.least(0);
  expect(group).to.be.at.least(0);
  expect(events).to.be.at.least(0);
  rural = `$.indicators[${attendance}].groups[${group}].declaredTotal`;
  committee = `$.indicators[${events}]`;
  origin = await executeServerCommand<string, { action: string }>('feed-server', { action: 'origin' });
  expect(origin).to.match(/^http:\/\/127\.0\.0\.1:\d+$/);
});

/** The three discrepancies of the report itself, and nothing else. */
function expectIbagueWarnings(r: CliResult, source: string, lang: 'es' | 'en') {
  expectNoStack(r);
  expect(r.code, r.stdout + r.stderr).to.equal(0);
  expect(r.stderr).to.equal('');
  const out = lines(r.stdout);
  expect(out, r.stdout).to.have.length(5);
  if (lang === 'es') {
    expect(out[0]).to.equal(`✓ ${source}: El feed es válido.`);
    expect(out[1]).to.equal('⚠ 3 advertencias');
    expect(out[2]).to.match(new RegExp(`^  ${esc(rural)}: el total declarado de «Zona rural» es 178, pero la suma de sus partes es 172$`));
    expect(out[3]).to.match(new RegExp(`^  ${esc(committee)}\\.declaredCount: el texto declara 2 eventos, pero se listan 4 fechas$`));
    expect(out[4]).to.match(new RegExp(`^  ${esc(committee)}\\.events: el compromiso 7 promete una frecuencia mensual; .*\\b4 de 12 meses$`));
    for (const l of out.slice(2)) expect(l).not.to.match(ENGLISH);
  } else {
    expect(out[0]).to.equal(`✓ ${source}: The feed is valid.`);
    expect(out[1]).to.equal('⚠ 3 warnings');
    expect(out[2]).to.match(new RegExp(`^  ${esc(rural)}: the declared total of "Zona rural" is 178, but its parts add up to 172$`));
    expect(out[3]).to.match(new RegExp(`^  ${esc(committee)}\\.declaredCount: the text declares 2 events, but 4 dates are listed$`));
    expect(out[4]).to.match(new RegExp(`^  ${esc(committee)}\\.events: commitment 7 promises a monthly cadence; .*\\b4 of 12 months\\b`));
    for (const l of out) expect(l).not.to.match(SPANISH);
  }
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('ruta-widgets validate: the Ibagué 2020 feed', () => {
  it('is valid (exit 0) and prints exactly its three warnings with their JSON paths, in Spanish by default', async () => {
    const r = await cli({ args: ['validate', 'ibague-2020.json'], files: { 'ibague-2020.json': feedText } });
    expectIbagueWarnings(r, 'ibague-2020.json', 'es');
  });

  it('prints them in English with --lang en (and --lang=en, before or after the file)', async () => {
    const files = { 'ibague-2020.json': feedText };
    expectIbagueWarnings(await cli({ args: ['validate', 'ibague-2020.json', '--lang', 'en'], files }), 'ibague-2020.json', 'en');
    expectIbagueWarnings(await cli({ args: ['validate', '--lang=en', 'ibague-2020.json'], files }), 'ibague-2020.json', 'en');
  });

  it('speaks Spanish whatever the machine\'s LANG says; only --lang changes it', async () => {
    const files = { 'ibague-2020.json': feedText };
    const r = await cli({ args: ['validate', 'ibague-2020.json'], files, env: { LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' } });
    expectIbagueWarnings(r, 'ibague-2020.json', 'es');
  });

  it('accepts a file that starts with a byte-order mark', async () => {
    const r = await cli({ args: ['validate', 'bom.json'], files: { 'bom.json': '\uFEFF' + feedText } });
    expectIbagueWarnings(r, 'bom.json', 'es');
  });

  it('validates the feed from a URL (HTTP 200)', async () => {
    const url = await served([{ body: feedText }]);
    expectIbagueWarnings(await cli({ args: ['validate', url] }), url, 'es');
  });

  it('--json prints ok, no errors, and the three warnings with path, pointer, code and message', async () => {
    const r = await cli({ args: ['validate', 'ibague-2020.json', '--json'], files: { 'ibague-2020.json': feedText } });
    expect(r.code).to.equal(0);
    expect(r.stderr).to.equal('');
    const out = JSON.parse(r.stdout) as JsonResult;
    expect(out.ok).to.equal(true);
    expect(out.source).to.equal('ibague-2020.json');
    expect(out.errors).to.deep.equal([]);
    expect(out.warnings.map((w) => [w.path, w.code])).to.deep.equal([
      [rural, 'total-mismatch'],
      [`${committee}.declaredCount`, 'count-mismatch'],
      [`${committee}.events`, 'cadence-shortfall'],
    ]);
    const pointer = rural.replace(/^\$/, '').replace(/\[(\d+)\]/g, '/$1').replace(/\./g, '/');
    expect(out.warnings[0]!.pointer).to.equal(pointer);
    expect(out.warnings[0]!.message).to.match(/^el total declarado de «Zona rural» es 178/);
    expect(out.warnings[0]!.params).to.include({ declared: 178, sum: 172 });
    for (const w of out.warnings) {
      expect(w.pointer).to.match(/^(\/[A-Za-z0-9]+)+$/);
      expect(w.message).to.be.a('string').and.not.equal('');
    }
  });

  it('--json --lang en gives English messages', async () => {
    const r = await cli({ args: ['validate', '--json', 'ibague-2020.json', '--lang', 'en'], files: { 'ibague-2020.json': feedText } });
    expect(r.code).to.equal(0);
    const out = JSON.parse(r.stdout) as JsonResult;
    expect(out.warnings).to.have.length(3);
    expect(out.warnings[0]!.message).to.match(/^the declared total of "Zona rural" is 178/);
    for (const w of out.warnings) expect(w.message).not.to.match(SPANISH);
  });
});

describe('ruta-widgets validate: an invalid feed', () => {
  let invalid = '';
  before(() => {
    const f = JSON.parse(feedText) as FeedLike;
    f.report.period.start = '2020-13-45';
    delete f.commitments[0]!.text;
    f.commitments[1]!.colour = 'red';
    f.commitments[2]!.number = 'tres';
    invalid = JSON.stringify(f, null, 2);
  });
  const files = () => ({ 'invalid.json': invalid });

  it('prints each error with its JSON path and a Spanish message, and exits 1', async () => {
    const r = await cli({ args: ['validate', 'invalid.json'], files: files() });
    expectNoStack(r);
    expect(r.code).to.equal(1);
    const out = lines(r.stdout);
    expect(out, r.stdout).to.have.length(5);
    expect(out[0]).to.equal('✗ invalid.json: 4 errores');
    expect(out.slice(1).map((l) => l.trim().split(': ')[0])).to.have.members([
      '$.report.period.start',
      '$.commitments[0].text',
      '$.commitments[1].colour',
      '$.commitments[2].number',
    ]);
    const byPath = (p: string) => out.find((l) => l.startsWith(`  ${p}: `)) ?? '';
    expect(byPath('$.report.period.start')).to.match(/fecha real con formato AAAA-MM-DD.*"2020-13-45"$/);
    expect(byPath('$.commitments[0].text')).to.match(/falta este campo, que es obligatorio$/);
    expect(byPath('$.commitments[1].colour')).to.match(/el campo «colour» no existe/);
    expect(byPath('$.commitments[2].number')).to.match(/debe ser un número, pero es un texto$/);
    for (const l of out) expect(l).not.to.match(ENGLISH);
  });

  it('prints them in English with --lang en', async () => {
    const r = await cli({ args: ['validate', 'invalid.json', '--lang', 'en'], files: files() });
    expect(r.code).to.equal(1);
    const out = lines(r.stdout);
    expect(out[0]).to.equal('✗ invalid.json: 4 errors');
    expect(out).to.include('  $.commitments[0].text: this required field is missing');
    expect(out).to.include('  $.commitments[2].number: must be a number, but is a string');
    for (const l of out) expect(l).not.to.match(SPANISH);
  });

  it('--json prints ok: false and each error with path, pointer, code and message', async () => {
    const r = await cli({ args: ['validate', 'invalid.json', '--json'], files: files() });
    expect(r.code).to.equal(1);
    expectNoStack(r);
    const out = JSON.parse(r.stdout) as JsonResult;
    expect(out.ok).to.equal(false);
    expect(out.failure?.kind).to.equal('schema');
    expect(out.warnings).to.deep.equal([]);
    const text = out.errors.find((e) => e.path === '$.commitments[0].text');
    expect(text).to.include({ pointer: '/commitments/0/text', code: 'required', message: 'falta este campo, que es obligatorio' });
    const number = out.errors.find((e) => e.path === '$.commitments[2].number');
    expect(number).to.include({ pointer: '/commitments/2/number', code: 'type' });
    expect(out.errors.map((e) => e.code)).to.have.members(['date', 'required', 'unknown-key', 'type']);
  });

  it('an error deep in a list is reported at its own path ($.commitments[11].text)', async () => {
    const f = JSON.parse(feedText) as FeedLike;
    f.commitments[11]!.text = 42;
    const r = await cli({ args: ['validate', 'deep.json'], files: { 'deep.json': JSON.stringify(f) } });
    expect(r.code).to.equal(1);
    expect(lines(r.stdout)).to.deep.equal(['✗ deep.json: 1 error', '  $.commitments[11].text: debe ser un texto, pero es un número entero']);
  });
});

/** A bad input: what to give the CLI, and what its one line must say in each language. */
interface BadInput {
  name: string;
  /** The file name or URL; a function for URLs scripted per test. */
  source: string | (() => Promise<string>);
  files?: Record<string, string>;
  bigFiles?: Record<string, number>;
  dirs?: string[];
  es: RegExp;
  en: RegExp;
  /** What `--json` must say about the failure. */
  json: Record<string, unknown>;
}

const NOT_JSON = '{\n  "version": 1,\n  "report": {,\n}\n';

const BAD_INPUTS: BadInput[] = [
  {
    name: 'not JSON (names line and column)',
    source: 'broken.json',
    files: { 'broken.json': NOT_JSON },
    es: /^El feed no es JSON válido: en la línea 3, columna 14 /,
    en: /^The feed is not valid JSON: at line 3, column 14 /,
    json: { kind: 'json', line: 3, column: 14 },
  },
  {
    name: 'a trailing comma',
    source: 'comma.json',
    files: { 'comma.json': '{"version": 1,}' },
    es: /línea 1, columna 15/,
    en: /line 1, column 15/,
    json: { kind: 'json', line: 1, column: 15 },
  },
  {
    name: 'an empty file',
    source: 'empty.json',
    files: { 'empty.json': '' },
    es: /^El feed está vacío\.$/,
    en: /^The feed is empty\.$/,
    json: { kind: 'empty' },
  },
  {
    name: 'a file of blanks',
    source: 'blank.json',
    files: { 'blank.json': '  \n\t\n' },
    es: /^El feed está vacío\.$/,
    en: /^The feed is empty\.$/,
    json: { kind: 'empty' },
  },
  {
    name: 'a file that does not exist',
    source: 'missing.json',
    es: /^No existe el archivo missing\.json\.$/,
    en: /^The file missing\.json does not exist\.$/,
    json: { kind: 'no-file', path: 'missing.json' },
  },
  {
    name: 'a file in a folder that does not exist',
    source: 'nowhere/feed.json',
    es: /^No existe el archivo nowhere\/feed\.json\.$/,
    en: /^The file nowhere\/feed\.json does not exist\.$/,
    json: { kind: 'no-file' },
  },
  {
    name: 'a directory',
    source: 'feeds',
    dirs: ['feeds'],
    es: /^feeds no es un archivo\.$/,
    en: /^feeds is not a file\.$/,
    json: { kind: 'not-file', path: 'feeds' },
  },
  {
    name: 'an unreachable URL',
    source: 'http://127.0.0.1:9/feed.json',
    es: /^No se pudo conectar con el servidor del feed/,
    en: /^Could not reach the feed's server/,
    json: { kind: 'network' },
  },
  {
    name: 'a connection dropped by the server',
    source: () => served([{ reset: true }]),
    es: /^No se pudo conectar con el servidor del feed/,
    en: /^Could not reach the feed's server/,
    json: { kind: 'network' },
  },
  {
    name: 'a URL that is not http(s)',
    source: 'ftp://example.org/feed.json',
    es: /solo http o https/,
    en: /http or https only/,
    json: { kind: 'bad-url' },
  },
  {
    name: 'HTTP 404',
    source: () => served([{ status: 404, body: 'Not found' }]),
    es: /^El servidor respondió con el estado HTTP 404 \(no encontrado\)\.$/,
    en: /^The server answered with HTTP status 404 \(not found\)\.$/,
    json: { kind: 'http', status: 404 },
  },
  {
    name: 'HTTP 500',
    source: () => served([{ status: 500, body: '{"error":"boom"}' }]),
    es: /^El servidor respondió con el estado HTTP 500 \(error del servidor\)\.$/,
    en: /^The server answered with HTTP status 500 \(server error\)\.$/,
    json: { kind: 'http', status: 500 },
  },
  {
    name: 'invalid JSON from a URL',
    source: () => served([{ body: '{"version": 1,\n "report": [}' }]),
    es: /^El feed no es JSON válido: en la línea 2, columna 13 /,
    en: /^The feed is not valid JSON: at line 2, column 13 /,
    json: { kind: 'json', line: 2, column: 13 },
  },
  {
    name: 'an HTML error page served as the feed',
    source: () =>
      served([{ body: '<!DOCTYPE html>\n<html><body><h1>Error 503</h1></body></html>', headers: { 'content-type': 'text/html' } }]),
    es: /parece una página HTML/,
    en: /looks like an HTML page/,
    json: { kind: 'json', html: true },
  },
  {
    name: 'an HTML page saved as the feed file',
    source: 'page.json',
    files: { 'page.json': '<html><head><title>404</title></head></html>' },
    es: /parece una página HTML/,
    en: /looks like an HTML page/,
    json: { kind: 'json', html: true },
  },
  {
    name: 'a wrong version',
    source: 'v2.json',
    files: { 'v2.json': JSON.stringify({ version: 2, report: {}, commitments: [] }) },
    es: /^El feed declara la versión 2; /,
    en: /^The feed declares version 2; /,
    json: { kind: 'version', found: '2' },
  },
  {
    name: 'a JSON value that is not an object',
    source: 'list.json',
    files: { 'list.json': '[1, 2, 3]' },
    es: /^El feed debe ser un objeto JSON/,
    en: /^The feed must be a JSON object/,
    json: { kind: 'not-object', found: 'array' },
  },
  {
    name: 'a 50 MB file',
    source: 'big.json',
    bigFiles: { 'big.json': 50 * 1024 * 1024 },
    es: /^El feed es demasiado grande \(50 MB; el máximo es \d+ MB\)\.$/,
    en: /^The feed is too large \(50 MB; the limit is \d+ MB\)\.$/,
    json: { kind: 'too-large' },
  },
];

describe('ruta-widgets validate: each bad input is one clear line and exit 1', function () {
  this.timeout(60_000);

  for (const bad of BAD_INPUTS) {
    const run = async (extra: string[]) => {
      const source = typeof bad.source === 'string' ? bad.source : await bad.source();
      const args = ['validate', source, ...extra];
      return { source, r: await cli({ args, files: bad.files ?? {}, bigFiles: bad.bigFiles ?? {}, dirs: bad.dirs ?? [] }) };
    };

    it(`${bad.name}: Spanish by default`, async () => {
      const { source, r } = await run([]);
      const message = expectOneClearLine(r, source);
      expect(message).to.match(bad.es);
      expect(message.replace(source, ''), 'English words').not.to.match(ENGLISH);
    });

    it(`${bad.name}: English with --lang en`, async () => {
      const { source, r } = await run(['--lang', 'en']);
      const message = expectOneClearLine(r, source);
      expect(message).to.match(bad.en);
      expect(message.replace(source, ''), 'Spanish words').not.to.match(SPANISH);
    });

    it(`${bad.name}: --json says why, with its details`, async () => {
      const { source, r } = await run(['--json']);
      expect(r.code).to.equal(1);
      expectNoStack(r);
      const out = JSON.parse(r.stdout) as JsonResult;
      expect(out).to.include({ source, ok: false });
      expect(out.errors).to.deep.equal([]);
      expect(out.warnings).to.deep.equal([]);
      expect(out.failure).to.include(bad.json);
      expect(out.failure!.message).to.match(bad.es);
    });
  }
});

describe('ruta-widgets: usage errors exit 2 with the usage text', () => {
  const USAGE_ES = 'ruta-widgets validate <archivo-o-url> [--lang es|en] [--json]';
  const USAGE_EN = 'ruta-widgets validate <file-or-url> [--lang es|en] [--json]';

  async function usageError(args: string[], first?: RegExp, usage = USAGE_ES) {
    const r = await cli({ args, files: { 'feed.json': feedText } });
    expectNoStack(r);
    expect(r.code, JSON.stringify(r)).to.equal(2);
    expect(r.stdout).to.equal('');
    expect(r.stderr).to.include(usage);
    expect(r.stderr).to.include('ruta-widgets schema');
    if (first) expect(lines(r.stderr)[0]).to.match(first);
    return r;
  }

  it('no arguments', async () => {
    const r = await usageError([]);
    expect(lines(r.stderr)[0]).to.match(/^Uso:/);
  });
  it('an unknown option', () => usageError(['validate', 'feed.json', '--strict'], /^Opción desconocida: --strict$/));
  it('an unknown option, in English with --lang en', () =>
    usageError(['validate', 'feed.json', '--strict', '--lang', 'en'], /^Unknown option: --strict$/, USAGE_EN));
  it('an unknown command', () => usageError(['check', 'feed.json'], /^Comando desconocido: check$/));
  it('an unknown command, in English', () => usageError(['--lang', 'en', 'check'], /^Unknown command: check$/, USAGE_EN));
  it('validate with no file', () => usageError(['validate'], /^Falta el archivo o la URL del feed\.$/));
  it('validate with two files', () => usageError(['validate', 'feed.json', 'other.json'], /^Sobra el argumento: other\.json$/));
  it('--lang with no language', () => usageError(['validate', 'feed.json', '--lang'], /--lang/));
  it('--lang with an unsupported language', () => usageError(['validate', 'feed.json', '--lang', 'fr'], /fr/));

  it('--help prints the usage on stdout and exits 0', async () => {
    for (const args of [['--help'], ['validate', '--help'], ['help', '--lang', 'en']]) {
      const r = await cli({ args });
      expect(r.code, args.join(' ')).to.equal(0);
      expect(r.stderr).to.equal('');
      expect(r.stdout).to.include(args.includes('en') ? USAGE_EN : USAGE_ES);
    }
  });
});

describe('ruta-widgets schema', () => {
  it('prints the JSON Schema: parseable, with $schema and $id, exit 0', async () => {
    const r = await cli({ args: ['schema'] });
    expect(r.code).to.equal(0);
    expect(r.stderr).to.equal('');
    const schema = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).to.be.a('string').and.match(/^https:\/\/.+\.json$/);
    expect(schema.type).to.equal('object');
    expect(schema.properties).to.have.property('version');
    expect(schema.properties).to.have.property('commitments');
    expect(schema.properties).to.have.property('indicators');
  });

  it('is the same schema the build wrote to dist/feed.schema.json', async () => {
    const r = await cli({ args: ['schema'] });
    const res = await fetch('/dist/feed.schema.json');
    expect(res.ok).to.equal(true);
    expect(JSON.parse(r.stdout)).to.deep.equal(await res.json());
  });

  it('an extra argument is a usage error', async () => {
    const r = await cli({ args: ['schema', 'extra'] });
    expect(r.code).to.equal(2);
    expect(r.stdout).to.equal('');
    expect(r.stderr).to.include('ruta-widgets schema');
  });
});
