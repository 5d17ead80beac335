import { expect } from '@open-wc/testing';
import { jsonPath, jsonPointer } from '../../src/feed/issues.js';
import { MAX_ERRORS, validateFeed, validateFeedText, type ValidationResult } from '../../src/feed/validate.js';
import { attendance, edit, feedWith, figure, INVALID, minimalFeed, platforms, seedFeed, VALID } from './samples.js';

/** The schema errors of a result as `[code, JSONPath]`, or the failure's kind. */
function verdict(result: ValidationResult): string | (readonly [string, string])[] {
  if (result.ok) return 'ok';
  const { failure } = result;
  return failure.kind === 'schema' ? failure.errors.map((e) => [e.code, jsonPath(e.path)] as const) : failure.kind;
}

function errorsOf(result: ValidationResult) {
  if (result.ok || result.failure.kind !== 'schema') throw new Error(`expected schema errors, got ${JSON.stringify(result)}`);
  return result.failure.errors;
}

describe('validateFeed: valid feeds', () => {
  for (const { name, feed } of VALID) {
    it(name, () => {
      expect(verdict(validateFeed(feed))).to.equal('ok');
    });
  }

  it('returns the feed as read (the seed feed: 12 commitments, every indicator kind)', () => {
    const result = validateFeed(seedFeed);
    if (!result.ok) throw new Error(JSON.stringify(result.failure));
    expect(result.feed.commitments.map((c) => c.number)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(new Set(result.feed.indicators?.map((i) => i.kind))).to.deep.equal(
      new Set(['contract-platforms', 'attendance', 'events', 'territory-counts', 'figure', 'links']),
    );
    expect(result.feed.report.period).to.deep.equal({ start: '2020-01-01', end: '2020-12-31' });
  });

  it('keeps the extra fields of a contract row', () => {
    const result = validateFeed(feedWith(platforms({ platforms: undefined, rows: [{ platform: 'SECOP II', value: 5 }] })));
    if (!result.ok) throw new Error(JSON.stringify(result.failure));
    const [indicator] = result.feed.indicators!;
    expect(indicator!.kind === 'contract-platforms' && indicator!.rows).to.deep.equal([{ platform: 'SECOP II', value: 5 }]);
  });

  it('does not change its input', () => {
    const feed = feedWith(figure());
    const before = JSON.stringify(feed);
    validateFeed(feed);
    expect(JSON.stringify(feed)).to.equal(before);
  });
});

describe('validateFeed: invalid feeds', () => {
  for (const sample of INVALID) {
    it(sample.name, () => {
      expect(verdict(validateFeed(sample.feed))).to.deep.equal(sample.failure ?? sample.errors);
    });
  }
});

describe('validateFeed: what an error says', () => {
  // [feed, code, path as segments, params]
  const cases: [string, unknown, string, (string | number)[], Record<string, unknown>][] = [
    ['an unknown key names the key', { ...minimalFeed(), comitments: [] }, 'unknown-key', ['comitments'], { key: 'comitments' }],
    ['a wrong type names both types', edit(['commitments', 0, 'text'], 7), 'type', ['commitments', 0, 'text'], { expected: 'string', found: 'integer' }],
    [
      'counts given as a list: an object was expected',
      feedWith(attendance({ groups: [{ id: 'g', label: 'G', counts: [1, 2] }] })),
      'type',
      ['indicators', 0, 'groups', 0, 'counts'],
      { expected: 'record', found: 'array' },
    ],
    ['NaN handed over from script is named, not called "a number"', edit(['commitments', 0, 'progress'], NaN), 'type', ['commitments', 0, 'progress'], { expected: 'number', found: 'NaN' }],
    ['a bad date quotes it', edit(['report', 'period', 'end'], '2020-02-30'), 'date', ['report', 'period', 'end'], { found: '"2020-02-30"' }],
    ['a bad link quotes it', edit(['report', 'source'], { title: 'x', url: 'javascript:alert(1)' }), 'link', ['report', 'source', 'url'], { found: '"javascript:alert(1)"' }],
    ['a share over 100 gives the maximum', feedWith(platforms({ platforms: [{ name: 'A', count: 1, share: 100.5 }] })), 'too-big', ['indicators', 0, 'platforms', 0, 'share'], { maximum: 100, found: '100.5' }],
    ['a negative count gives the minimum', feedWith(platforms({ declaredTotal: -1 })), 'too-small', ['indicators', 0, 'declaredTotal'], { minimum: 0, found: '-1' }],
    ['a non-integer count quotes it', feedWith(platforms({ declaredTotal: 2.5 })), 'not-integer', ['indicators', 0, 'declaredTotal'], { found: '2.5' }],
    ['1e308 is too big', feedWith(platforms({ declaredTotal: 1e308 })), 'too-big', ['indicators', 0, 'declaredTotal'], { found: '1e+308' }],
    ['an unknown status lists the statuses', edit(['commitments', 0, 'status'], 'done'), 'one-of', ['commitments', 0, 'status'], { found: '"done"', values: 'not-started, started, advanced, completed' }],
    [
      'an unknown indicator kind lists the kinds',
      feedWith({ id: 'x', commitment: 1, title: 'X', kind: 'chart' }),
      'indicator-kind',
      ['indicators', 0, 'kind'],
      { found: '"chart"', values: 'contract-platforms, attendance, events, territory-counts, figure, links' },
    ],
  ];
  for (const [name, feed, code, path, params] of cases) {
    it(name, () => {
      const [first, ...rest] = errorsOf(validateFeed(feed));
      expect(rest).to.deep.equal([]);
      expect(first).to.deep.include({ severity: 'error', code, path });
      expect(first!.params).to.deep.include(params);
    });
  }

  it('a wrong version is one failure, not a list of errors, and says what it found', () => {
    expect(validateFeed(edit(['version'], 2))).to.deep.equal({ ok: false, failure: { kind: 'version', found: '2' } });
    expect(validateFeed(edit(['version'], '1'))).to.deep.equal({ ok: false, failure: { kind: 'version', found: '"1"' } });
  });

  it('a non-object says what it is', () => {
    const found = (v: unknown) => {
      const r = validateFeed(v);
      return !r.ok && r.failure.kind === 'not-object' ? r.failure.found : undefined;
    };
    expect([[], null, 'x', 2, 2.5, true].map(found)).to.deep.equal(['array', 'null', 'string', 'integer', 'number', 'boolean']);
  });

  it('stops after MAX_ERRORS errors', () => {
    const commitments = Array.from({ length: MAX_ERRORS + 50 }, () => ({ number: 0, text: '', offices: [] }));
    const errors = errorsOf(validateFeed({ ...minimalFeed(), commitments }));
    expect(errors).to.have.length(MAX_ERRORS);
  });

  it('a key that is not an identifier is quoted in the path', () => {
    const feed = JSON.parse('{"version":1,"report":{"entity":"A","title":"T","period":{"start":"2020-01-01","end":"2020-12-31"},"language":"es","a.b":1},"commitments":[]}') as unknown;
    const [e] = errorsOf(validateFeed(feed));
    expect(jsonPath(e!.path)).to.equal('$.report["a.b"]');
    expect(jsonPointer(e!.path)).to.equal('/report/a.b');
  });
});

describe('jsonPath and jsonPointer', () => {
  const cases: [(string | number)[], string, string][] = [
    [[], '$', ''],
    [['commitments', 3, 'text'], '$.commitments[3].text', '/commitments/3/text'],
    [['report', 'odd key'], '$.report["odd key"]', '/report/odd key'],
    [['a/b', 'c~d'], '$["a/b"]["c~d"]', '/a~1b/c~0d'],
    [['x', '"]'], '$.x["\\"]"]', '/x/"]'],
  ];
  for (const [path, dollar, pointer] of cases) {
    it(`${JSON.stringify(path)} → ${dollar}`, () => {
      expect(jsonPath(path)).to.equal(dollar);
      expect(jsonPointer(path)).to.equal(pointer);
    });
  }
});

describe('validateFeedText', () => {
  it('parses then validates', () => {
    expect(validateFeedText(JSON.stringify(minimalFeed())).ok).to.equal(true);
    expect(verdict(validateFeedText('[1]'))).to.equal('not-object');
    expect(verdict(validateFeedText('{"version": 3}'))).to.equal('version');
    expect(verdict(validateFeedText('{"version": 1,'))).to.equal('json');
    expect(verdict(validateFeedText(' \n'))).to.equal('empty');
    expect(verdict(validateFeedText(JSON.stringify(minimalFeed()), 10))).to.equal('too-large');
  });
});
