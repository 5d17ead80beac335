/**
 * `ruta-widgets`: the publishers' command-line validator.
 *
 *   ruta-widgets validate <file-or-url> [--lang es|en] [--json]
 *   ruta-widgets schema
 *
 * Runs in Node with no DOM. Every failure is one clear line, never a stack trace: a publisher
 * reads this output, not a developer. Exit codes: 0 valid (warnings alone do not fail),
 * 1 invalid or unreadable feed, 2 wrong usage.
 */
import { readFile, stat } from 'node:fs/promises';
import type { LoadFailure } from '../feed/failure.js';
import { jsonPath, jsonPointer, type FeedIssue } from '../feed/issues.js';
import { feedJsonSchema } from '../feed/json-schema.js';
import { MAX_FEED_BYTES } from '../feed/json-text.js';
import { validateFeedText } from '../feed/validate.js';
import { resolveLang, type Lang } from '../format/locale.js';
import { failureMessage, issueMessage, MESSAGES } from '../format/messages.js';

export const FETCH_TIMEOUT_MS = 20_000;

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

const USAGE: Record<Lang, string> = {
  es: `Uso:
  ruta-widgets validate <archivo-o-url> [--lang es|en] [--json]   valida un feed
  ruta-widgets schema                                             imprime el JSON Schema del feed`,
  en: `Usage:
  ruta-widgets validate <file-or-url> [--lang es|en] [--json]   validate a feed
  ruta-widgets schema                                           print the feed's JSON Schema`,
};

type Read = { ok: true; text: string } | { ok: false; failure: LoadFailure };

async function readSource(source: string): Promise<Read> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) {
    let url: URL;
    try {
      url = new URL(source);
    } catch {
      return { ok: false, failure: { kind: 'bad-url', url: source } };
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, failure: { kind: 'bad-url', url: source } };
    return fetchText(url);
  }
  let info;
  try {
    info = await stat(source);
  } catch {
    return { ok: false, failure: { kind: 'no-file', path: source } };
  }
  if (!info.isFile()) return { ok: false, failure: { kind: 'not-file', path: source } };
  // Refuse before reading: a 50 MB file is not loaded into memory to be refused afterwards.
  if (info.size > MAX_FEED_BYTES) return { ok: false, failure: { kind: 'too-large', bytes: info.size, limit: MAX_FEED_BYTES } };
  return { ok: true, text: await readFile(source, 'utf8') };
}

async function fetchText(url: URL): Promise<Read> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
  try {
    const res = await fetch(url, { signal: controller.signal, headers: { accept: 'application/json' } });
    if (!res.ok) return { ok: false, failure: { kind: 'http', status: res.status } };
    const declared = Number(res.headers.get('content-length') ?? 0);
    if (declared > MAX_FEED_BYTES) return { ok: false, failure: { kind: 'too-large', bytes: declared, limit: MAX_FEED_BYTES } };
    // Read in chunks so an undeclared huge body is cut off at the limit.
    const reader = res.body?.getReader();
    if (!reader) return { ok: true, text: '' };
    const chunks: Uint8Array[] = [];
    let bytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (bytes > MAX_FEED_BYTES) {
        await reader.cancel();
        return { ok: false, failure: { kind: 'too-large', bytes, limit: MAX_FEED_BYTES } };
      }
      chunks.push(value);
    }
    return { ok: true, text: new TextDecoder().decode(Buffer.concat(chunks)) };
  } catch {
    return controller.signal.aborted
      ? { ok: false, failure: { kind: 'timeout', ms: FETCH_TIMEOUT_MS } }
      : { ok: false, failure: { kind: 'network' } };
  } finally {
    clearTimeout(timer);
  }
}

function issueJson(issue: FeedIssue, lang: Lang) {
  return {
    path: jsonPath(issue.path),
    pointer: jsonPointer(issue.path),
    code: issue.code,
    message: issueMessage(issue, lang),
    params: issue.params,
  };
}

async function validateCommand(args: string[], io: Io): Promise<number> {
  let lang: Lang = 'es';
  let json = false;
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a === '--lang') lang = resolveLang(args[++i]);
    else if (a.startsWith('--lang=')) lang = resolveLang(a.slice(7));
    else if (a.startsWith('--')) {
      io.err(`${lang === 'es' ? 'Opción desconocida' : 'Unknown option'}: ${a}\n${USAGE[lang]}`);
      return 2;
    } else positional.push(a);
  }
  if (positional.length !== 1) {
    io.err(USAGE[lang]);
    return 2;
  }
  const source = positional[0]!;
  const m = MESSAGES[lang];
  const read = await readSource(source);
  const result = read.ok ? validateFeedText(read.text) : read;

  if (json) {
    const out = result.ok
      ? { source, ok: true, errors: [], warnings: result.warnings.map((w) => issueJson(w, lang)) }
      : {
          source,
          ok: false,
          failure: { kind: result.failure.kind, message: failureMessage(result.failure, lang) },
          errors: result.failure.kind === 'schema' ? result.failure.errors.map((e) => issueJson(e, lang)) : [],
          warnings: [],
        };
    io.out(JSON.stringify(out, null, 2));
    return result.ok ? 0 : 1;
  }

  if (!result.ok) {
    if (result.failure.kind === 'schema') {
      io.out(`✗ ${source}: ${m.errorsCount(result.failure.errors.length)}`);
      for (const e of result.failure.errors) io.out(`  ${jsonPath(e.path)}: ${issueMessage(e, lang)}`);
    } else {
      io.out(`✗ ${source}: ${failureMessage(result.failure, lang)}`);
    }
    return 1;
  }
  io.out(`✓ ${source}: ${m.valid}`);
  if (result.warnings.length === 0) io.out(`  ${m.noWarnings}`);
  else {
    io.out(`⚠ ${m.warningsCount(result.warnings.length)}`);
    for (const w of result.warnings) io.out(`  ${jsonPath(w.path)}: ${issueMessage(w, lang)}`);
  }
  return 0;
}

/** Runs the command line; returns the exit code instead of exiting, for tests. */
export async function main(argv: string[], io: Io = { out: (l) => console.log(l), err: (l) => console.error(l) }): Promise<number> {
  const [command, ...rest] = argv;
  const lang = resolveLang(rest.includes('--lang') ? rest[rest.indexOf('--lang') + 1] : process.env.LANG);
  try {
    if (command === 'validate') return await validateCommand(rest, io);
    if (command === 'schema') {
      io.out(JSON.stringify(feedJsonSchema(), null, 2));
      return 0;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      io.out(USAGE[lang]);
      return 0;
    }
    io.err(USAGE[lang]);
    return 2;
  } catch (e) {
    // A bug of ours, not the publisher's: still one line, with what we know.
    io.err(`ruta-widgets: ${lang === 'es' ? 'error inesperado' : 'unexpected error'}: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}
