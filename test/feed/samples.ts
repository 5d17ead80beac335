/**
 * Feeds shared by the schema tests and the JSON Schema agreement test: literal inputs, each with
 * what `validateFeed` must say about it. One table, so zod and ajv are asked about the same
 * feeds the schema tests pin down.
 */
import type { ErrorCode, PathSegment } from '../../src/feed/issues.js';

/** The Ibagué 2020 feed, as the demo serves it (the test server's root is the repository). */
export async function loadSeedFeed(): Promise<Record<string, unknown>> {
  const response = await fetch('/demo/feeds/ibague-2020.json');
  if (!response.ok) throw new Error(`seed feed: HTTP ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}

export const seedFeed = await loadSeedFeed();

/** The smallest valid feed: a report and one commitment. A fresh copy each call. */
export function minimalFeed(): Record<string, unknown> {
  return {
    version: 1,
    report: {
      entity: 'Alcaldía de Ejemplo',
      title: 'Informe de avances',
      period: { start: '2020-01-01', end: '2020-12-31' },
      language: 'es-CO',
    },
    commitments: [{ number: 1, text: 'Publicar la contratación.', offices: ['Secretaría General'] }],
  };
}

/** The minimal feed with these indicators (all pointing at commitment 1 unless they say). */
export function feedWith(...indicators: Record<string, unknown>[]): Record<string, unknown> {
  return { ...minimalFeed(), indicators };
}

/** The minimal feed with one value replaced (or, for `undefined`, removed) at `path`. */
export function edit(path: readonly PathSegment[], value: unknown, feed = minimalFeed()): Record<string, unknown> {
  let target = feed as Record<PathSegment, unknown>;
  for (const seg of path.slice(0, -1)) target = target[seg] as Record<PathSegment, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return feed;
}

/** A feed from JSON text, for keys an object literal cannot hold as own data (`__proto__`). */
const fromJson = (text: string): Record<string, unknown> => JSON.parse(text) as Record<string, unknown>;

/** The minimal feed's JSON with `insert` spliced in right after `after`. */
function splice(after: string, insert: string, feed: unknown = minimalFeed()): Record<string, unknown> {
  const text = JSON.stringify(feed);
  const at = text.indexOf(after);
  if (at < 0) throw new Error(`splice: ${after} not found`);
  return fromJson(text.slice(0, at + after.length) + insert + text.slice(at + after.length));
}

/**
 * Drops keys whose value is `undefined`, so `platforms({ declaredTotal: undefined })` means
 * "without a declared total" to ajv as well (JSON has no `undefined`).
 */
function clean(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

export const platforms = (extra: Record<string, unknown> = {}) =>
  clean({
    id: 'platforms',
    commitment: 1,
    title: 'Contratos por plataforma',
    kind: 'contract-platforms',
    platforms: [
      { name: 'SECOP II', count: 2255, share: 98.34 },
      { name: 'Tienda Virtual', count: 30, share: 1.31 },
      { name: 'Bolsa Mercantil', count: 8, share: 0.35 },
    ],
    declaredTotal: 2293,
    source: { system: 'PISAMI', cutDate: '2020-12-29' },
    ...extra,
  });

export const attendance = (extra: Record<string, unknown> = {}) =>
  clean({
    id: 'attendance',
    commitment: 1,
    title: 'Asistentes',
    kind: 'attendance',
    categories: [
      { id: 'men', label: 'Hombres' },
      { id: 'women', label: 'Mujeres' },
    ],
    groups: [
      { id: 'urban', label: 'Zona urbana', counts: { men: 272, women: 231 }, declaredTotal: 503 },
      { id: 'rural', label: 'Zona rural', counts: { men: 105, women: 67 } },
    ],
    ...extra,
  });

export const events = (extra: Record<string, unknown> = {}) =>
  clean({
    id: 'committee',
    commitment: 1,
    title: 'Comités',
    kind: 'events',
    cadence: 'quarterly',
    events: [
      { date: '2020-01-29', label: 'Comité' },
      { date: '2020-06-26', url: 'https://example.org/acta-2' },
      { date: '2020-09-23' },
      { date: '2020-12-05' },
    ],
    ...extra,
  });

export const territories = (extra: Record<string, unknown> = {}) =>
  clean({
    id: 'councils',
    commitment: 1,
    title: 'Consejos',
    kind: 'territory-counts',
    unit: 'consejos',
    counts: [
      { territory: 'Comuna 1', count: 2 },
      { territory: 'Comuna 2', count: 1 },
    ],
    territories: ['Comuna 1', 'Comuna 2', 'Comuna 3'],
    declaredTotal: 3,
    ...extra,
  });

export const figure = (extra: Record<string, unknown> = {}) =>
  clean({
    id: 'trained',
    commitment: 1,
    title: 'Personas capacitadas',
    kind: 'figure',
    value: 263,
    unit: 'personas',
    ...extra,
  });

export const links = (extra: Record<string, unknown> = {}) =>
  clean({
    id: 'press',
    commitment: 1,
    title: 'Comunicados',
    kind: 'links',
    items: [
      { label: 'Comunicado', kind: 'press', url: 'https://example.org/comunicado', date: '2020-03-01' },
      { label: 'Atención', kind: 'service', url: 'mailto:atencion@example.org' },
    ],
    ...extra,
  });

export interface ValidSample {
  readonly name: string;
  readonly feed: unknown;
}

export const VALID: readonly ValidSample[] = [
  { name: 'the Ibagué 2020 seed feed', feed: seedFeed },
  { name: 'a minimal feed', feed: minimalFeed() },
  { name: 'no commitments at all', feed: edit(['commitments'], []) },
  { name: 'an empty list of indicators', feed: feedWith() },
  {
    name: 'every optional report field',
    feed: {
      ...minimalFeed(),
      $schema: 'https://unpkg.com/ruta-widgets/dist/feed.schema.json',
      report: {
        entity: 'Alcaldía de Ejemplo',
        office: 'Secretaría de Planeación',
        title: 'Informe',
        period: { start: '2020-01-01', end: '2020-12-31' },
        published: '2021-01-15',
        source: { title: 'Informe de avances 2020', url: 'http://example.org/informe.pdf' },
        language: 'es',
        translations: { en: { title: 'Progress report' }, 'en-GB': { text: 'Report' } },
      },
    },
  },
  {
    name: 'a commitment with every field',
    feed: edit(['commitments', 0], {
      number: 7,
      title: 'Reunión mensual',
      text: 'Realizar una reunión mensual.',
      offices: ['Planeación', 'Control Interno'],
      status: 'not-started',
      progress: 0,
      notes: ['Primera nota.'],
      evidence: [
        { label: 'Acta', kind: 'record', date: '2020-02-29' },
        { label: 'Video', kind: 'video', url: 'https://www.youtube.com/watch?v=x' },
        { label: 'Correo', kind: 'service', url: 'mailto:alcaldia@example.gov.co' },
      ],
      translations: { en: { title: 'Monthly meeting', text: 'Hold a monthly meeting.' } },
    }),
  },
  { name: 'progress 100 and status completed', feed: edit(['commitments', 0], { number: 1, text: 'x', offices: ['o'], status: 'completed', progress: 100 }) },
  { name: 'contract-platforms with counts, shares and a total', feed: feedWith(platforms()) },
  {
    name: 'contract-platforms with only rows (extra row fields kept)',
    feed: feedWith({
      id: 'rows',
      commitment: 1,
      title: 'Contratos',
      kind: 'contract-platforms',
      rows: [{ platform: 'SECOP II', value: 1200000, object: 'Suministro' }, { platform: 'Tienda Virtual' }],
    }),
  },
  { name: 'contract-platforms with an empty list of platforms', feed: feedWith(platforms({ platforms: [], declaredTotal: undefined })) },
  { name: 'attendance', feed: feedWith(attendance()) },
  { name: 'events with a cadence', feed: feedWith(events()) },
  { name: 'events with no events yet', feed: feedWith(events({ events: [], cadence: 'semiannual', declaredCount: 0 })) },
  { name: 'territory-counts', feed: feedWith(territories()) },
  { name: 'a figure with a value', feed: feedWith(figure({ format: 'currency', currency: 'COP', date: '2020-12-29' })) },
  {
    name: 'a figure with only a change',
    feed: feedWith({
      id: 'spending',
      commitment: 1,
      title: 'Gasto',
      kind: 'figure',
      change: { value: -69, baseline: 'diciembre de 2019', baselineDate: '2019-12-31' },
    }),
  },
  { name: 'links', feed: feedWith(links()) },
  { name: 'a count of 0 and the largest safe integer', feed: feedWith(territories({ counts: [{ territory: 'Comuna 1', count: 0 }, { territory: 'Comuna 2', count: Number.MAX_SAFE_INTEGER }], declaredTotal: undefined })) },
  // Lengths are counted in characters (code points), as JSON Schema counts them: 1 000 UTF-16 units.
  { name: 'a 500-character entity outside the Basic Multilingual Plane', feed: edit(['report', 'entity'], '𝐀'.repeat(500)) },
  { name: 'a category called "constructor"', feed: feedWith(attendance({ categories: [{ id: 'constructor', label: 'C' }], groups: [{ id: 'g', label: 'G', counts: { constructor: 1 } }] })) },
];

export interface InvalidSample {
  readonly name: string;
  readonly feed: unknown;
  /** The failure's kind when it is not a schema failure. */
  readonly failure?: 'not-object' | 'version';
  /** The schema errors, in order: `[code, JSONPath]`. */
  readonly errors?: readonly (readonly [ErrorCode, string])[];
}

export const INVALID: readonly InvalidSample[] = [
  { name: 'an array', feed: [], failure: 'not-object' },
  { name: 'null', feed: null, failure: 'not-object' },
  { name: 'a string', feed: 'feed', failure: 'not-object' },
  { name: 'a number', feed: 1, failure: 'not-object' },
  { name: 'version 2', feed: edit(['version'], 2), failure: 'version' },
  { name: 'version "1" (a string)', feed: edit(['version'], '1'), failure: 'version' },
  { name: 'version 0.9', feed: edit(['version'], 0.9), failure: 'version' },
  { name: 'no version', feed: edit(['version'], undefined), errors: [['required', '$.version']] },
  { name: 'no report title', feed: edit(['report', 'title'], undefined), errors: [['required', '$.report.title']] },
  { name: 'no commitments', feed: edit(['commitments'], undefined), errors: [['required', '$.commitments']] },
  { name: 'no period end', feed: edit(['report', 'period', 'end'], undefined), errors: [['required', '$.report.period.end']] },
  { name: 'an indicator without a kind', feed: feedWith({ id: 'x', commitment: 1, title: 'X' }), errors: [['required', '$.indicators[0].kind']] },
  { name: 'commitment text as a number', feed: edit(['commitments', 0, 'text'], 7), errors: [['type', '$.commitments[0].text']] },
  { name: 'commitments as an object', feed: edit(['commitments'], {}), errors: [['type', '$.commitments']] },
  { name: 'a count as a string', feed: feedWith(territories({ counts: [{ territory: 'Comuna 1', count: '2' }] })), errors: [['type', '$.indicators[0].counts[0].count']] },
  { name: 'a blank entity', feed: edit(['report', 'entity'], '   '), errors: [['blank', '$.report.entity']] },
  { name: 'an empty commitment text', feed: edit(['commitments', 0, 'text'], ''), errors: [['blank', '$.commitments[0].text']] },
  { name: 'a text over 20 000 characters', feed: edit(['commitments', 0, 'text'], 'a'.repeat(20_001)), errors: [['too-long', '$.commitments[0].text']] },
  { name: 'a 501-character entity outside the Basic Multilingual Plane', feed: edit(['report', 'entity'], '𝐀'.repeat(501)), errors: [['too-long', '$.report.entity']] },
  { name: 'no offices', feed: edit(['commitments', 0, 'offices'], []), errors: [['too-short', '$.commitments[0].offices']] },
  { name: '2020-02-30', feed: edit(['report', 'period', 'end'], '2020-02-30'), errors: [['date', '$.report.period.end']] },
  { name: '2021-02-29 (not a leap year)', feed: edit(['report', 'published'], '2021-02-29'), errors: [['date', '$.report.published']] },
  { name: 'a date without zero padding', feed: edit(['report', 'period', 'start'], '2020-1-5'), errors: [['date', '$.report.period.start']] },
  { name: 'a date with a time', feed: edit(['report', 'period', 'start'], '2020-01-01T00:00:00Z'), errors: [['date', '$.report.period.start']] },
  {
    name: 'a javascript: link',
    feed: edit(['commitments', 0, 'evidence'], [{ label: 'Acta', kind: 'record', url: 'javascript:alert(1)' }]),
    errors: [['link', '$.commitments[0].evidence[0].url']],
  },
  {
    name: 'an uppercase HTTPS:// link',
    feed: edit(['commitments', 0, 'evidence'], [{ label: 'Acta', kind: 'record', url: 'HTTPS://example.org/acta' }]),
    errors: [['link', '$.commitments[0].evidence[0].url']],
  },
  { name: 'a relative link', feed: edit(['report', 'source'], { title: 'Informe', url: '/informe.pdf' }), errors: [['link', '$.report.source.url']] },
  { name: 'a data: link', feed: feedWith(links({ items: [{ label: 'x', kind: 'document', url: 'data:text/html,<b>x</b>' }] })), errors: [['link', '$.indicators[0].items[0].url']] },
  { name: 'a misspelt top-level key', feed: { ...minimalFeed(), comitments: [] }, errors: [['unknown-key', '$.comitments']] },
  { name: 'a misspelt commitment key', feed: edit(['commitments', 0, 'progres'], 50), errors: [['unknown-key', '$.commitments[0].progres']] },
  { name: 'an unknown indicator key', feed: feedWith(figure({ colour: 'red' })), errors: [['unknown-key', '$.indicators[0].colour']] },
  { name: 'an unknown indicator kind', feed: feedWith({ id: 'x', commitment: 1, title: 'X', kind: 'chart' }), errors: [['indicator-kind', '$.indicators[0].kind']] },
  { name: 'an unknown status', feed: edit(['commitments', 0, 'status'], 'done'), errors: [['one-of', '$.commitments[0].status']] },
  { name: 'an unknown evidence kind', feed: edit(['commitments', 0, 'evidence'], [{ label: 'x', kind: 'photo' }]), errors: [['one-of', '$.commitments[0].evidence[0].kind']] },
  { name: 'an unknown cadence', feed: feedWith(events({ cadence: 'weekly' })), errors: [['one-of', '$.indicators[0].cadence']] },
  { name: 'a share over 100', feed: feedWith(platforms({ platforms: [{ name: 'SECOP II', count: 1, share: 100.5 }] })), errors: [['too-big', '$.indicators[0].platforms[0].share']] },
  { name: 'progress over 100', feed: edit(['commitments', 0, 'progress'], 101), errors: [['too-big', '$.commitments[0].progress']] },
  { name: 'a negative count', feed: feedWith(territories({ counts: [{ territory: 'Comuna 1', count: -1 }] })), errors: [['too-small', '$.indicators[0].counts[0].count']] },
  { name: 'commitment number 0', feed: edit(['commitments', 0, 'number'], 0), errors: [['too-small', '$.commitments[0].number']] },
  {
    name: 'a non-integer count',
    feed: feedWith(platforms({ platforms: [{ name: 'SECOP II', count: 2.5 }], declaredTotal: undefined })),
    errors: [['not-integer', '$.indicators[0].platforms[0].count']],
  },
  { name: 'a count of 1e308', feed: feedWith(attendance({ groups: [{ id: 'g', label: 'G', counts: { men: 1e308 } }] })), errors: [['too-big', '$.indicators[0].groups[0].counts.men']] },
  { name: 'a declared total past the safe integers', feed: feedWith(platforms({ declaredTotal: 2 ** 53 })), errors: [['too-big', '$.indicators[0].declaredTotal']] },
  {
    name: 'contract-platforms with neither platforms nor rows',
    feed: feedWith({ id: 'p', commitment: 1, title: 'Contratos', kind: 'contract-platforms', declaredTotal: 3 }),
    errors: [['platforms-or-rows', '$.indicators[0]']],
  },
  { name: 'a contract row without a platform', feed: feedWith(platforms({ platforms: undefined, rows: [{ value: 5 }] })), errors: [['required', '$.indicators[0].rows[0].platform']] },
  { name: 'a figure with neither value nor change', feed: feedWith(figure({ value: undefined })), errors: [['value-or-change', '$.indicators[0]']] },
  { name: 'an indicator id with spaces', feed: feedWith(figure({ id: 'Mi indicador' })), errors: [['pattern', '$.indicators[0].id']] },
  { name: 'a language that is not a tag', feed: edit(['report', 'language'], 'Spanish'), errors: [['pattern', '$.report.language']] },
  { name: 'a translation under a language name', feed: edit(['report', 'translations'], { english: { title: 'Report' } }), errors: [['pattern', '$.report.translations.english']] },
  { name: 'a currency in lower case', feed: feedWith(figure({ format: 'currency', currency: 'cop' })), errors: [['pattern', '$.indicators[0].currency']] },
  { name: 'a "__proto__" key at the top', feed: splice('{', '"__proto__":{"version":1},'), errors: [['unknown-key', '$.__proto__']] },
  { name: 'a "constructor" key in the report', feed: splice('"report":{', '"constructor":"x",'), errors: [['unknown-key', '$.report.constructor']] },
  {
    name: 'a "__proto__" key in a commitment',
    feed: splice('"commitments":[{', '"__proto__":{"progress":50},'),
    errors: [['unknown-key', '$.commitments[0].__proto__']],
  },
  {
    name: 'a "__proto__" category in attendance counts',
    feed: splice('"counts":{', '"__proto__":{"polluted":1},', feedWith(attendance())),
    errors: [['unknown-key', '$.indicators[0].groups[0].counts.__proto__']],
  },
  {
    name: 'a "__proto__" count of 5 in attendance counts',
    feed: splice('"counts":{', '"__proto__":5,', feedWith(attendance())),
    errors: [['unknown-key', '$.indicators[0].groups[0].counts.__proto__']],
  },
  {
    name: 'a "__proto__" field in a contract row',
    feed: splice('"rows":[{', '"__proto__":{"x":1},', feedWith(platforms({ platforms: undefined, rows: [{ platform: 'SECOP II' }] }))),
    errors: [['unknown-key', '$.indicators[0].rows[0].__proto__']],
  },
  {
    name: 'two errors at once, in document order',
    feed: edit(['commitments', 0, 'offices'], [], edit(['report', 'entity'], ' ')),
    errors: [
      ['blank', '$.report.entity'],
      ['too-short', '$.commitments[0].offices'],
    ],
  },
];
