import { expect } from '@open-wc/testing';
import type { LoadFailure } from '../../src/feed/failure.js';
import { error, warning, type ErrorCode, type IssueParams, type WarningCode } from '../../src/feed/issues.js';
import { validateFeed } from '../../src/feed/validate.js';
import type { Lang } from '../../src/format/locale.js';
import { failureMessage, issueLine, issueMessage, MESSAGES } from '../../src/format/messages.js';
import { TOOL_MESSAGES, WARNING_MESSAGES } from '../../src/format/warning-messages.js';
import { seedFeed } from '../feed/samples.js';

const NBSP = '\u00a0';
const LANGS: Lang[] = ['es', 'en'];

/** What a message must contain in each language: the parameters it was given, as formatted. */
type Expect = { es: string[]; en: string[] };
const both = (...parts: string[]): Expect => ({ es: parts, en: parts });

// [code, params, parts of the message]
const ERRORS: [ErrorCode, IssueParams, Expect][] = [
  ['required', {}, { es: ['obligatorio'], en: ['required'] }],
  ['type', { expected: 'string', found: 'integer' }, { es: ['un texto', 'un número entero'], en: ['a string', 'an integer'] }],
  ['blank', {}, { es: ['vacío'], en: ['blank'] }],
  ['too-long', { maximum: 20000 }, { es: ['20.000', 'caracteres'], en: ['20,000', 'characters'] }],
  ['too-short', { minimum: 1, items: true }, { es: ['1 elemento'], en: ['1 item'] }],
  ['too-small', { minimum: 0, found: '-1' }, both('0', '-1')],
  ['too-big', { maximum: 100, found: '100.5' }, both('100', '100.5')],
  ['not-integer', { found: '2.5' }, both('2.5')],
  ['date', { found: '"2020-02-30"' }, both('"2020-02-30"', '2020-12-29')],
  ['link', { found: '"javascript:alert(1)"' }, both('"javascript:alert(1)"', 'https://')],
  ['pattern', { found: '"Mi indicador"' }, both('"Mi indicador"')],
  ['one-of', { found: '"done"', values: 'not-started, started, advanced, completed' }, both('"done"', 'not-started, started, advanced, completed')],
  ['unknown-key', { key: 'comitments' }, both('comitments')],
  ['indicator-kind', { found: '"chart"', values: 'contract-platforms, figure' }, both('"chart"', 'contract-platforms, figure')],
  ['version', { found: '2', expected: 1 }, both('2', '1')],
  ['platforms-or-rows', {}, both('platforms', 'rows')],
  ['value-or-change', {}, both('value', 'change')],
  ['invalid', {}, { es: ['no válido'], en: ['invalid'] }],
];

const WARNINGS: [WarningCode, IssueParams, Expect][] = [
  ['total-mismatch', { id: 'attendance', group: 'Zona rural', declared: 178, sum: 172 }, both('Zona rural', '178', '172')],
  ['total-mismatch', { id: 'platforms', declared: 2294, sum: 2293 }, { es: ['2.294', '2.293'], en: ['2,294', '2,293'] }],
  [
    'share-mismatch',
    { id: 'platforms', name: 'SECOP II', declared: 98.36, computed: 98.34 },
    { es: ['SECOP II', `98,36${NBSP}%`, `98,34${NBSP}%`], en: ['SECOP II', '98.36%', '98.34%'] },
  ],
  [
    'progress-mismatch',
    { commitment: 7, declared: 100, measured: 33.33, held: 4, expected: 12, id: 'management-committee' },
    { es: ['7', `100${NBSP}%`, `33,33${NBSP}%`, '4 de 12', 'management-committee'], en: ['7', '100%', '33.33%', '4 of 12', 'management-committee'] },
  ],
  [
    'cadence-shortfall',
    { id: 'management-committee', cadence: 'monthly', held: 4, expected: 12, commitment: 7 },
    { es: ['7', 'mensual', '4 de 12 meses'], en: ['7', 'monthly', '4 of 12 months'] },
  ],
  ['cadence-shortfall', { id: 'x', cadence: 'quarterly', held: 3, expected: 4, commitment: 2 }, { es: ['trimestral', '3 de 4 trimestres'], en: ['quarterly', '3 of 4 quarters'] }],
  ['cadence-shortfall', { id: 'x', cadence: 'semiannual', held: 1, expected: 2, commitment: 12 }, { es: ['semestral', '1 de 2 semestres'], en: ['semiannual', '1 of 2 half-years'] }],
  ['count-mismatch', { id: 'management-committee', declared: 2, listed: 4 }, both('2', '4')],
  [
    'date-outside-period',
    { date: '2021-01-05', start: '2020-01-01', end: '2020-12-31' },
    { es: ['5 de enero de 2021', '1 de enero de 2020', '31 de diciembre de 2020'], en: ['January 5, 2021', 'January 1, 2020', 'December 31, 2020'] },
  ],
  ['period-reversed', { start: '2020-12-31', end: '2020-01-01' }, { es: ['31 de diciembre de 2020', '1 de enero de 2020'], en: ['December 31, 2020', 'January 1, 2020'] }],
  ['duplicate-id', { id: 'trained' }, both('trained')],
  ['duplicate-commitment', { number: 3 }, both('3')],
  ['duplicate-entry', { id: 'platforms', key: 'SECOP II' }, both('platforms', 'SECOP II')],
  ['unknown-commitment', { id: 'trained', commitment: 9 }, both('trained', '9')],
  ['unknown-category', { id: 'attendance', key: 'other' }, both('attendance', 'other')],
  ['unknown-territory', { id: 'councils', key: 'Comuna 9' }, both('councils', 'Comuna 9')],
];

describe('issue messages', () => {
  it('the tables here name every error and warning code, in both languages', () => {
    const errors = [...new Set(ERRORS.map(([code]) => code))].sort();
    const warnings = [...new Set(WARNINGS.map(([code]) => code))].sort();
    expect(Object.keys(MESSAGES.es.issue).sort()).to.deep.equal(errors);
    expect(Object.keys(MESSAGES.en.issue).sort()).to.deep.equal(errors);
    expect(Object.keys(WARNING_MESSAGES.es).sort()).to.deep.equal(warnings);
    expect(Object.keys(WARNING_MESSAGES.en).sort()).to.deep.equal(warnings);
  });

  for (const [code, params, parts] of ERRORS) {
    for (const lang of LANGS) {
      it(`error ${code} (${lang})`, () => {
        const text = issueMessage(error(code, [], params), lang);
        expect(text.trim()).not.to.equal('');
        for (const part of parts[lang]) expect(text).to.include(part);
      });
    }
  }

  for (const [code, params, parts] of WARNINGS) {
    for (const lang of LANGS) {
      it(`warning ${code} ${JSON.stringify(params)} (${lang})`, () => {
        const text = issueMessage(warning(code, [], params), lang);
        expect(text.trim()).not.to.equal('');
        for (const part of parts[lang]) expect(text).to.include(part);
      });
    }
  }

  it('the two languages say different things (no table copied into the other)', () => {
    for (const [code, params] of ERRORS) {
      expect(issueMessage(error(code, [], params), 'es'), code).not.to.equal(issueMessage(error(code, [], params), 'en'));
    }
    for (const [code, params] of WARNINGS) {
      expect(issueMessage(warning(code, [], params), 'es'), code).not.to.equal(issueMessage(warning(code, [], params), 'en'));
    }
  });

  it('a parameter is inserted as text, never interpreted', () => {
    const text = issueMessage(error('unknown-key', [], { key: '<img src=x onerror=alert(1)>' }), 'es');
    expect(text).to.include('«<img src=x onerror=alert(1)>»');
  });

  it('the seed feed’s warnings as a publisher reads them', () => {
    const result = validateFeed(seedFeed);
    if (!result.ok) throw new Error('the seed feed must be valid');
    expect(result.warnings.map((w) => issueLine(w, 'es'))).to.deep.equal([
      '$.indicators[3].groups[1].declaredTotal: el total declarado de «Zona rural» es 178, pero la suma de sus partes es 172',
      '$.indicators[22].declaredCount: el texto declara 2 eventos, pero se listan 4 fechas',
      '$.indicators[22].events: el compromiso 7 promete una frecuencia mensual; en el periodo hubo eventos en 4 de 12 meses',
    ]);
    expect(result.warnings.map((w) => issueLine(w, 'en'))).to.deep.equal([
      '$.indicators[3].groups[1].declaredTotal: the declared total of "Zona rural" is 178, but its parts add up to 172',
      '$.indicators[22].declaredCount: the text declares 2 events, but 4 dates are listed',
      '$.indicators[22].events: commitment 7 promises a monthly cadence; events took place in 4 of 12 months of the period',
    ]);
  });

  it('a schema error with its path', () => {
    expect(issueLine(error('required', ['report', 'title']), 'es')).to.equal('$.report.title: falta este campo, que es obligatorio');
    expect(issueLine(error('required', ['report', 'title']), 'en')).to.equal('$.report.title: this required field is missing');
  });
});

describe('failureMessage', () => {
  const schemaFailure: LoadFailure = { kind: 'schema', errors: [error('blank', ['report', 'entity']), error('required', ['commitments'])] };
  // [failure, parts in es, parts in en]
  const cases: [LoadFailure, string[], string[]][] = [
    [{ kind: 'empty' }, ['vacío'], ['empty']],
    [{ kind: 'too-large', bytes: 50 * 1048576, limit: 32 * 1048576 }, ['50 MB', '32 MB'], ['50 MB', '32 MB']],
    [
      { kind: 'json', line: 3, column: 14, expected: "',' '}'", found: '"b": 2', html: false },
      ['línea 3', 'columna 14', '«,» o «}»', '«"b": 2»'],
      ['line 3', 'column 14', "',' or '}'", '""b": 2" was found'],
    ],
    [{ kind: 'json', line: 1, column: 11, expected: 'string', found: 'end', html: false }, ['línea 1', 'columna 11', 'el final del texto'], ['line 1', 'column 11', 'the text ended']],
    [{ kind: 'json', line: 1, column: 1, expected: 'value', found: '<!DOCTYPE ht', html: true }, ['HTML', 'línea 1', 'columna 1'], ['HTML', 'line 1', 'column 1']],
    [{ kind: 'not-object', found: 'array' }, ['una lista'], ['an array']],
    [{ kind: 'version', found: '2' }, ['versión 2', 'versión 1'], ['version 2', 'version 1']],
    [schemaFailure, ['2 errores', '$.report.entity', 'no puede estar vacío'], ['2 errors', '$.report.entity', 'must not be blank']],
    [{ kind: 'http', status: 404 }, ['404', 'no encontrado'], ['404', 'not found']],
    [{ kind: 'http', status: 500 }, ['500', 'error del servidor'], ['500', 'server error']],
    [{ kind: 'http', status: 403 }, ['403'], ['403']],
    [{ kind: 'network' }, ['conectar'], ['reach']],
    [{ kind: 'timeout', ms: 10_000 }, ['10 segundos'], ['10 seconds']],
    [{ kind: 'timeout', ms: 2_500 }, ['2,5 segundos'], ['2.5 seconds']],
    [{ kind: 'no-file', path: 'feeds/ibague.json' }, ['feeds/ibague.json'], ['feeds/ibague.json']],
    [{ kind: 'not-file', path: 'feeds/' }, ['feeds/'], ['feeds/']],
    [{ kind: 'bad-url', url: 'ftp://example.org/feed.json' }, ['ftp://example.org/feed.json'], ['ftp://example.org/feed.json']],
    [{ kind: 'no-source' }, ['src', 'data', 'application/json'], ['src', 'data', 'application/json']],
  ];

  it('the table here names every failure kind, in both languages', () => {
    const kinds = [...new Set(cases.map(([f]) => f.kind))].sort();
    expect(Object.keys(MESSAGES.es.failure).sort()).to.deep.equal(kinds);
    expect(Object.keys(MESSAGES.en.failure).sort()).to.deep.equal(kinds);
  });

  for (const [failure, es, en] of cases) {
    it(`${failure.kind} ${JSON.stringify(failure).slice(0, 60)}`, () => {
      const say = { es: failureMessage(failure, 'es'), en: failureMessage(failure, 'en') };
      expect(say.es.trim()).not.to.equal('');
      expect(say.en.trim()).not.to.equal('');
      expect(say.es).not.to.equal(say.en);
      for (const part of es) expect(say.es).to.include(part);
      for (const part of en) expect(say.en).to.include(part);
    });
  }

  it('one error is "1 error", in both languages', () => {
    const one: LoadFailure = { kind: 'schema', errors: [error('required', ['report'])] };
    expect(failureMessage(one, 'es')).to.equal('El feed no cumple el formato: 1 error; el primero, en $.report: falta este campo, que es obligatorio.');
    expect(failureMessage(one, 'en')).to.equal('The feed does not match the format: 1 error; the first, at $.report: this required field is missing.');
  });
});

describe('other messages', () => {
  it('counts with plurals', () => {
    expect([0, 1, 2].map((k) => MESSAGES.es.errorsCount(k))).to.deep.equal(['0 errores', '1 error', '2 errores']);
    expect([0, 1, 2].map((k) => MESSAGES.en.errorsCount(k))).to.deep.equal(['0 errors', '1 error', '2 errors']);
    expect([1, 3].map((k) => TOOL_MESSAGES.es.warningsCount(k))).to.deep.equal(['1 advertencia', '3 advertencias']);
    expect([1, 3].map((k) => TOOL_MESSAGES.en.warningsCount(k))).to.deep.equal(['1 warning', '3 warnings']);
  });

  it('a period', () => {
    expect(TOOL_MESSAGES.es.period('2020-01-01', '2020-12-31', 'es')).to.equal('1 de enero de 2020 – 31 de diciembre de 2020');
    expect(TOOL_MESSAGES.en.period('2020-01-01', '2020-12-31', 'en')).to.equal('January 1, 2020 – December 31, 2020');
  });

  it('stale data, with the day it was fetched', () => {
    const fetched = new Date(2020, 11, 29, 9, 30);
    expect(TOOL_MESSAGES.es.stale(fetched, 'es')).to.equal('Datos del 29/12/2020; no se pudo actualizar.');
    expect(TOOL_MESSAGES.en.stale(fetched, 'en')).to.equal('Data from 12/29/2020; could not update.');
  });

  it('every cadence has a name in both languages', () => {
    expect(TOOL_MESSAGES.es.cadence).to.deep.equal({ monthly: 'mensual', quarterly: 'trimestral', semiannual: 'semestral', annual: 'anual' });
    expect(Object.keys(TOOL_MESSAGES.en.cadence)).to.deep.equal(['monthly', 'quarterly', 'semiannual', 'annual']);
  });
});
