import { expect } from '@open-wc/testing';
import { checkConsistency, PROGRESS_TOLERANCE, SHARE_TOLERANCE } from '../../src/feed/consistency.js';
import { jsonPath, type FeedWarning } from '../../src/feed/issues.js';
import { validateFeed } from '../../src/feed/validate.js';
import { attendance, edit, events, feedWith, figure, links, minimalFeed, platforms, seedFeed, territories } from './samples.js';

/** The warnings of a feed that must be valid, in full. */
function warningsOf(feed: unknown): readonly FeedWarning[] {
  const result = validateFeed(feed);
  if (!result.ok) throw new Error(`the sample is not valid: ${JSON.stringify(result.failure)}`);
  return result.warnings;
}

/** The warnings as `[code, JSONPath]`, in order. */
const found = (feed: unknown) => warningsOf(feed).map((w) => [w.code, jsonPath(w.path)]);

/** A feed whose commitment 1 has these fields, with these indicators. */
const withCommitment = (commitment: Record<string, unknown>, ...indicators: Record<string, unknown>[]) => ({
  ...feedWith(...indicators),
  commitments: [{ number: 1, text: 'Reunión mensual.', offices: ['Planeación'], ...commitment }],
});

describe('checkConsistency', () => {
  it('finds nothing in a feed that agrees with itself', () => {
    expect(found(feedWith(platforms(), attendance(), events(), territories(), figure({ date: '2020-12-29' }), links()))).to.deep.equal([]);
  });

  it('finds nothing in a minimal feed', () => {
    expect(found(minimalFeed())).to.deep.equal([]);
  });

  describe('total-mismatch', () => {
    it('contract platforms: declared total against the sum of the counts', () => {
      const [w, ...rest] = warningsOf(feedWith(platforms({ declaredTotal: 2294 })));
      expect(rest).to.deep.equal([]);
      expect(w).to.deep.equal({
        severity: 'warning',
        code: 'total-mismatch',
        path: ['indicators', 0, 'declaredTotal'],
        params: { id: 'platforms', declared: 2294, sum: 2293 },
      });
    });

    it('contract platforms: rows are counted too', () => {
      const rows = [{ platform: 'A' }, { platform: 'B' }, { platform: 'A' }];
      expect(found(feedWith(platforms({ platforms: undefined, rows, declaredTotal: 3 })))).to.deep.equal([]);
      expect(found(feedWith(platforms({ platforms: undefined, rows, declaredTotal: 2 })))).to.deep.equal([['total-mismatch', '$.indicators[0].declaredTotal']]);
    });

    it('attendance: a group’s declared total against the sum of its categories', () => {
      const groups = [
        { id: 'urban', label: 'Zona urbana', counts: { men: 272, women: 231 }, declaredTotal: 503 },
        { id: 'rural', label: 'Zona rural', counts: { men: 105, women: 67 }, declaredTotal: 178 },
      ];
      const [w, ...rest] = warningsOf(feedWith(attendance({ groups })));
      expect(rest).to.deep.equal([]);
      expect(w).to.deep.equal({
        severity: 'warning',
        code: 'total-mismatch',
        path: ['indicators', 0, 'groups', 1, 'declaredTotal'],
        params: { id: 'attendance', group: 'Zona rural', declared: 178, sum: 172 },
      });
    });

    it('territory counts: declared total against the sum of the counts', () => {
      const [w, ...rest] = warningsOf(feedWith(territories({ declaredTotal: 10 })));
      expect(rest).to.deep.equal([]);
      expect(w).to.deep.include({ code: 'total-mismatch', path: ['indicators', 0, 'declaredTotal'] });
      expect(w!.params).to.deep.equal({ id: 'councils', declared: 10, sum: 3 });
    });
  });

  describe('share-mismatch', () => {
    // 2255 of 2293 is 98.3428 %; the tolerance is 0.01 points.
    const withShare = (share: number) =>
      feedWith(
        platforms({
          platforms: [
            { name: 'SECOP II', count: 2255, share },
            { name: 'Tienda Virtual', count: 30 },
            { name: 'Bolsa Mercantil', count: 8 },
          ],
        }),
      );
    const cases: [number, boolean][] = [
      [98.34, false],
      [98.35, false],
      [98.333, false],
      [98.36, true],
      [98.33, true],
      [98, true],
    ];
    for (const [share, warns] of cases) {
      it(`${share} for 2255 of 2293 ${warns ? 'warns' : 'is fine'}`, () => {
        expect(found(withShare(share))).to.deep.equal(warns ? [['share-mismatch', '$.indicators[0].platforms[0].share']] : []);
      });
    }

    it('says both shares, the computed one rounded to 2 decimals', () => {
      const [w] = warningsOf(withShare(98.36));
      expect(w!.params).to.deep.equal({ id: 'platforms', name: 'SECOP II', declared: 98.36, computed: 98.34 });
    });

    it('a difference of exactly 0.01 points is within the tolerance', () => {
      expect(SHARE_TOLERANCE).to.equal(0.01);
      const quarter = (share: number) =>
        feedWith(
          platforms({
            platforms: [
              { name: 'A', count: 1, share },
              { name: 'B', count: 3 },
            ],
            declaredTotal: 4,
          }),
        );
      expect(found(quarter(25.01))).to.deep.equal([]);
      expect(found(quarter(24.99))).to.deep.equal([]);
      expect(found(quarter(25.02))).to.deep.equal([['share-mismatch', '$.indicators[0].platforms[0].share']]);
    });

    it('the seed’s shares (98.34, 1.31, 0.35) all agree', () => {
      expect(found(feedWith(platforms()))).to.deep.equal([]);
    });
  });

  describe('progress-mismatch and cadence-shortfall', () => {
    const fourMeetings = (cadence = 'monthly') =>
      events({ cadence, events: [{ date: '2020-01-29' }, { date: '2020-06-26' }, { date: '2020-09-23' }, { date: '2020-12-05' }] });

    it('a commitment declaring 100 % with 4 monthly meetings in 12 months measures 33.33 %', () => {
      const warnings = warningsOf(withCommitment({ progress: 100 }, fourMeetings()));
      expect(warnings.map((w) => [w.code, jsonPath(w.path)])).to.deep.equal([
        ['cadence-shortfall', '$.indicators[0].events'],
        ['progress-mismatch', '$.commitments[0].progress'],
      ]);
      expect(warnings[0]!.params).to.deep.equal({ id: 'committee', cadence: 'monthly', held: 4, expected: 12, commitment: 1 });
      expect(warnings[1]!.params).to.deep.equal({ commitment: 1, declared: 100, measured: 33.33, held: 4, expected: 12, id: 'committee' });
    });

    it(`a declared progress within ${PROGRESS_TOLERANCE} points of the measure agrees`, () => {
      expect(found(withCommitment({ progress: 33 }, fourMeetings()))).to.deep.equal([['cadence-shortfall', '$.indicators[0].events']]);
      expect(found(withCommitment({ progress: 34 }, fourMeetings()))).to.deep.equal([
        ['cadence-shortfall', '$.indicators[0].events'],
        ['progress-mismatch', '$.commitments[0].progress'],
      ]);
    });

    it('a met cadence and 100 % agree', () => {
      expect(found(withCommitment({ progress: 100 }, fourMeetings('quarterly')))).to.deep.equal([]);
    });

    it('no declared progress: only the shortfall', () => {
      expect(found(feedWith(fourMeetings()))).to.deep.equal([['cadence-shortfall', '$.indicators[0].events']]);
    });

    it('no cadence: no measure, nothing to compare', () => {
      expect(found(withCommitment({ progress: 100 }, events({ cadence: undefined })))).to.deep.equal([]);
    });

    it('a quarterly cadence met in 3 of 4 quarters', () => {
      const [w] = warningsOf(feedWith(events({ events: [{ date: '2020-01-29' }, { date: '2020-06-26' }, { date: '2020-12-05' }] })));
      expect(w).to.deep.include({ code: 'cadence-shortfall', path: ['indicators', 0, 'events'] });
      expect(w!.params).to.deep.include({ held: 3, expected: 4, cadence: 'quarterly' });
    });
  });

  describe('count-mismatch', () => {
    it('a declared count of events against the events listed', () => {
      const [w, ...rest] = warningsOf(feedWith(events({ declaredCount: 2 })));
      expect(rest).to.deep.equal([]);
      expect(w).to.deep.equal({
        severity: 'warning',
        code: 'count-mismatch',
        path: ['indicators', 0, 'declaredCount'],
        params: { id: 'committee', declared: 2, listed: 4 },
      });
      expect(found(feedWith(events({ declaredCount: 4 })))).to.deep.equal([]);
    });
  });

  describe('date-outside-period (2020-01-01 to 2020-12-31)', () => {
    const evidence = (kind: string, date: string) => withCommitment({ evidence: [{ label: 'Prueba', kind, date }] });
    // [what, feed, warning paths]
    const cases: [string, unknown, string[]][] = [
      ['an event after the period', feedWith(events({ cadence: undefined, events: [{ date: '2020-05-01' }, { date: '2021-01-05' }] })), ['$.indicators[0].events[1].date']],
      ['an event before the period', feedWith(events({ cadence: undefined, events: [{ date: '2019-12-31' }] })), ['$.indicators[0].events[0].date']],
      ['events on the first and last days', feedWith(events({ cadence: undefined, events: [{ date: '2020-01-01' }, { date: '2020-12-31' }] })), []],
      ['a cut date after the period', feedWith(platforms({ source: { system: 'PISAMI', cutDate: '2021-01-10' } })), ['$.indicators[0].source.cutDate']],
      ['a cut date before the period', feedWith(figure({ source: { cutDate: '2019-06-30' } })), ['$.indicators[0].source.cutDate']],
      ['an attendance cut date after the period', feedWith(attendance({ source: { cutDate: '2021-03-01' } })), ['$.indicators[0].source.cutDate']],
      ['a figure dated after the period', feedWith(figure({ date: '2021-01-01' })), ['$.indicators[0].date']],
      ['a document as evidence after the period', evidence('document', '2021-02-01'), ['$.commitments[0].evidence[0].date']],
      ['a document as evidence before the period (background)', evidence('document', '2019-05-01'), []],
      ['a record as evidence before the period', evidence('record', '2019-12-31'), ['$.commitments[0].evidence[0].date']],
      ['a video as evidence before the period', evidence('video', '2019-01-01'), ['$.commitments[0].evidence[0].date']],
      ['a press release listed before the period', feedWith(links({ items: [{ label: 'x', kind: 'press', date: '2019-11-01' }] })), ['$.indicators[0].items[0].date']],
      ['a document listed before the period', feedWith(links({ items: [{ label: 'x', kind: 'document', date: '2019-11-01' }] })), []],
      ['a document listed after the period', feedWith(links({ items: [{ label: 'x', kind: 'document', date: '2021-11-01' }] })), ['$.indicators[0].items[0].date']],
      ['a publication date after the period (reports are published later)', edit(['report', 'published'], '2021-01-15'), []],
    ];
    for (const [name, feed, paths] of cases) {
      it(name, () => {
        const warnings = warningsOf(feed);
        expect(warnings.map((w) => [w.code, jsonPath(w.path)])).to.deep.equal(paths.map((p) => ['date-outside-period', p]));
      });
    }

    it('names the date and the period', () => {
      const [w] = warningsOf(evidence('record', '2019-12-31'));
      expect(w!.params).to.deep.equal({ date: '2019-12-31', start: '2020-01-01', end: '2020-12-31' });
    });
  });

  describe('period-reversed', () => {
    it('is reported once, and no date is judged against a reversed period', () => {
      const feed = edit(['report', 'period'], { start: '2020-12-31', end: '2020-01-01' }, feedWith(events({ events: [{ date: '2019-01-01' }] })));
      const warnings = warningsOf(feed);
      expect(warnings.map((w) => [w.code, jsonPath(w.path)])).to.deep.equal([['period-reversed', '$.report.period']]);
      expect(warnings[0]!.params).to.deep.equal({ start: '2020-12-31', end: '2020-01-01' });
    });

    it('a one-day period is not reversed', () => {
      expect(found(edit(['report', 'period'], { start: '2020-06-01', end: '2020-06-01' }))).to.deep.equal([]);
    });
  });

  describe('duplicates and unknown references', () => {
    const one = (feed: unknown) => {
      const [w, ...rest] = warningsOf(feed);
      expect(rest, 'only one warning').to.deep.equal([]);
      return [w!.code, jsonPath(w!.path), w!.params];
    };
    // [what, feed, code, path, params]
    const cases: [string, () => unknown, string, string, Record<string, unknown>][] = [
      ['duplicate-id: two indicators with one id', () => feedWith(figure(), figure({ value: 5 })), 'duplicate-id', '$.indicators[1].id', { id: 'trained' }],
      [
        'duplicate-commitment: two commitments numbered 1',
        () => edit(['commitments', 1], { number: 1, text: 'Otro', offices: ['o'] }),
        'duplicate-commitment',
        '$.commitments[1].number',
        { number: 1 },
      ],
      [
        'duplicate-entry: a platform listed twice',
        () => feedWith(platforms({ platforms: [{ name: 'SECOP II', count: 1 }, { name: 'SECOP II', count: 2 }], declaredTotal: 3 })),
        'duplicate-entry',
        '$.indicators[0].platforms[1].name',
        { id: 'platforms', key: 'SECOP II' },
      ],
      [
        'duplicate-entry: a category listed twice',
        () => feedWith(attendance({ categories: [{ id: 'men', label: 'H' }, { id: 'men', label: 'H' }], groups: [{ id: 'g', label: 'G', counts: { men: 1 } }] })),
        'duplicate-entry',
        '$.indicators[0].categories[1].id',
        { id: 'attendance', key: 'men' },
      ],
      [
        'duplicate-entry: a group listed twice',
        () => feedWith(attendance({ groups: [{ id: 'g', label: 'G', counts: { men: 1 } }, { id: 'g', label: 'G2', counts: {} }] })),
        'duplicate-entry',
        '$.indicators[0].groups[1].id',
        { id: 'attendance', key: 'g' },
      ],
      [
        'duplicate-entry: a territory counted twice',
        () => feedWith(territories({ counts: [{ territory: 'Comuna 1', count: 1 }, { territory: 'Comuna 1', count: 2 }] })),
        'duplicate-entry',
        '$.indicators[0].counts[1].territory',
        { id: 'councils', key: 'Comuna 1' },
      ],
      [
        'duplicate-entry: a territory listed twice',
        () => feedWith(territories({ territories: ['Comuna 1', 'Comuna 2', 'Comuna 1'] })),
        'duplicate-entry',
        '$.indicators[0].territories[2]',
        { id: 'councils', key: 'Comuna 1' },
      ],
      ['unknown-commitment', () => feedWith(figure({ commitment: 9 })), 'unknown-commitment', '$.indicators[0].commitment', { id: 'trained', commitment: 9 }],
      [
        'unknown-category',
        () => feedWith(attendance({ groups: [{ id: 'g', label: 'G', counts: { men: 1, other: 2 } }] })),
        'unknown-category',
        '$.indicators[0].groups[0].counts.other',
        { id: 'attendance', key: 'other' },
      ],
      [
        'unknown-territory',
        () => feedWith(territories({ counts: [{ territory: 'Comuna 9', count: 3 }] })),
        'unknown-territory',
        '$.indicators[0].counts[0].territory',
        { id: 'councils', key: 'Comuna 9' },
      ],
    ];
    for (const [name, feed, code, path, params] of cases) {
      it(name, () => {
        expect(one(feed())).to.deep.equal([code, path, params]);
      });
    }

    it('territories are not checked when the feed does not list them all', () => {
      expect(found(feedWith(territories({ territories: undefined, counts: [{ territory: 'Comuna 9', count: 3 }] })))).to.deep.equal([]);
    });
  });

  it('checkConsistency on typed data gives what validateFeed reports', () => {
    const result = validateFeed(seedFeed);
    if (!result.ok) throw new Error('the seed feed must be valid');
    expect(checkConsistency(result.feed)).to.deep.equal(result.warnings);
  });
});

describe('the Ibagué 2020 feed', () => {
  it('has exactly the report’s own three discrepancies', () => {
    const result = validateFeed(seedFeed);
    if (!result.ok) throw new Error(JSON.stringify(result.failure));
    const indicators = (seedFeed.indicators as { id: string }[]).map((i) => i.id);
    const attendanceAt = indicators.indexOf('attendance');
    const committeeAt = indicators.indexOf('management-committee');
    expect(result.warnings).to.deep.equal([
      {
        severity: 'warning',
        code: 'total-mismatch',
        path: ['indicators', attendanceAt, 'groups', 1, 'declaredTotal'],
        params: { id: 'attendance', group: 'Zona rural', declared: 178, sum: 172 },
      },
      {
        severity: 'warning',
        code: 'count-mismatch',
        path: ['indicators', committeeAt, 'declaredCount'],
        params: { id: 'management-committee', declared: 2, listed: 4 },
      },
      {
        severity: 'warning',
        code: 'cadence-shortfall',
        path: ['indicators', committeeAt, 'events'],
        params: { id: 'management-committee', cadence: 'monthly', held: 4, expected: 12, commitment: 7 },
      },
    ]);
  });

  it('as paths a publisher reads', () => {
    const result = validateFeed(seedFeed);
    if (!result.ok) throw new Error(JSON.stringify(result.failure));
    expect(result.warnings.map((w) => jsonPath(w.path))).to.deep.equal([
      '$.indicators[3].groups[1].declaredTotal',
      '$.indicators[22].declaredCount',
      '$.indicators[22].events',
    ]);
  });
});
