// <indicator-figure>'s layout, pure: literal indicators in, view models out. No DOM.
import { expect } from '@open-wc/testing';
import { figureSize, layoutFigure, MAX_SIZE, MIN_SIZE, type FigureView } from '../../src/components/indicator-figure/indicator-figure.layout.js';
import type { Feed, FigureIndicator } from '../../src/feed/types.js';
import type { Lang } from '../../src/format/locale.js';
import type { ChartModel } from '../../src/internal/ruta-element.js';
import { estimateTextWidth } from '../../src/viz/text.js';

const FEED = {
  version: 1,
  report: { entity: 'Alcaldía de Ibagué', title: 'Avances', period: { start: '2020-01-01', end: '2020-12-31' }, language: 'es-CO' },
  commitments: [
    { number: 2, title: 'Uso de SECOP II y Tienda Virtual', text: '…', offices: ['Contratación'] },
    { number: 10, title: 'Austeridad en el gasto', text: '…', offices: ['Hacienda'], translations: { en: { title: 'Austerity in spending' } } },
    { number: 11, text: 'Sin título corto', offices: ['Prensa'] },
  ],
} as unknown as Feed;

/** Commitment 10 of the Ibagué report: a change and no value. */
const SPENDING: FigureIndicator = {
  id: 'austerity-spending-change',
  commitment: 10,
  kind: 'figure',
  title: 'Gasto en los rubros 206101501025 y 206101601027',
  translations: { en: { title: 'Spending on budget lines 206101501025 and 206101601027' } },
  unit: 'gasto ejecutado',
  change: { value: -69, baseline: 'diciembre de 2019', baselineDate: '2019-12-31' },
};

const CONTRACTS: FigureIndicator = {
  id: 'contracts-total',
  commitment: 2,
  kind: 'figure',
  title: 'Total de contratos publicados',
  value: 2293,
  unit: 'contratos',
  date: '2020-12-29',
  source: { system: 'PISAMI', cutDate: '2020-12-29' },
};

const model = (f: FigureIndicator, lang: Lang = 'es', width = 600) => {
  const r = layoutFigure(f, FEED, lang, width);
  if (r.kind !== 'model') throw new Error(`expected a model, got ${r.kind}`);
  return r as ChartModel<FigureView>;
};
const nb = (s: string) => s.replace(/\u00a0/g, ' ');
const view = (f: FigureIndicator, lang: Lang = 'es', width = 600) => model(f, lang, width).view;

describe('indicator-figure layout', () => {
  it('a value: es-CO figure, unit, commitment, source and cut date', () => {
    const m = model(CONTRACTS);
    expect(m.view).to.include({ value: '2.293', unit: 'contratos', arrow: '', pct: '', words: '', context: 'Compromiso 2 · Uso de SECOP II y Tienda Virtual' });
    expect(m.view.caption).to.equal('Fuente: PISAMI, corte al 29 de diciembre de 2020.');
    expect(m.view.unitLang).to.equal(undefined);
    expect(m.summary).to.equal(
      'Total de contratos publicados: 2.293 contratos. Compromiso 2 · Uso de SECOP II y Tienda Virtual. Fuente: PISAMI, corte al 29 de diciembre de 2020.',
    );
    expect(m.csvName).to.equal('indicator-figure-contracts-total');
  });

  it('a change and no value: its size is the figure, in words, with the arrow down', () => {
    const es = model(SPENDING);
    expect(nb(es.view.pct)).to.equal('69 %');
    expect(es.view.pct).to.equal('69\u00a0%');
    expect(es.view).to.include({ value: '', arrow: '▼', words: 'menos que en diciembre de 2019', unit: 'gasto ejecutado', caption: '' });
    expect(es.view.context).to.equal('Compromiso 10 · Austeridad en el gasto');
    expect(nb(es.summary)).to.equal(
      'Gasto en los rubros 206101501025 y 206101601027: 69 % menos que en diciembre de 2019, gasto ejecutado. Compromiso 10 · Austeridad en el gasto.',
    );
    // English: the baseline is the month of its date, as the feed's text is Spanish; the unit
    // keeps the feed's language, marked as such.
    const en = model(SPENDING, 'en');
    expect(en.view).to.include({ pct: '69%', words: 'lower than December 2019', unitLang: 'es-CO', context: 'Commitment 10 · Austerity in spending' });
    expect(en.title).to.equal('Spending on budget lines 206101501025 and 206101601027');
  });

  it('without a baseline date, English keeps the feed’s baseline text', () => {
    const f = { ...SPENDING, change: { value: -69, baseline: 'diciembre de 2019' } };
    expect(view(f, 'en').words).to.equal('lower than diciembre de 2019');
  });

  it('positive, zero and negative changes, beside a value', () => {
    const at = (v: number, lang: Lang = 'es') => view({ ...CONTRACTS, change: { value: v, baseline: '2019' } }, lang);
    expect([at(12.5).arrow, nb(at(12.5).pct), at(12.5).words]).to.deep.equal(['▲', '12,5 %', 'más que en 2019']);
    expect([at(0).arrow, nb(at(0).pct), at(0).words]).to.deep.equal(['=', '0 %', 'de cambio frente a 2019']);
    expect([at(-3).arrow, nb(at(-3).pct), at(-3).words]).to.deep.equal(['▼', '3 %', 'menos que en 2019']);
    expect([at(12.5, 'en').pct, at(12.5, 'en').words, at(0, 'en').words]).to.deep.equal(['12.5%', 'higher than 2019', 'change from 2019']);
    expect(nb(model({ ...CONTRACTS, change: { value: 12.5, baseline: '2019' } }).summary)).to.contain('2.293 contratos, 12,5 % más que en 2019.');
  });

  it('formats: number, percent, currency (es-CO and en-US)', () => {
    expect(view({ ...CONTRACTS, value: 1234.567 }).value).to.equal('1.234,57');
    expect(view({ ...CONTRACTS, value: 1234.567 }, 'en').value).to.equal('1,234.57');
    expect(view({ ...CONTRACTS, value: 98.34, format: 'percent' }).value).to.equal('98,34\u00a0%');
    expect(view({ ...CONTRACTS, value: 98.34, format: 'percent' }, 'en').value).to.equal('98.34%');
    expect(nb(view({ ...CONTRACTS, value: 1500000, format: 'currency', currency: 'COP' }).value)).to.equal('$ 1.500.000');
    expect(view({ ...CONTRACTS, value: 2293.5, format: 'currency', currency: 'USD' }, 'en').value).to.equal('$2,293.50');
    // Currency without a code: a plain number rather than a guessed currency.
    expect(view({ ...CONTRACTS, value: 1500, format: 'currency' }).value).to.equal('1.500');
    expect(view({ ...CONTRACTS, value: -7 }).value).to.equal('-7');
  });

  it('one table row: title, value, unit, change, baseline, date, source (raw in the CSV)', () => {
    const f: FigureIndicator = { ...CONTRACTS, change: { value: -5.5, baseline: 'diciembre de 2019', baselineDate: '2019-12-31' } };
    const es = model(f);
    expect(es.table.columns.map((c) => [c.label, !!c.numeric])).to.deep.equal([
      ['Indicador', false],
      ['Valor', true],
      ['Unidad', false],
      ['Cambio', true],
      ['Referencia', false],
      ['Fecha', false],
      ['Fuente', false],
    ]);
    expect(es.table.rows).to.have.length(1);
    expect(es.table.rows[0]!.cells).to.deep.equal(['Total de contratos publicados', 2293, 'contratos', -5.5, 'diciembre de 2019', '2020-12-29', 'PISAMI']);
    expect(es.table.rows[0]!.display.map(nb)).to.deep.equal([
      'Total de contratos publicados',
      '2.293',
      'contratos',
      '-5,5 %',
      'diciembre de 2019',
      '29 de diciembre de 2020',
      'PISAMI',
    ]);
    const en = model({ ...f, change: { ...f.change!, value: 5.5 } }, 'en');
    expect(en.table.columns.map((c) => c.label)).to.deep.equal(['Indicator', 'Value', 'Unit', 'Change', 'Baseline', 'Date', 'Source']);
    expect(en.table.rows[0]!.display).to.deep.equal(['Total de contratos publicados', '2,293', 'contratos', '+5.5%', 'December 2019', 'December 29, 2020', 'PISAMI']);
    // Missing fields are blank cells, not "undefined".
    const bare = model({ id: 'x', commitment: 99, kind: 'figure', title: 'Solo', value: 3 });
    expect(bare.table.rows[0]!.display).to.deep.equal(['Solo', '3', '', '', '', '', '']);
    expect(bare.view.context).to.equal('Compromiso 99');
    expect(bare.summary).to.equal('Solo: 3. Compromiso 99.');
  });

  it('a date without a source is the cut date; links only for http(s) and mailto', () => {
    const dated = view({ ...CONTRACTS, source: undefined, date: '2020-06-30' });
    expect(dated.caption).to.equal('Corte al 30 de junio de 2020.'.replace('Corte', 'corte'));
    expect(view({ ...CONTRACTS, source: { url: 'https://www.ibague.gov.co/x' } }).href).to.equal('https://www.ibague.gov.co/x');
    expect(view({ ...CONTRACTS, source: { url: 'mailto:datos@ibague.gov.co' } }).href).to.equal('mailto:datos@ibague.gov.co');
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'ftp://x.org/f', '/relative']) {
      expect(view({ ...CONTRACTS, source: { url } }).href, url).to.equal(undefined);
    }
    // Without system or date, the caption is empty, the CSV still names the URL.
    const m = model({ ...CONTRACTS, date: undefined, source: { url: 'https://x.org/d' } });
    expect(m.view.caption).to.equal('');
    expect(m.table.rows[0]!.cells[6]).to.equal('https://x.org/d');
  });

  it('empty when neither value nor change (past the validator); notes pass through', () => {
    const none = { ...CONTRACTS, value: undefined } as FigureIndicator;
    expect(layoutFigure(none, FEED, 'es', 600)).to.deep.equal({ kind: 'empty', title: 'Total de contratos publicados' });
    expect(model({ ...CONTRACTS, notes: ['Cifra preliminar.'] }).notes).to.deep.equal(['Cifra preliminar.']);
  });

  it('the figure is as large as fits the width, within bounds', () => {
    expect(view(CONTRACTS, 'es', 600).size).to.equal(MAX_SIZE);
    expect(figureSize('1.000.000.000.000.000', 100)).to.equal(MIN_SIZE);
    for (const w of [246, 400, 800]) {
      for (const text of ['2.293', '1.234.567.890', '▼ 69 %', '$ 1.500.000.000']) {
        const size = figureSize(text, w);
        expect(size).to.be.within(MIN_SIZE, MAX_SIZE);
        if (size > MIN_SIZE) expect(estimateTextWidth(text, size * 1.1), `${text} at ${w}`).to.be.at.most(w);
      }
    }
    expect(figureSize('1.234.567.890', 246)).to.be.below(figureSize('1.234.567.890', 800));
  });

  it('does not mutate its input', () => {
    const f = structuredClone(SPENDING);
    model(f, 'en');
    expect(f).to.deep.equal(SPENDING);
  });
});
