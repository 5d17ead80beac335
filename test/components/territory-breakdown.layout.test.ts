// <territory-breakdown>'s layout, pure: literal indicators in, view models out. No DOM.
import { expect } from '@open-wc/testing';
import {
  layoutTerritories,
  MIN_BAR,
  sortTerritories,
  territoryData,
  ZERO_BAR,
  type TerritorySort,
  type TerritoryView,
} from '../../src/components/territory-breakdown/territory-breakdown.layout.js';
import type { TerritoryCountsIndicator } from '../../src/feed/types.js';
import type { Lang } from '../../src/format/locale.js';
import { estimateTextWidth } from '../../src/viz/text.js';

/** Commitment 4 of the Ibagué 2020 report: ten security councils over six of thirteen comunas. */
const IBAGUE: TerritoryCountsIndicator = {
  id: 'security-councils',
  commitment: 4,
  kind: 'territory-counts',
  title: 'Consejos de Seguridad Comunitarios por comuna',
  translations: { en: { title: 'Community Security Councils by comuna' } },
  unit: 'Consejos de Seguridad Comunitarios',
  counts: [
    { territory: 'Comuna 2', count: 1 },
    { territory: 'Comuna 5', count: 2 },
    { territory: 'Comuna 7', count: 2 },
    { territory: 'Comuna 10', count: 1 },
    { territory: 'Comuna 11', count: 2 },
    { territory: 'Comuna 13', count: 2 },
  ],
  territories: Array.from({ length: 13 }, (_, i) => `Comuna ${i + 1}`),
  declaredTotal: 10,
};

const ORDER = ['Comuna 5', 'Comuna 7', 'Comuna 11', 'Comuna 13', 'Comuna 2', 'Comuna 10', 'Comuna 1', 'Comuna 3', 'Comuna 4', 'Comuna 6', 'Comuna 8', 'Comuna 9', 'Comuna 12'];

/** Chart widths the frame offers: 280 and 320 px phones, a 1,200 px desktop, less its 34 px inset. */
const NARROW = 246;
const PHONE = 286;
const WIDE = 1166;

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');
const layout = (indicator: TerritoryCountsIndicator, width = WIDE, lang: Lang = 'es', sort: TerritorySort = 'count') =>
  layoutTerritories(indicator, { lang, width, sort });
const labels = (v: TerritoryView) => v.texts.filter((t) => t.kind === 'label');
const values = (v: TerritoryView) => v.texts.filter((t) => t.kind === 'value');

/** No NaN anywhere; every bar and text inside the chart's box; rows do not overlap. */
function expectSound(v: TerritoryView): void {
  for (const n of [v.width, v.height, ...v.marks.flatMap((m) => [m.x, m.y, m.width, m.height]), ...v.texts.flatMap((t) => [t.x, t.y])]) {
    expect(Number.isFinite(n), `finite ${n}`).to.equal(true);
  }
  v.marks.forEach((m, i) => {
    expect(m.width, m.key).to.be.greaterThan(0);
    expect(m.x + m.width, m.key).to.be.at.most(v.width + 1e-9);
    expect(m.y, m.key).to.be.at.least(0);
    expect(m.y + m.height, m.key).to.be.at.most(v.height + 1e-9);
    if (i) expect(m.y, `${m.key} below the previous bar`).to.be.at.least(v.marks[i - 1]!.y + m.height);
  });
  for (const t of v.texts) {
    const right = t.x + estimateTextWidth(t.text, 13);
    expect(t.x, `"${t.text}" starts inside`).to.be.at.least(0);
    expect(right, `"${t.text}" ends inside`).to.be.at.most(v.width + 1);
    expect(t.y, `"${t.text}" inside`).to.be.within(0, v.height + 1);
    // A name never runs into the bars.
    if (t.kind === 'label') expect(right, `"${t.text}" before the bars`).to.be.at.most(v.marks[0]!.x);
  }
}

describe('territory-breakdown layout', () => {
  describe('territoryData', () => {
    it('lists every territory once, zeros included, in the feed\'s order, and sums the counts', () => {
      const d = territoryData(IBAGUE);
      expect(d.counts.map((c) => [c.territory, c.count])).to.deep.equal(
        [1, 0, 2, 1, 3, 0, 4, 0, 5, 2, 6, 0, 7, 2, 8, 0, 9, 0, 10, 1, 11, 2, 12, 0, 13, 2].reduce<[string, number][]>(
          (out, v, i, all) => (i % 2 ? out : [...out, [`Comuna ${v}`, all[i + 1]!]]),
          [],
        ),
      );
      expect([d.total, d.declaredTotal, d.mismatch]).to.deep.equal([10, 10, false]);
    });

    it('adds a territory counted twice, keeps one not listed, and flags a declared total that differs', () => {
      const d = territoryData({ ...IBAGUE, counts: [{ territory: 'B', count: 2 }, { territory: 'X', count: 4 }, { territory: 'B', count: 3 }], territories: ['A', 'B'], declaredTotal: 8 });
      expect(d.counts).to.deep.equal([
        { territory: 'A', count: 0 },
        { territory: 'B', count: 5 },
        { territory: 'X', count: 4 },
      ]);
      expect([d.total, d.declaredTotal, d.mismatch]).to.deep.equal([9, 8, true]);
    });

    it('without a territory list, shows only what is counted; without a declared total, no mismatch', () => {
      const { territories, declaredTotal, ...rest } = IBAGUE;
      expect(territories && declaredTotal).to.not.equal(undefined);
      const d = territoryData(rest);
      expect(d.counts).to.have.length(6);
      expect([d.total, d.declaredTotal, d.mismatch]).to.deep.equal([10, undefined, false]);
    });

    it('does not mutate its input', () => {
      const input = structuredClone(IBAGUE);
      layout(input, NARROW, 'en', 'name');
      layout(input);
      expect(input).to.deep.equal(IBAGUE);
    });
  });

  describe('sortTerritories', () => {
    it('puts the largest first, ties by name with numbers by value', () => {
      expect(sortTerritories(territoryData(IBAGUE).counts, 'es', 'count').map((c) => c.territory)).to.deep.equal(ORDER);
    });

    it('by name only, in the reader\'s alphabetical order (accents with their letter)', () => {
      const counts = ['Zona sur', 'Ñambí', 'Álamos', 'Comuna 10', 'comuna 9', 'Norte', 'Boquerón'].map((territory, count) => ({ territory, count }));
      const names = (lang: Lang) => sortTerritories(counts, lang, 'name').map((c) => c.territory);
      expect(names('es')).to.deep.equal(['Álamos', 'Boquerón', 'comuna 9', 'Comuna 10', 'Norte', 'Ñambí', 'Zona sur']);
      // English has no Ñ of its own: it sorts with N.
      expect(names('en')).to.deep.equal(['Álamos', 'Boquerón', 'comuna 9', 'Comuna 10', 'Ñambí', 'Norte', 'Zona sur']);
    });
  });

  describe('geometry', () => {
    it('draws Ibagué\'s bars in order, proportional to the counts, and the zeros as stubs', () => {
      for (const width of [WIDE, PHONE, NARROW]) {
        const v = layout(IBAGUE, width).view;
        expect(v.width).to.equal(width);
        expect(v.marks.map((m) => m.key)).to.deep.equal(ORDER);
        expect(v.marks.map((m) => m.count)).to.deep.equal([2, 2, 2, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0]);
        const [two, , , , one] = v.marks;
        expect(one!.width / two!.width).to.be.closeTo(0.5, 1e-9);
        for (const m of v.marks.slice(6)) expect(m.width).to.equal(ZERO_BAR);
        expect(ZERO_BAR).to.be.below(MIN_BAR);
        // Every count is written after its bar: the zeros as a visible 0.
        expect(values(v).map((t) => t.text)).to.deep.equal(['2', '2', '2', '2', '1', '1', '0', '0', '0', '0', '0', '0', '0']);
        values(v).forEach((t, i) => expect(t.x).to.equal(v.marks[i]!.x + v.marks[i]!.width + 6));
        // Short names fit whole on one line.
        expect(labels(v).map((t) => t.text)).to.deep.equal(ORDER);
        expectSound(v);
      }
      // The longest bar takes the room the names and counts leave.
      const wide = layout(IBAGUE).view;
      expect(wide.marks[0]!.x + wide.marks[0]!.width).to.be.above(WIDE * 0.85);
    });

    it('gives a tiny count the thinnest visible bar, and formats thousands es-CO style', () => {
      const v = layout({ ...IBAGUE, counts: [{ territory: 'Comuna 1', count: 15000 }, { territory: 'Comuna 2', count: 1 }] }).view;
      expect(v.marks[1]!.width).to.equal(MIN_BAR);
      expect(values(v).slice(0, 2).map((t) => t.text)).to.deep.equal(['15.000', '1']);
      expectSound(v);
      expect(values(layout({ ...IBAGUE, counts: [{ territory: 'Comuna 1', count: 15000 }] }, WIDE, 'en').view)[0]!.text).to.equal('15,000');
    });

    it('wraps a long name in two lines, shortened if need be, within the names\' column', () => {
      const long = 'Corregimiento 14 San Juan de la China, vereda La Cueva y alrededores';
      const ind = { ...IBAGUE, counts: [{ territory: long, count: 3 }, { territory: 'Comuna 1', count: 1 }], territories: undefined };
      for (const width of [WIDE, PHONE, NARROW]) {
        const v = layout(ind, width).view;
        const lines = labels(v).slice(0, -1).map((t) => t.text);
        // Wide, it fits whole on one line; narrow, in two, the second shortened.
        if (width === WIDE) expect(lines).to.deep.equal([long]);
        else {
          expect(lines, `${width}`).to.have.length(2);
          expect(lines[0]).to.match(/^Corregimiento( 14)?$/);
          expect(lines[1]).to.match(/^(14 )?San.*…$/);
        }
        expect(v.marks[0]!.x).to.be.at.most(width * 0.45 + 10 + 1e-9);
        // The whole name stays in the tooltip.
        expect(nbsp(v.marks[0]!.tip)).to.equal(`${long}: 3 de 4 (75 %)`);
        // The row is taller than one line; the next bar starts below both lines.
        expect(v.marks[1]!.y).to.be.at.least(labels(v)[lines.length - 1]!.y);
        expectSound(v);
      }
    });

    it('lays out thirty territories one under another, in order', () => {
      const counts = Array.from({ length: 30 }, (_, i) => ({ territory: `Corregimiento ${i + 1} de nombre largo`, count: (i * 7) % 11 }));
      for (const width of [WIDE, NARROW]) {
        const v = layout({ ...IBAGUE, counts, territories: undefined }, width).view;
        expect(v.marks).to.have.length(30);
        const sorted = [...counts].sort((a, b) => b.count - a.count).map((c) => c.count);
        expect(v.marks.map((m) => m.count)).to.deep.equal(sorted);
        expectSound(v);
      }
    });
  });

  describe('text: title, summary, notes, caption, table', () => {
    it('in Spanish, with every count and the zeros', () => {
      const m = layout(IBAGUE);
      expect(m.title).to.equal('Consejos de Seguridad Comunitarios por comuna');
      expect(m.caption).to.equal('Total: 10 Consejos de Seguridad Comunitarios');
      expect(m.notes).to.deep.equal([]);
      expect(m.summary).to.equal(
        'Consejos de Seguridad Comunitarios por comuna. Total: 10 Consejos de Seguridad Comunitarios. ' +
          'Comuna 5: 2; Comuna 7: 2; Comuna 11: 2; Comuna 13: 2; Comuna 2: 1; Comuna 10: 1. ' +
          'En cero: Comuna 1, Comuna 3, Comuna 4, Comuna 6, Comuna 8, Comuna 9, Comuna 12.',
      );
      expect(m.view.marks.map((d) => nbsp(d.tip)).slice(3, 7)).to.deep.equal([
        'Comuna 13: 2 de 10 (20 %)',
        'Comuna 2: 1 de 10 (10 %)',
        'Comuna 10: 1 de 10 (10 %)',
        'Comuna 1: 0 de 10 (0 %)',
      ]);
      expect(m.csvName).to.equal('territory-breakdown-security-councils');
      expect(m.table.columns).to.deep.equal([
        { label: 'Territorio' },
        { label: 'Consejos de Seguridad Comunitarios', numeric: true },
        { label: 'Porcentaje', numeric: true },
      ]);
      expect(m.table.rows.map((r) => r.cells)).to.deep.equal([
        ...ORDER.map((t, i) => [t, [2, 2, 2, 2, 1, 1][i] ?? 0, [20, 20, 20, 20, 10, 10][i] ?? 0]),
        ['Total', 10, 100],
      ]);
      expect(m.table.rows.map((r) => r.display.map(nbsp)).slice(3, 8)).to.deep.equal([
        ['Comuna 13', '2', '20 %'],
        ['Comuna 2', '1', '10 %'],
        ['Comuna 10', '1', '10 %'],
        ['Comuna 1', '0', '0 %'],
        ['Comuna 3', '0', '0 %'],
      ]);
    });

    it('in English, with the feed\'s English title; a count column when the feed names no unit', () => {
      const { unit, ...noUnit } = IBAGUE;
      expect(unit).to.be.a('string');
      const m = layout(noUnit, WIDE, 'en');
      expect(m.title).to.equal('Community Security Councils by comuna');
      expect(m.caption).to.equal('Total: 10');
      expect(m.summary).to.contain('Comuna 5: 2; Comuna 7: 2').and.contain('At zero: Comuna 1, Comuna 3');
      expect(m.table.columns.map((c) => c.label)).to.deep.equal(['Territory', 'Count', 'Share']);
      expect(m.view.marks[0]!.tip).to.equal('Comuna 5: 2 of 10 (20%)');
    });

    it('says when the declared total is not the sum, in the notes and the summary', () => {
      const es = layout({ ...IBAGUE, declaredTotal: 1200 });
      expect(es.notes).to.deep.equal(['Total declarado 1.200; la suma por territorio es 10.']);
      expect(es.summary).to.match(/Total declarado 1\.200; la suma por territorio es 10\.$/);
      expect(layout({ ...IBAGUE, declaredTotal: 12 }, WIDE, 'en').notes).to.deep.equal(['Declared total 12; the territories add up to 10.']);
    });

    it('sorted by name, the table follows the chart', () => {
      const m = layout(IBAGUE, WIDE, 'es', 'name');
      const names = Array.from({ length: 13 }, (_, i) => `Comuna ${i + 1}`);
      expect(m.view.marks.map((d) => d.key)).to.deep.equal(names);
      expect(m.table.rows.map((r) => r.cells[0])).to.deep.equal([...names, 'Total']);
    });

    it('with nothing counted: every territory at zero, shares 0, no NaN', () => {
      const m = layout({ ...IBAGUE, counts: [] });
      expect(m.view.marks.map((d) => d.count)).to.deep.equal(new Array(13).fill(0));
      expect(m.table.rows.at(-1)!.cells).to.deep.equal(['Total', 0, 0]);
      expect(m.notes).to.deep.equal(['Total declarado 10; la suma por territorio es 0.']);
      expectSound(m.view);
    });
  });
});
