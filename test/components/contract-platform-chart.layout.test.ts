// Pure layout of <contract-platform-chart>: literal input, literal output, no DOM.
import { expect } from '@open-wc/testing';
import {
  layoutContractPlatforms,
  MIN_BAR,
  MIN_SLICE,
  type BarsView,
  type DonutView,
} from '../../src/components/contract-platform-chart/contract-platform-chart.layout.js';
import type { ContractPlatformsIndicator } from '../../src/feed/types.js';
import { nbsp } from '../support/element.js';

const ibague: ContractPlatformsIndicator = {
  id: 'contract-platforms',
  commitment: 2,
  kind: 'contract-platforms',
  title: 'Contratación publicada por plataforma',
  translations: { en: { title: 'Contracts published by platform' } },
  platforms: [
    { name: 'SECOP II', count: 2255, share: 98.34 },
    { name: 'Tienda Virtual', count: 30, share: 1.31 },
    { name: 'Bolsa Mercantil', count: 8, share: 0.35 },
  ],
  declaredTotal: 2293,
  source: { system: 'PISAMI', cutDate: '2020-12-29' },
};

const close = (a: number, b: number, delta = 1e-6) => expect(Math.abs(a - b)).to.be.below(delta, `${a} ≈ ${b}`);

describe('contract-platform-chart layout', () => {
  it('labels counts and shares in es-CO', () => {
    const m = layoutContractPlatforms(ibague, { lang: 'es', width: 600, variant: 'donut' });
    const v = m.view as DonutView;
    expect(v.legend.map((d) => nbsp(d.valueLabel))).to.deep.equal(['2.255 · 98,34 %', '30 · 1,31 %', '8 · 0,35 %']);
    expect(v.centerValue).to.equal('2.293');
    expect(nbsp(v.legend[0]!.tip)).to.equal('SECOP II: 2.255 contratos (98,34 %)');
    expect(m.title).to.equal('Contratación publicada por plataforma');
    expect(nbsp(m.caption!)).to.equal('Total: 2.293 contratos. Fuente: PISAMI, corte al 29 de diciembre de 2020.');
    expect(m.notes).to.deep.equal([]);
  });

  it('labels in English with the feed\'s English title', () => {
    const m = layoutContractPlatforms(ibague, { lang: 'en', width: 600, variant: 'donut' });
    const v = m.view as DonutView;
    expect(v.legend.map((d) => d.valueLabel)).to.deep.equal(['2,255 · 98.34%', '30 · 1.31%', '8 · 0.35%']);
    expect(m.title).to.equal('Contracts published by platform');
    expect(m.summary).to.contain('2,293 contracts in all').and.contain('Bolsa Mercantil: 8 (0.35%)');
  });

  it('keeps a tiny share visible: no slice below the minimum angle', () => {
    const v = layoutContractPlatforms(ibague, { lang: 'es', width: 600, variant: 'donut' }).view as DonutView;
    expect(v.arcs).to.have.length(3);
    for (const a of v.arcs) expect(a.d).to.match(/^M/).and.not.contain('NaN');
    expect(MIN_SLICE).to.be.greaterThan(8 / 2293);
  });

  it('draws bars proportional to counts, with a minimum for tiny ones', () => {
    const v = layoutContractPlatforms(ibague, { lang: 'es', width: 500, variant: 'bars' }).view as BarsView;
    expect(v.width).to.equal(500);
    close(v.rows[0]!.barWidth, 500);
    close(v.rows[1]!.barWidth, (30 / 2255) * 500);
    expect(v.rows[2]!.barWidth).to.equal(MIN_BAR); // 8/2255·500 = 1.77 px, drawn at the minimum
    expect(v.height).to.equal(3 * 52);
  });

  it('aggregates raw contract rows, platforms in order of appearance', () => {
    const rows = [
      ...Array.from({ length: 5 }, () => ({ platform: 'SECOP II' })),
      { platform: 'Bolsa Mercantil', value: 3 },
      { platform: 'SECOP II' },
    ];
    const m = layoutContractPlatforms({ id: 'r', commitment: 2, kind: 'contract-platforms', title: 'Filas', rows }, { lang: 'es', width: 400, variant: 'bars' });
    const v = m.view as BarsView;
    expect(v.rows.map((r) => [r.name, r.count])).to.deep.equal([
      ['SECOP II', 6],
      ['Bolsa Mercantil', 1],
    ]);
    expect(m.table.rows.at(-1)!.cells).to.deep.equal(['Total', 7, 100]);
  });

  it('notes a declared total that is not the sum, and a declared share off by more than 0.01 points', () => {
    const m = layoutContractPlatforms(
      { ...ibague, declaredTotal: 2300, platforms: [{ name: 'A', count: 3, share: 75.02 }, { name: 'B', count: 1, share: 25 }] },
      { lang: 'es', width: 400, variant: 'donut' },
    );
    expect(m.notes!.map(nbsp)).to.deep.equal([
      'El total declarado es 2.300, pero la suma por plataforma es 4.',
      'A: porcentaje declarado 75,02 %; calculado 75 %.',
    ]);
  });

  it('gives a table with raw values for the CSV and formatted ones for the screen', () => {
    const m = layoutContractPlatforms(ibague, { lang: 'es', width: 600, variant: 'donut' });
    expect(m.table.columns.map((c) => c.label)).to.deep.equal(['Plataforma', 'Contratos', 'Porcentaje', 'Porcentaje declarado']);
    expect(m.table.rows[0]!.cells).to.deep.equal(['SECOP II', 2255, 98.34, 98.34]);
    expect(m.table.rows[0]!.display.map(nbsp)).to.deep.equal(['SECOP II', '2.255', '98,34 %', '98,34 %']);
    expect(m.table.rows).to.have.length(4);
  });

  it('never produces NaN: zero counts, one platform, narrow widths', () => {
    const cases: ContractPlatformsIndicator[] = [
      { ...ibague, platforms: [{ name: 'A', count: 0 }, { name: 'B', count: 0 }], declaredTotal: 0 },
      { ...ibague, platforms: [{ name: 'Sola', count: 7 }], declaredTotal: 7 },
      { ...ibague, platforms: [] },
    ];
    for (const ind of cases) {
      for (const variant of ['donut', 'bars'] as const) {
        for (const width of [0, 120, 280, 1200]) {
          const json = JSON.stringify(layoutContractPlatforms(ind, { lang: 'es', width, variant }).view);
          expect(json).not.to.contain('NaN');
          expect(json).not.to.contain('Infinity');
        }
      }
    }
  });

  it('shortens long platform names to fit narrow widths; the tooltip keeps the full name', () => {
    const long = 'Plataforma de Contratación con un Nombre Extraordinariamente Largo';
    const v = layoutContractPlatforms({ ...ibague, platforms: [{ name: long, count: 1 }] }, { lang: 'es', width: 200, variant: 'bars' }).view as BarsView;
    expect(v.rows[0]!.nameLabel.endsWith('…')).to.equal(true);
    expect(v.rows[0]!.tip).to.contain(long);
  });
});
