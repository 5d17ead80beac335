import { expect } from '@open-wc/testing';
import { cadenceCoverage, dateParts, groupSum, platformTotals } from '../../src/feed/measures.js';
import type { Cadence, ContractPlatformsIndicator } from '../../src/feed/types.js';

/** Floats compared to 1e-6, as d3-shape's tests do (`assertInDelta`). */
function inDelta(actual: number, expected: number, delta = 1e-6) {
  expect(Math.abs(actual - expected), `${actual} ≈ ${expected}`).to.be.at.most(delta);
}

const contracts = (extra: Partial<ContractPlatformsIndicator>): ContractPlatformsIndicator => ({
  id: 'p',
  commitment: 1,
  title: 'Contratos',
  kind: 'contract-platforms',
  ...extra,
});

describe('platformTotals', () => {
  it('platforms only: counts, computed shares, declared shares and total', () => {
    const totals = platformTotals(
      contracts({
        platforms: [
          { name: 'SECOP II', count: 2255, share: 98.34 },
          { name: 'Tienda Virtual', count: 30, share: 1.31 },
          { name: 'Bolsa Mercantil', count: 8 },
        ],
        declaredTotal: 2293,
      }),
    );
    expect(totals.total).to.equal(2293);
    expect(totals.declaredTotal).to.equal(2293);
    expect(totals.platforms.map((p) => [p.name, p.count, p.declaredShare])).to.deep.equal([
      ['SECOP II', 2255, 98.34],
      ['Tienda Virtual', 30, 1.31],
      ['Bolsa Mercantil', 8, undefined],
    ]);
    expect('declaredShare' in totals.platforms[2]!).to.equal(false);
    inDelta(totals.platforms[0]!.share, 98.342782);
    inDelta(totals.platforms[1]!.share, 1.308330);
    inDelta(totals.platforms[2]!.share, 0.348888);
  });

  it('rows only: counted per platform, in order of first appearance', () => {
    const totals = platformTotals(
      contracts({
        rows: [{ platform: 'B' }, { platform: 'A', value: 10 }, { platform: 'B' }, { platform: 'B' }],
      }),
    );
    expect(totals).to.deep.equal({
      platforms: [
        { name: 'B', count: 3, share: 75 },
        { name: 'A', count: 1, share: 25 },
      ],
      total: 4,
    });
  });

  it('both: rows add to the declared counts, new platforms come after', () => {
    const totals = platformTotals(
      contracts({
        platforms: [
          { name: 'A', count: 2 },
          { name: 'B', count: 1 },
        ],
        rows: [{ platform: 'C' }, { platform: 'A' }],
      }),
    );
    expect(totals.platforms.map((p) => [p.name, p.count])).to.deep.equal([
      ['A', 3],
      ['B', 1],
      ['C', 1],
    ]);
    expect(totals.total).to.equal(5);
  });

  it('empty: a total of 0 and shares of 0, not NaN', () => {
    expect(platformTotals(contracts({ platforms: [] }))).to.deep.equal({ platforms: [], total: 0 });
    expect(platformTotals(contracts({ rows: [] }))).to.deep.equal({ platforms: [], total: 0 });
    expect(platformTotals(contracts({ platforms: [{ name: 'A', count: 0 }] })).platforms).to.deep.equal([{ name: 'A', count: 0, share: 0 }]);
  });

  it('does not change its input', () => {
    const indicator = contracts({ platforms: [{ name: 'A', count: 2 }], rows: [{ platform: 'A' }] });
    const before = JSON.stringify(indicator);
    platformTotals(indicator);
    expect(JSON.stringify(indicator)).to.equal(before);
  });
});

describe('groupSum', () => {
  it('adds a group’s counts', () => {
    expect(groupSum({ id: 'rural', label: 'Zona rural', counts: { men: 105, women: 67 }, declaredTotal: 178 })).to.equal(172);
    expect(groupSum({ id: 'x', label: 'X', counts: {} })).to.equal(0);
  });
});

describe('dateParts', () => {
  it('reads YYYY-MM-DD', () => {
    expect(dateParts('2020-12-29')).to.deep.equal([2020, 12, 29]);
    expect(dateParts('0001-01-01')).to.deep.equal([1, 1, 1]);
  });
});

describe('cadenceCoverage', () => {
  const YEAR_2020 = { start: '2020-01-01', end: '2020-12-31' };
  const dated = (...dates: string[]) => dates.map((date) => ({ date }));
  const cover = (cadence: Cadence, dates: string[], period = YEAR_2020) => cadenceCoverage({ cadence, events: dated(...dates) }, period);

  // [what, cadence, event dates, period, held, expected]
  const cases: [string, Cadence, string[], { start: string; end: string }, number, number][] = [
    ['monthly over 2020 with the seed’s four dates', 'monthly', ['2020-01-29', '2020-06-26', '2020-09-23', '2020-12-05'], YEAR_2020, 4, 12],
    ['two meetings in one month count once', 'monthly', ['2020-03-02', '2020-03-30', '2020-04-01'], YEAR_2020, 2, 12],
    ['every month', 'monthly', Array.from({ length: 12 }, (_, i) => `2020-${String(i + 1).padStart(2, '0')}-15`), YEAR_2020, 12, 12],
    ['quarterly', 'quarterly', ['2020-01-29', '2020-03-31', '2020-04-01', '2020-12-05'], YEAR_2020, 3, 4],
    ['semiannual on 2020-06-30 and 2020-12-31', 'semiannual', ['2020-06-30', '2020-12-31'], YEAR_2020, 2, 2],
    ['semiannual, both in the first half', 'semiannual', ['2020-01-01', '2020-06-30'], YEAR_2020, 1, 2],
    ['annual', 'annual', ['2020-07-01'], YEAR_2020, 1, 1],
    ['no events', 'monthly', [], YEAR_2020, 0, 12],
    ['a period starting mid-month asks for that month', 'monthly', ['2020-03-20'], { start: '2020-03-15', end: '2020-12-31' }, 1, 10],
    ['an event in that month before the period does not count', 'monthly', ['2020-03-01'], { start: '2020-03-15', end: '2020-12-31' }, 0, 10],
    ['events outside the period are not counted', 'monthly', ['2019-12-31', '2021-01-01', '2020-05-05'], YEAR_2020, 1, 12],
    ['a period across years, quarterly', 'quarterly', ['2019-11-30', '2020-02-01'], { start: '2019-11-01', end: '2020-04-30' }, 2, 3],
    ['a one-day period', 'monthly', ['2020-02-29'], { start: '2020-02-29', end: '2020-02-29' }, 1, 1],
    ['a reversed period asks for nothing', 'monthly', ['2020-06-01'], { start: '2020-12-31', end: '2020-01-01' }, 0, 0],
    ['a period reversed within one month asks for nothing', 'monthly', ['2020-02-10'], { start: '2020-02-15', end: '2020-02-01' }, 0, 0],
    ['a period reversed within one quarter asks for nothing', 'quarterly', ['2020-02-10'], { start: '2020-03-15', end: '2020-01-01' }, 0, 0],
  ];
  for (const [name, cadence, dates, period, held, expected] of cases) {
    it(name, () => {
      const coverage = cover(cadence, dates, period);
      expect([coverage.held, coverage.expected]).to.deep.equal([held, expected]);
      expect(coverage.slots).to.have.length(expected);
      inDelta(coverage.progress, expected > 0 ? (held / expected) * 100 : 0);
    });
  }

  it('4 of 12 months is 33.33 %', () => {
    inDelta(cover('monthly', ['2020-01-29', '2020-06-26', '2020-09-23', '2020-12-05']).progress, 100 / 3);
  });

  it('lists the slots with their first and last days and their events', () => {
    expect(cover('quarterly', ['2020-01-29', '2020-02-01', '2020-12-05']).slots).to.deep.equal([
      { start: '2020-01-01', end: '2020-03-31', events: 2 },
      { start: '2020-04-01', end: '2020-06-30', events: 0 },
      { start: '2020-07-01', end: '2020-09-30', events: 0 },
      { start: '2020-10-01', end: '2020-12-31', events: 1 },
    ]);
    expect(cover('monthly', [], { start: '2020-02-10', end: '2020-03-05' }).slots).to.deep.equal([
      { start: '2020-02-01', end: '2020-02-29', events: 0 },
      { start: '2020-03-01', end: '2020-03-31', events: 0 },
    ]);
    expect(cover('semiannual', [], { start: '2019-12-01', end: '2020-01-31' }).slots).to.deep.equal([
      { start: '2019-07-01', end: '2019-12-31', events: 0 },
      { start: '2020-01-01', end: '2020-06-30', events: 0 },
    ]);
  });

  it('a hostile feed (many events, a period of centuries) does not freeze the page', () => {
    // 20 000 events against 10 000 monthly slots: compared pairwise, 2·10⁸ string comparisons.
    const events = Array.from({ length: 20_000 }, (_, i) => ({ date: `${String(1 + (i % 800)).padStart(4, '0')}-06-15` }));
    const started = performance.now();
    const coverage = cadenceCoverage({ cadence: 'monthly', events }, { start: '0001-01-01', end: '9999-12-31' });
    expect(performance.now() - started).to.be.below(500);
    expect(coverage.held).to.equal(800);
  });
});
