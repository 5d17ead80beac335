// The report's view model, without rendering: header fields, the overall count, each
// commitment's indicators in feed order, warnings placed by their JSON path, indicators of a
// missing commitment kept, duplicate titles numbered.
import { expect } from '@open-wc/testing';
import { layoutReport, type ReportView } from '../../src/components/transparency-report/transparency-report.layout.js';
import type { ModelResult } from '../../src/internal/ruta-element.js';
import { ibagueFeed, nbsp } from '../support/element.js';

const view = (r: ModelResult<ReportView>) => {
  if (r.kind !== 'model') throw new Error(`expected a model, got ${r.kind}`);
  return r.view;
};

describe('layoutReport', () => {
  it('lays out the Ibagué report: header, count, statuses, indicators per commitment, warnings where they apply', async () => {
    const feed = await ibagueFeed();
    const r = layoutReport(feed, 'es');
    const v = view(r);
    expect(v.header.map((f) => `${f.label}: ${nbsp(f.value)}`)).to.deep.equal([
      'Entidad: Alcaldía de Ibagué',
      'Periodo: 1 de enero de 2020 – 31 de diciembre de 2020',
      'Elaborado por: Secretaría de Planeación – Despacho',
      'Fuente: Informe de avances 2020, Ruta por la Transparencia y la Integridad (Secretaría de Planeación)',
    ]);
    expect(v.summaryLine).to.equal('2 de 12 compromisos cumplidos');
    expect(v.statuses).to.deep.equal(['Cumplido: 2', 'Sin estado declarado: 10', '3 advertencias']);
    expect(v.statuses.at(-1)).to.equal('3 advertencias');
    expect(v.sections.map((s) => s.item.number)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(v.sections.map((s) => s.indicators.length)).to.deep.equal([0, 2, 1, 18, 1, 0, 1, 6, 3, 1, 2, 1]);
    expect(v.sections.flatMap((s) => s.indicators.map((i) => i.index))).to.deep.equal([...Array(36).keys()]);
    expect(v.sections[3]!.indicators[0]!.warnings.map((w) => w.path)).to.deep.equal(['$.indicators[3].groups[1].declaredTotal']);
    expect(v.sections[6]!.indicators[0]!.warnings.map((w) => nbsp(w.text))).to.deep.equal([
      'el texto declara 2 eventos, pero se listan 4 fechas',
      'el compromiso 7 promete una frecuencia mensual; en el periodo hubo eventos en 4 de 12 meses',
    ]);
    expect(v.sections.flatMap((s) => s.warnings)).to.deep.equal([]);
    expect(v.warnings).to.deep.equal([]);
    expect(v.orphans).to.deep.equal([]);
    expect(v.sections[3]!.notes).to.equal(feed.commitments[3]!.notes);
    // Two indicators of commitment 8 share a title with another: the second is numbered.
    const labels = v.sections[7]!.indicators.map((i) => i.label);
    expect(new Set(labels).size).to.equal(labels.length);
    expect(labels).to.include('Aplicaciones Móviles (2)');
    // The table: one row per commitment; the summary counts the warnings.
    expect(r.kind === 'model' && r.table.rows.length).to.equal(12);
    expect(r.kind === 'model' && r.csvName).to.equal('transparency-report');
    expect(r.kind === 'model' && nbsp(r.summary)).to.contain('2 de 12 compromisos cumplidos').and.to.match(/3 advertencias$/);
  });

  it('places commitment and report warnings, keeps indicators of a missing commitment, in English too', async () => {
    const feed = await ibagueFeed();
    feed.report.period = { start: '2020-12-31', end: '2020-01-01' };
    feed.report.published = '2021-01-15';
    feed.commitments.push({ ...feed.commitments[0]!, progress: 50 });
    feed.indicators!.push({ id: 'lost', commitment: 99, kind: 'figure', title: 'Lost', value: 1 } as never);
    const v = view(layoutReport(feed, 'en'));
    expect(v.header.map((f) => f.label)).to.deep.equal(['Entity', 'Period', 'Published', 'Compiled by', 'Source']);
    expect(v.header[2]!.value).to.equal('January 15, 2021');
    expect(v.warnings.map((w) => w.path)).to.deep.equal(['$.report.period']);
    expect(v.sections[12]!.warnings.map((w) => w.path)).to.deep.equal(['$.commitments[12].number']);
    expect(v.sections[12]!.indicators).to.deep.equal([]);
    expect(v.orphans.map((o) => [o.id, o.warnings.map((w) => w.path)])).to.deep.equal([['lost', [`$.indicators[36].commitment`]]]);
    expect(v.summaryLine).to.equal('3 of 13 commitments completed');
  });

  it('says there is nothing to show for a feed without commitments', async () => {
    const feed = await ibagueFeed();
    feed.commitments = [];
    expect(layoutReport(feed, 'es').kind).to.equal('empty');
  });
});
