/**
 * Every sentence the product says about a feed, in Spanish and English.
 *
 * Typed tables: a code without a message, or a message in one language only, does not compile.
 * Parameters come from the feed and are inserted as text (widgets never parse them as HTML).
 */
import type { LoadFailure } from '../feed/failure.js';
import { jsonPath, type ErrorCode, type FeedError, type FeedIssue, type IssueParams, type WarningCode } from '../feed/issues.js';
import type { Lang } from './locale.js';
import { n, s } from './params.js';
import { WARNING_MESSAGES } from './warning-messages.js';

type ErrorMessages = { readonly [C in ErrorCode]: (p: IssueParams, lang: Lang) => string };

export interface Messages {
  /** Errors only; warnings are in warning-messages.ts, which widgets do not need to ship. */
  readonly issue: ErrorMessages;
  readonly failure: { readonly [K in LoadFailure['kind']]: (f: Extract<LoadFailure, { kind: K }>, lang: Lang) => string };
  readonly errorsCount: (n: number) => string;
}


const TYPE_ES: Record<string, string> = {
  string: 'un texto', number: 'un número', int: 'un número entero', integer: 'un número entero', boolean: 'verdadero o falso',
  object: 'un objeto', record: 'un objeto', array: 'una lista', null: 'null', undefined: 'nada',
};
const TYPE_EN: Record<string, string> = {
  string: 'a string', number: 'a number', int: 'an integer', integer: 'an integer', boolean: 'true or false',
  object: 'an object', record: 'an object', array: 'an array', null: 'null', undefined: 'nothing',
};

const es: Messages = {
  issue: {
    required: () => 'falta este campo, que es obligatorio',
    type: (p) => `debe ser ${TYPE_ES[s(p.expected)] ?? s(p.expected)}, pero es ${TYPE_ES[s(p.found)] ?? s(p.found)}`,
    blank: () => 'no puede estar vacío',
    'too-long': (p, l) => (p.items ? `tiene demasiados elementos (máximo ${n(p.maximum, l)})` : `es demasiado largo (máximo ${n(p.maximum, l)} caracteres)`),
    'too-short': (p, l) => (p.items ? `debe tener al menos ${n(p.minimum, l)} elemento(s)` : `debe tener al menos ${n(p.minimum, l)} caracteres`),
    'too-small': (p, l) => `debe ser como mínimo ${n(p.minimum, l)}, pero es ${s(p.found)}`,
    'too-big': (p, l) => `debe ser como máximo ${n(p.maximum, l)}, pero es ${s(p.found)}`,
    'not-integer': (p) => `debe ser un número entero, pero es ${s(p.found)}`,
    date: (p) => `debe ser una fecha real con formato AAAA-MM-DD (por ejemplo 2020-12-29), pero es ${s(p.found)}`,
    link: (p) => `debe ser un enlace http://, https:// o mailto:, pero es ${s(p.found)}`,
    pattern: (p) => `no tiene el formato esperado: ${s(p.found)}`,
    'one-of': (p) => `debe ser uno de: ${s(p.values)}; pero es ${s(p.found)}`,
    'unknown-key': (p) => `el campo «${s(p.key)}» no existe en el formato (¿está mal escrito?)`,
    'indicator-kind': (p) => `tipo de indicador desconocido ${s(p.found)}; los tipos son: ${s(p.values)}`,
    version: (p) => `versión ${s(p.found)} no soportada; este validador lee la versión ${s(p.expected)}`,
    'platforms-or-rows': () => 'debe tener «platforms» (conteos por plataforma) o «rows» (contratos uno por uno)',
    'value-or-change': () => 'debe tener «value» (la cifra) o «change» (la variación)',
    invalid: () => 'valor no válido',
  },
  failure: {
    empty: () => 'El feed está vacío.',
    'too-large': (f, l) => `El feed es demasiado grande (${n(Math.round(f.bytes / 1048576), l)} MB; el máximo es ${n(f.limit / 1048576, l)} MB).`,
    json: (f, l) =>
      f.html
        ? `El feed no es JSON: parece una página HTML (¿una página de error?), línea ${n(f.line, l)}, columna ${n(f.column, l)}.`
        : `El feed no es JSON válido: en la línea ${n(f.line, l)}, columna ${n(f.column, l)} se esperaba ${EXPECTED_ES[f.expected] ?? f.expected} y se encontró ${f.found === 'end' ? 'el final del texto' : `«${f.found}»`}.`,
    'not-object': (f) => `El feed debe ser un objeto JSON ({…}), pero es ${TYPE_ES[f.found] ?? f.found}.`,
    version: (f) => `El feed declara la versión ${f.found}; esta versión de ruta-widgets solo lee la versión 1.`,
    schema: (f, l) => `El feed no cumple el formato: ${es.errorsCount(f.errors.length)}; el primero, en ${f.errors[0] ? jsonPath(f.errors[0].path) : '$'}: ${f.errors[0] ? es.issue[f.errors[0].code](f.errors[0].params, l) : ''}.`,
    http: (f) => `El servidor respondió con el estado HTTP ${f.status}${f.status === 404 ? ' (no encontrado)' : f.status >= 500 ? ' (error del servidor)' : ''}.`,
    network: () => 'No se pudo conectar con el servidor del feed (sin red, dirección inexistente o, en un navegador, el servidor no permite CORS).',
    timeout: (f, l) => `El servidor del feed no respondió en ${n(f.ms / 1000, l)} segundos.`,
    'no-file': (f) => `No existe el archivo ${f.path}.`,
    'not-file': (f) => `${f.path} no es un archivo.`,
    'bad-url': (f) => `La dirección del feed no es válida (solo http o https): ${f.url}`,
    'no-source': () => 'No hay datos: falta el atributo src, la propiedad data o un <script type="application/json"> dentro del elemento.',
  },
  errorsCount: (k) => (k === 1 ? '1 error' : `${k} errores`),
};

const EXPECTED_ES: Record<string, string> = {
  value: 'un valor', string: 'un texto entre comillas', ':': '«:»', end: 'el final del texto', "',' ']'": '«,» o «]»', "',' '}'": '«,» o «}»',
};
const EXPECTED_EN: Record<string, string> = {
  value: 'a value', string: 'a quoted string', ':': "':'", end: 'the end of the text', "',' ']'": "',' or ']'", "',' '}'": "',' or '}'",
};

const en: Messages = {
  issue: {
    required: () => 'this required field is missing',
    type: (p) => `must be ${TYPE_EN[s(p.expected)] ?? s(p.expected)}, but is ${TYPE_EN[s(p.found)] ?? s(p.found)}`,
    blank: () => 'must not be blank',
    'too-long': (p, l) => (p.items ? `has too many items (at most ${n(p.maximum, l)})` : `is too long (at most ${n(p.maximum, l)} characters)`),
    'too-short': (p, l) => (p.items ? `must have at least ${n(p.minimum, l)} item(s)` : `must have at least ${n(p.minimum, l)} characters`),
    'too-small': (p, l) => `must be at least ${n(p.minimum, l)}, but is ${s(p.found)}`,
    'too-big': (p, l) => `must be at most ${n(p.maximum, l)}, but is ${s(p.found)}`,
    'not-integer': (p) => `must be a whole number, but is ${s(p.found)}`,
    date: (p) => `must be a real date written YYYY-MM-DD (e.g. 2020-12-29), but is ${s(p.found)}`,
    link: (p) => `must be an http://, https:// or mailto: link, but is ${s(p.found)}`,
    pattern: (p) => `does not have the expected format: ${s(p.found)}`,
    'one-of': (p) => `must be one of: ${s(p.values)}; but is ${s(p.found)}`,
    'unknown-key': (p) => `the field "${s(p.key)}" is not part of the format (misspelt?)`,
    'indicator-kind': (p) => `unknown indicator kind ${s(p.found)}; the kinds are: ${s(p.values)}`,
    version: (p) => `version ${s(p.found)} is not supported; this validator reads version ${s(p.expected)}`,
    'platforms-or-rows': () => 'must have "platforms" (counts per platform) or "rows" (one contract each)',
    'value-or-change': () => 'must have "value" (the figure) or "change" (the change)',
    invalid: () => 'invalid value',
  },
  failure: {
    empty: () => 'The feed is empty.',
    'too-large': (f, l) => `The feed is too large (${n(Math.round(f.bytes / 1048576), l)} MB; the limit is ${n(f.limit / 1048576, l)} MB).`,
    json: (f, l) =>
      f.html
        ? `The feed is not JSON: it looks like an HTML page (an error page?), line ${n(f.line, l)}, column ${n(f.column, l)}.`
        : `The feed is not valid JSON: at line ${n(f.line, l)}, column ${n(f.column, l)} ${EXPECTED_EN[f.expected] ?? f.expected} was expected, but ${f.found === 'end' ? 'the text ended' : `"${f.found}" was found`}.`,
    'not-object': (f) => `The feed must be a JSON object ({…}), but is ${TYPE_EN[f.found] ?? f.found}.`,
    version: (f) => `The feed declares version ${f.found}; this version of ruta-widgets reads version 1 only.`,
    schema: (f, l) => `The feed does not match the format: ${en.errorsCount(f.errors.length)}; the first, at ${f.errors[0] ? jsonPath(f.errors[0].path) : '$'}: ${f.errors[0] ? en.issue[f.errors[0].code](f.errors[0].params, l) : ''}.`,
    http: (f) => `The server answered with HTTP status ${f.status}${f.status === 404 ? ' (not found)' : f.status >= 500 ? ' (server error)' : ''}.`,
    network: () => 'Could not reach the feed\'s server (no network, unknown address or, in a browser, the server does not allow CORS).',
    timeout: (f, l) => `The feed's server did not answer within ${n(f.ms / 1000, l)} seconds.`,
    'no-file': (f) => `The file ${f.path} does not exist.`,
    'not-file': (f) => `${f.path} is not a file.`,
    'bad-url': (f) => `The feed address is not valid (http or https only): ${f.url}`,
    'no-source': () => 'No data: set the src attribute, the data property, or put a <script type="application/json"> inside the element.',
  },
  errorsCount: (k) => (k === 1 ? '1 error' : `${k} errors`),
};

export const MESSAGES: Record<Lang, Messages> = { es, en };

/** One schema error as a sentence, without its path. All a widget needs to explain an error. */
export function errorMessage(issue: FeedError, lang: Lang): string {
  return MESSAGES[lang].issue[issue.code](issue.params, lang);
}

/** One error or warning as a sentence, without its path: "el total declarado de «Zona rural» es 178, …". */
export function issueMessage(issue: FeedIssue, lang: Lang): string {
  return issue.severity === 'warning'
    ? WARNING_MESSAGES[lang][issue.code as WarningCode](issue.params, lang)
    : MESSAGES[lang].issue[issue.code as ErrorCode](issue.params, lang);
}

/** One issue with its path: "$.indicators[1].groups[1].declaredTotal: …". */
export function issueLine(issue: FeedIssue, lang: Lang): string {
  return `${jsonPath(issue.path)}: ${issueMessage(issue, lang)}`;
}

/** A load failure as one sentence. */
export function failureMessage(failure: LoadFailure, lang: Lang): string {
  const table = MESSAGES[lang].failure as Record<string, (f: LoadFailure, l: Lang) => string>;
  return table[failure.kind]!(failure, lang);
}
