import { expect } from '@open-wc/testing';
import { formatDate, formatDateShort, formatNumber, formatPercent, isoToDate } from '../../src/format/number.js';

const NBSP = '\u00a0';

describe('formatNumber', () => {
  // [value, digits, es, en]
  const cases: [number, number | undefined, string, string][] = [
    [2293, undefined, '2.293', '2,293'],
    [2255, undefined, '2.255', '2,255'],
    [178, undefined, '178', '178'],
    [0, undefined, '0', '0'],
    [1234567.891, undefined, '1.234.567,89', '1,234,567.89'],
    [0.5, undefined, '0,5', '0.5'],
    [33.333333, undefined, '33,33', '33.33'],
    [33.335, 0, '33', '33'],
    [-69, undefined, '-69', '-69'],
    [1e15, undefined, '1.000.000.000.000.000', '1,000,000,000,000,000'],
  ];
  for (const [value, digits, es, en] of cases) {
    it(`${value}${digits === undefined ? '' : ` to ${digits} digits`} → "${es}" / "${en}"`, () => {
      expect(formatNumber(value, 'es', digits)).to.equal(es);
      expect(formatNumber(value, 'en', digits)).to.equal(en);
    });
  }
});

describe('formatPercent', () => {
  // Feed percentages are 0–100; Spanish puts a no-break space before "%", English none.
  const cases: [number, string, string][] = [
    [98.34, `98,34${NBSP}%`, '98.34%'],
    [1.31, `1,31${NBSP}%`, '1.31%'],
    [100, `100${NBSP}%`, '100%'],
    [0, `0${NBSP}%`, '0%'],
    [100 / 3, `33,33${NBSP}%`, '33.33%'],
    [-69, `-69${NBSP}%`, '-69%'],
  ];
  for (const [value, es, en] of cases) {
    it(`${value} → "${es}" / "${en}"`, () => {
      expect(formatPercent(value, 'es')).to.equal(es);
      expect(formatPercent(value, 'en')).to.equal(en);
    });
  }

  it('uses a no-break space (U+00A0), not a plain space, in Spanish', () => {
    expect(formatPercent(98.34, 'es')).not.to.include(' ');
    expect(formatPercent(98.34, 'es').charCodeAt(5)).to.equal(0xa0);
  });
});

describe('isoToDate', () => {
  it('is midnight UTC of that day', () => {
    expect(isoToDate('2020-12-29').toISOString()).to.equal('2020-12-29T00:00:00.000Z');
    expect(isoToDate('2020-02-29').toISOString()).to.equal('2020-02-29T00:00:00.000Z');
  });
});

describe('formatDate', () => {
  // Feed dates are calendar days: formatted in UTC, so no time zone moves them a day.
  const cases: [string, string, string, string, string][] = [
    ['2020-12-29', '29 de diciembre de 2020', 'December 29, 2020', '29/12/2020', '12/29/2020'],
    ['2020-01-01', '1 de enero de 2020', 'January 1, 2020', '01/01/2020', '01/01/2020'],
    ['2020-12-31', '31 de diciembre de 2020', 'December 31, 2020', '31/12/2020', '12/31/2020'],
    ['2020-02-29', '29 de febrero de 2020', 'February 29, 2020', '29/02/2020', '02/29/2020'],
  ];
  for (const [iso, es, en, esShort, enShort] of cases) {
    it(`${iso} → "${es}" / "${en}"`, () => {
      expect(formatDate(iso, 'es')).to.equal(es);
      expect(formatDate(iso, 'en')).to.equal(en);
      expect(formatDateShort(iso, 'es')).to.equal(esShort);
      expect(formatDateShort(iso, 'en')).to.equal(enShort);
    });
  }

  it('shows a Date (a fetch time) in local time', () => {
    const noonLocal = new Date(2020, 11, 29, 12, 0, 0);
    expect(formatDate(noonLocal, 'es')).to.equal('29 de diciembre de 2020');
    expect(formatDate(noonLocal, 'en')).to.equal('December 29, 2020');
    expect(formatDateShort(noonLocal, 'es')).to.equal('29/12/2020');
  });
});
