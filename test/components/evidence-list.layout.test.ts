// The pure layout of <evidence-list>: literal feeds and the Ibagué report in, view models out. No DOM.
import { expect } from '@open-wc/testing';
import { layoutEvidence, type EvidenceItem, type EvidenceOptions, type EvidenceView } from '../../src/components/evidence-list/evidence-list.layout.js';
import type { Evidence, Feed, LinksIndicator } from '../../src/feed/types.js';
import { safeHref } from '../../src/format/links.js';
import type { ChartModel, ModelResult } from '../../src/internal/ruta-element.js';
import { ibagueFeed, nbsp } from '../support/element.js';

type Model = ChartModel<EvidenceView>;

const result = (feed: Feed, o: Partial<EvidenceOptions> = {}): ModelResult<EvidenceView> => layoutEvidence(feed, { lang: 'es', ...o });

function layout(feed: Feed, o: Partial<EvidenceOptions> = {}): Model {
  const r = result(feed, o);
  if (r.kind !== 'model') throw new Error(`expected a model, got ${JSON.stringify(r)}`);
  return r;
}

const items = (m: Model): EvidenceItem[] => m.view.groups.flatMap((g) => g.items);
const headings = (m: Model) => m.view.groups.map((g) => g.heading);
const linksIndicators = (feed: Feed) => (feed.indicators ?? []).filter((i): i is LinksIndicator => i.kind === 'links');

/** A one-commitment feed whose evidence is `evidence` (not validated: the layout must hold anyway). */
const tiny = (evidence: Evidence[], language = 'es-CO'): Feed => ({
  version: 1,
  report: { entity: 'Alcaldía de Prueba', title: 'Informe', period: { start: '2020-01-01', end: '2020-12-31' }, language },
  commitments: [{ number: 1, text: 'Uno', offices: ['A'], evidence }],
});

/** Label → href of every item (groups reorder items by kind, so compare by label). */
const hrefs = (m: Model) => new Map(items(m).map((d) => [d.label, d.href]));

describe('layoutEvidence', () => {
  it('shows the first links indicator by default, titled in the reader’s language', async () => {
    const feed = await ibagueFeed();
    const first = linksIndicators(feed)[0]!;
    const m = layout(feed);
    expect(m.title).to.equal(first.title);
    expect(items(m).map((d) => d.label)).to.deep.equal(first.items.map((i) => i.label));
    expect(m.csvName).to.equal(`evidence-list-${first.id}`);
  });

  it('keeps every label and URL of every links indicator of the Ibagué feed', async () => {
    const feed = await ibagueFeed();
    const all = linksIndicators(feed);
    expect(all.length).to.be.at.least(6);
    for (const ind of all) {
      const m = layout(feed, { indicator: ind.id });
      expect(items(m)).to.have.length(ind.items.length);
      const map = hrefs(m);
      for (const i of ind.items) expect(map.get(i.label), `${ind.id}: ${i.label}`).to.equal(i.url);
      expect(m.table.rows.map((r) => r.cells[3])).to.deep.equal(ind.items.map((i) => i.url));
    }
  });

  it('commitment 11: seven press releases, one video, one document; every URL kept', async () => {
    const feed = await ibagueFeed();
    const c = feed.commitments.find((x) => x.number === 11)!;
    const m = layout(feed, { commitment: '11' });
    expect(m.title).to.equal('Evidencias del compromiso 11: Divulgación de los esfuerzos de transparencia');
    expect(headings(m)).to.deep.equal(['Documentos (1)', 'Videos (1)', 'Comunicados de prensa (7)']);
    expect(m.summary).to.equal('9 elementos: 1 documento, 1 video, 7 comunicados de prensa; 8 con enlace.');
    const map = hrefs(m);
    for (const e of c.evidence!) expect(map.get(e.label)).to.equal(e.url);
    expect(m.csvName).to.equal('evidence-list-commitment-11');
  });

  it('commitments 5 and 8: labels, dates (es-CO and en) and http, https links', async () => {
    const feed = await ibagueFeed();
    for (const n of [5, 8]) {
      const c = feed.commitments.find((x) => x.number === n)!;
      const m = layout(feed, { commitment: n });
      expect(items(m)).to.have.length(c.evidence!.length);
      const map = hrefs(m);
      for (const e of c.evidence!) expect(map.get(e.label), e.label).to.equal(e.url);
    }
    const five = layout(feed, { commitment: 5 });
    expect(five.summary).to.equal('7 elementos: 7 documentos; 3 con enlace.');
    const dated = items(five).filter((d) => d.iso);
    expect(dated.map((d) => [d.iso, nbsp(d.date!)])).to.deep.equal([
      ['2019-05-14', '14 de mayo de 2019'],
      ['2020-08-04', '4 de agosto de 2020'],
    ]);
    const en = layout(feed, { commitment: 5, lang: 'en' });
    expect(items(en).filter((d) => d.iso).map((d) => d.date)).to.deep.equal(['May 14, 2019', 'August 4, 2020']);
    expect(en.summary).to.equal('7 items: 7 documents; 3 with a link.');
    expect(en.title).to.equal('Evidence for commitment 5: ' + feed.commitments[4]!.translations!.en!.title);
    expect(en.view.feedLang).to.equal('es-CO');
    expect(five.view.feedLang).to.equal(undefined);
    const eight = layout(feed, { commitment: 8 });
    expect(headings(eight)).to.deep.equal(['Documentos (2)', 'Servicios (4)']);
  });

  it('marks mailto links (their name says they write an email)', async () => {
    const m = layout(await ibagueFeed(), { indicator: 'contact-channels' });
    expect(items(m).filter((d) => d.mail).map((d) => d.href)).to.deep.equal([
      'mailto:comisariavirtual@ibague.gov.co',
      'mailto:atencionusuariosVUE@ibague.gov.co',
    ]);
    expect(items(m).find((d) => d.href === 'http://www.ibague.gov.co')!.mail).to.equal(false);
  });

  it('indicator wins over commitment', async () => {
    const feed = await ibagueFeed();
    const m = layout(feed, { indicator: 'mobile-apps', commitment: '11' });
    expect(items(m).map((d) => d.label)).to.deep.equal(['Agenda Ibagué Vibra', 'Ibagué por la Vida', 'Ibagué Musical']);
    expect(m.summary).to.equal('3 elementos: 3 servicios; 0 con enlace.');
  });

  it('filters to one kind; an unknown kind shows everything; a kind with nothing is empty', async () => {
    const feed = await ibagueFeed();
    const press = layout(feed, { commitment: 11, kind: 'press' });
    expect(headings(press)).to.deep.equal(['Comunicados de prensa (7)']);
    expect(press.table.rows).to.have.length(7);
    expect(headings(layout(feed, { commitment: 11, kind: 'podcast' }))).to.have.length(3);
    expect(result(feed, { commitment: 11, kind: 'record' })).to.deep.equal({ kind: 'empty', title: 'Evidencias del compromiso 11: Divulgación de los esfuerzos de transparencia' });
  });

  it('names what is missing: an indicator, a commitment; a commitment without evidence is empty', async () => {
    const feed = await ibagueFeed();
    expect(result(feed, { indicator: 'nope' })).to.deep.include({ kind: 'problem' });
    expect((result(feed, { indicator: 'nope' }) as { message: string }).message).to.contain('«nope»').and.contain('press-releases');
    expect(result(feed, { commitment: '99' })).to.deep.equal({ kind: 'problem', title: '', message: 'El feed no tiene el compromiso 99.' });
    expect((result(feed, { commitment: 'siete', lang: 'en' }) as { message: string }).message).to.equal('The feed has no commitment siete.');
    const none = structuredClone(feed);
    none.indicators = [];
    expect((result(none) as { message: string }).message).to.equal('El feed no tiene indicadores de tipo links.');
    expect(result(tiny([]), { commitment: 1 })).to.deep.equal({ kind: 'empty', title: 'Evidencias del compromiso 1' });
  });

  it('never makes a link of javascript:, data:, vbscript: or a disguised scheme', () => {
    const bad = [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'JAVASCRIPT:alert(1)',
      '\u0001javascript:alert(1)',
      'java\tscript:alert(1)',
      '\njavascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      ' https://example.org',
      '//example.org/x',
      'ftp://example.org/f',
    ];
    for (const url of bad) expect(safeHref(url), JSON.stringify(url)).to.equal(undefined);
    const m = layout(tiny(bad.map((url, i) => ({ label: `Malo ${i}`, kind: 'document', url }))), { commitment: 1 });
    expect(items(m).map((d) => d.href)).to.deep.equal(bad.map(() => undefined));
    expect(items(m).map((d) => d.label)).to.deep.equal(bad.map((_, i) => `Malo ${i}`));
    // Neither the table nor the CSV carries them.
    expect(m.table.rows.flatMap((r) => [r.cells[3], r.display[3]])).to.deep.equal(bad.flatMap(() => [undefined, '']));
    expect(m.summary).to.equal('11 elementos: 11 documentos; 0 con enlace.');
  });

  it('table: label, kind, date, URL; raw values for the CSV, formatted for the screen', async () => {
    const m = layout(await ibagueFeed(), { indicator: 'concejo-session-videos' });
    expect(m.table.columns.map((c) => c.label)).to.deep.equal(['Elemento', 'Tipo', 'Fecha', 'URL']);
    const r = m.table.rows[0]!;
    expect(r.cells.slice(1)).to.deep.equal(['video', '2020-06-26', 'https://www.facebook.com/ConcejoMunicipalDelbague/videos/1548546721993391/']);
    expect(r.display.slice(1).map(nbsp)).to.deep.equal(['Video', '26 de junio de 2020', 'https://www.facebook.com/ConcejoMunicipalDelbague/videos/1548546721993391/']);
    const en = layout(await ibagueFeed(), { indicator: 'concejo-session-videos', lang: 'en' });
    expect(en.table.columns.map((c) => c.label)).to.deep.equal(['Item', 'Kind', 'Date', 'URL']);
    expect(en.table.rows[2]!.display[2]).to.equal('November 18, 2020');
    expect(en.title).to.equal('Videos of the Council sessions');
    expect(m.title).to.equal('Videos de las sesiones ante el Concejo Municipal');
  });

  it('groups in a fixed kind order, each keeping the feed’s order; one item reads singular', () => {
    const m = layout(
      tiny([
        { label: 'R', kind: 'record' },
        { label: 'S1', kind: 'service', url: 'https://a.example/1' },
        { label: 'V', kind: 'video' },
        { label: 'S2', kind: 'service' },
      ]),
      { commitment: 1, lang: 'en' },
    );
    expect(m.view.groups.map((g) => [g.kind, g.heading, g.items.map((d) => d.label)])).to.deep.equal([
      ['video', 'Videos (1)', ['V']],
      ['service', 'Services (2)', ['S1', 'S2']],
      ['record', 'Records (1)', ['R']],
    ]);
    expect(m.summary).to.equal('4 items: 1 video, 2 services, 1 record; 1 with a link.');
    expect(m.table.rows.map((r) => r.cells[0])).to.deep.equal(['R', 'S1', 'V', 'S2']);
    expect(layout(tiny([{ label: 'X', kind: 'press' }]), { commitment: 1 }).summary).to.equal('1 elemento: 1 comunicado de prensa; 0 con enlace.');
  });

  it('does not mutate the feed', async () => {
    const feed = await ibagueFeed();
    const before = JSON.stringify(feed);
    layout(feed, { commitment: 11 });
    layout(feed, { indicator: 'contact-channels', lang: 'en' });
    expect(JSON.stringify(feed)).to.equal(before);
  });
});
