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
import { DEFAULT_LANG, LANGS, resolveLang, type Lang } from '../format/locale.js';
import { failureMessage, issueMessage, MESSAGES } from '../format/messages.js';
import { TOOL_MESSAGES } from '../format/warning-messages.js';

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

/**
 * Sentences only the command line says (its usage errors, and a file it could not read): the
 * feed's own findings and load failures come from src/format/messages.ts like everywhere else.
 */
const CLI_TEXT = {
  es: {
    unknownOption: (o: string) => `Opción desconocida: ${o}`,
    unknownCommand: (c: string) => `Comando desconocido: ${c}`,
    missingSource: 'Falta el archivo o la URL del feed.',
    extraArgument: (a: string) => `Sobra el argumento: ${a}`,
    missingLang: 'Falta el idioma después de --lang (es o en).',
    badLang: (v: string) => `Idioma no soportado: ${v} (use es o en).`,
    unreadable: (path: string, code: string) => `No se pudo leer el archivo ${path}${code ? ` (${code})` : ''}.`,
    cause: (code: string) => `Detalle: ${code}.`,
    unexpected: 'error inesperado',
  },
  en: {
    unknownOption: (o: string) => `Unknown option: ${o}`,
    unknownCommand: (c: string) => `Unknown command: ${c}`,
    missingSource: "The feed's file or URL is missing.",
    extraArgument: (a: string) => `Unexpected argument: ${a}`,
    missingLang: 'A language must follow --lang (es or en).',
    badLang: (v: string) => `Unsupported language: ${v} (use es or en).`,
    unreadable: (path: string, code: string) => `Could not read the file ${path}${code ? ` (${code})` : ''}.`,
    cause: (code: string) => `Detail: ${code}.`,
    unexpected: 'unexpected error',
  },
} as const;

/** A failure of the command line itself: a file that exists but cannot be read. */
type CliFailure = LoadFailure | { readonly kind: 'unreadable'; readonly path: string; readonly code: string };

type Read = { ok: true; text: string } | { ok: false; failure: CliFailure; cause?: string };

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
  } catch (e) {
    const code = errorCode(e);
    return code === 'ENOENT' || code === 'ENOTDIR'
      ? { ok: false, failure: { kind: 'no-file', path: source } }
      : { ok: false, failure: { kind: 'unreadable', path: source, code } };
  }
  if (!info.isFile()) return { ok: false, failure: { kind: 'not-file', path: source } };
  // Refuse before reading: a 50 MB file is not loaded into memory to be refused afterwards.
  if (info.size > MAX_FEED_BYTES) return { ok: false, failure: { kind: 'too-large', bytes: info.size, limit: MAX_FEED_BYTES } };
  try {
    return { ok: true, text: await readFile(source, 'utf8') };
  } catch (e) {
    // Exists but cannot be read (permissions, a disk error): still one line, not a stack trace.
    return { ok: false, failure: { kind: 'unreadable', path: source, code: errorCode(e) } };
  }
}

/** The system's code for a failure (`ENOENT`, `ECONNREFUSED`, `ENOTFOUND`), looking through `cause`. */
function errorCode(e: unknown): string {
  for (let cur = e, depth = 0; cur && typeof cur === 'object' && depth < 5; depth++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Z][A-Z0-9_]+$/.test(code)) return code;
    cur = (cur as { cause?: unknown }).cause;
  }
  return '';
}

async function fetchText(url: URL): Promise<Read> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
  try {
    const res = await fetch(url, { signal: controller.signal, headers: { accept: 'application/json' } });
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      return { ok: false, failure: { kind: 'http', status: res.status } };
    }
    const declared = Number(res.headers.get('content-length') ?? 0);
    if (declared > MAX_FEED_BYTES) {
      await res.body?.cancel().catch(() => undefined);
      return { ok: false, failure: { kind: 'too-large', bytes: declared, limit: MAX_FEED_BYTES } };
    }
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
  } catch (e) {
    return controller.signal.aborted
      ? { ok: false, failure: { kind: 'timeout', ms: FETCH_TIMEOUT_MS } }
      : { ok: false, failure: { kind: 'network' }, cause: errorCode(e) };
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

/** A failure as one sentence, with the system's code where it helps (connection refused vs. unknown host). */
function cliFailureMessage(failure: CliFailure, lang: Lang, cause?: string): string {
  if (failure.kind === 'unreadable') return CLI_TEXT[lang].unreadable(failure.path, failure.code);
  const message = failureMessage(failure, lang);
  return cause ? `${message} ${CLI_TEXT[lang].cause(cause)}` : message;
}

/** A failure for `--json`: its kind, its sentence, and its own details (line and column, HTTP status, …). */
function failureJson(failure: CliFailure, lang: Lang, cause?: string) {
  const details: Record<string, unknown> = { ...failure };
  delete details.kind;
  delete details.errors;
  return { kind: failure.kind, message: cliFailureMessage(failure, lang, cause), ...details, ...(cause ? { cause } : {}) };
}

interface Options {
  lang: Lang;
  json: boolean;
  help: boolean;
  positional: string[];
}

type Parsed = { ok: true; options: Options } | { ok: false; lang: Lang; message: string };

/** Reads the options of any command; `--lang` is found first, so every usage error speaks it. */
function parseArgs(args: readonly string[]): Parsed {
  let lang: Lang = DEFAULT_LANG;
  let langError: ((l: Lang) => string) | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a !== '--lang' && !a.startsWith('--lang=')) continue;
    const value = a === '--lang' ? args[i + 1] : a.slice('--lang='.length);
    if (value === undefined || value === '' || (a === '--lang' && value.startsWith('-'))) {
      langError = (l) => CLI_TEXT[l].missingLang;
    } else if (!(LANGS as readonly string[]).includes(value.toLowerCase().split(/[-_]/)[0] ?? '')) {
      langError = (l) => CLI_TEXT[l].badLang(value);
    } else lang = resolveLang(value);
  }
  if (langError) return { ok: false, lang, message: langError(lang) };
  const options: Options = { lang, json: false, help: false, positional: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--lang') i++;
    else if (a.startsWith('--lang=')) continue;
    else if (a === '--json') options.json = true;
    else if (a === '--help' || a === '-h') options.help = true;
    else if (a.startsWith('-') && a !== '-') return { ok: false, lang, message: CLI_TEXT[lang].unknownOption(a) };
    else options.positional.push(a);
  }
  return { ok: true, options };
}

async function validateCommand(options: Options, io: Io): Promise<number> {
  const { lang, json, positional } = options;
  if (positional.length !== 1) {
    io.err(`${positional.length === 0 ? CLI_TEXT[lang].missingSource : CLI_TEXT[lang].extraArgument(positional[1]!)}\n${USAGE[lang]}`);
    return 2;
  }
  const source = positional[0]!;
  const m = MESSAGES[lang];
  const read = await readSource(source);
  const result = read.ok ? validateFeedText(read.text) : read;
  const cause = read.ok ? undefined : read.cause;

  if (json) {
    const out = result.ok
      ? { source, ok: true, errors: [], warnings: result.warnings.map((w) => issueJson(w, lang)) }
      : {
          source,
          ok: false,
          failure: failureJson(result.failure, lang, cause),
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
      io.out(`✗ ${source}: ${cliFailureMessage(result.failure, lang, cause)}`);
    }
    return 1;
  }
  const t = TOOL_MESSAGES[lang];
  io.out(`✓ ${source}: ${t.valid}`);
  if (result.warnings.length === 0) io.out(`  ${t.noWarnings}`);
  else {
    io.out(`⚠ ${t.warningsCount(result.warnings.length)}`);
    for (const w of result.warnings) io.out(`  ${jsonPath(w.path)}: ${issueMessage(w, lang)}`);
  }
  return 0;
}

/**
 * Runs the command line; returns the exit code instead of exiting, for tests.
 * Messages are in Spanish unless `--lang en` says otherwise (the environment's LANG is not read:
 * the same command prints the same text on every machine).
 */
export async function main(argv: string[], io: Io = { out: (l) => console.log(l), err: (l) => console.error(l) }): Promise<number> {
  const parsed = parseArgs(argv);
  const lang = parsed.ok ? parsed.options.lang : parsed.lang;
  try {
    if (!parsed.ok) {
      io.err(`${parsed.message}\n${USAGE[lang]}`);
      return 2;
    }
    const options = parsed.options;
    const command = options.positional[0];
    if (options.help || command === 'help') {
      io.out(USAGE[lang]);
      return 0;
    }
    if (command === 'validate') {
      return await validateCommand({ ...options, positional: options.positional.slice(1) }, io);
    }
    if (command === 'schema') {
      if (options.positional.length > 1) {
        io.err(`${CLI_TEXT[lang].extraArgument(options.positional[1]!)}\n${USAGE[lang]}`);
        return 2;
      }
      io.out(JSON.stringify(feedJsonSchema(), null, 2));
      return 0;
    }
    if (command === undefined) {
      io.err(USAGE[lang]);
      return 2;
    }
    io.err(`${CLI_TEXT[lang].unknownCommand(command)}\n${USAGE[lang]}`);
    return 2;
  } catch (e) {
    // A bug of ours, not the publisher's: still one line, with what we know.
    const what = e instanceof Error ? e.message : String(e);
    io.err(`ruta-widgets: ${CLI_TEXT[lang].unexpected}: ${what.split('\n')[0]}`);
    return 1;
  }
}
