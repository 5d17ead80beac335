// <transparency-report> rendered: the header, overall progress and table of contents, each
// indicator by the element of its kind with the heading levels nested, warnings under what they
// are about, every state in both themes (axe-core), keyboard navigation of the contents, English,
// lazy children made eager for printing, one shape check for all children, and the print styles.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/components/transparency-report/transparency-report.js';
import type { TransparencyReport } from '../../src/components/transparency-report/transparency-report.js';
import { feedLoader } from '../../src/feed/store.js';
import type { Feed } from '../../src/feed/types.js';
import { $, $$, deepText, expectAccessible, IBAGUE_URL, ibagueFeed, settled, until } from '../support/element.js';

const script = (path: string, replies: object[]) => executeServerCommand('feed-server', { action: 'script', path, replies });
let n = 0;
const fresh = () => `/__feed/tr-${Date.now()}-${n++}.json`;

type Kid = HTMLElement & { updateComplete: Promise<boolean>; feed: { state: { feed?: Feed } } };
const kids = (el: Element) => $$<Kid>(el, '.ind > :first-child');
const sections = (el: Element) => $$(el, 'section.commitment');
/** Waits until every nested element has rendered its data. */
async function allDrawn(el: TransparencyReport): Promise<void> {
  await until(() => kids(el).length > 0 && kids(el).every((k) => k.shadowRoot?.querySelector('[aria-busy="false"]')), 15000, 'every indicator');
  await Promise.all(kids(el).map((k) => k.updateComplete));
}
async function eager(template: ReturnType<typeof html>): Promise<TransparencyReport> {
  const el = await settled<TransparencyReport>(template);
  await allDrawn(el);
  return el;
}
/** The warnings of a part of the report, by JSON path. */
const paths = (node: ParentNode) => [...node.querySelectorAll('[part~="warning"]')].map((w) => w.getAttribute('data-path'));

describe('<transparency-report>', () => {
  it('lays out the header, overall progress, contents, and every commitment with its indicators', async () => {
    const el = await eager(html`<transparency-report src=${IBAGUE_URL} loading="eager"></transparency-report>`);
    const title = $(el, '[part="title"]')!;
    expect(title.textContent!.trim()).to.equal('Avances Ruta por la Transparencia y la Integridad');
    expect(title.getAttribute('aria-level')).to.equal('2');
    expect(deepText($(el, '[part="header"]')!)).to.equal(
      'Entidad Alcaldía de Ibagué Periodo 1 de enero de 2020 – 31 de diciembre de 2020 Elaborado por Secretaría de Planeación – Despacho Fuente Informe de avances 2020, Ruta por la Transparencia y la Integridad (Secretaría de Planeación)',
    );
    expect(deepText($(el, '[part="summary"]')!)).to.equal('2 de 12 compromisos cumplidos Cumplido: 2 · Sin estado declarado: 10 · 3 advertencias');
    expect(deepText($(el, '#summary')!)).to.contain('2 de 12 compromisos cumplidos').and.to.contain('3 advertencias');

    // Contents: one link per commitment, each to its heading.
    const links = $$<HTMLAnchorElement>(el, '[part="toc"] a');
    expect(links.map((a) => a.textContent)).to.have.length(12);
    expect(links[6]!.textContent).to.equal('Compromiso 7: Reunión mensual del nivel directivo (MIPG)');
    for (const a of links) expect($(el, a.getAttribute('href')!)).to.not.equal(null);

    // Outline: report 2, commitments 3, indicators 4.
    const heads = sections(el).map((s) => s.querySelector('.head')!);
    expect(heads.map((h) => h.getAttribute('aria-level'))).to.deep.equal(Array(12).fill('3'));
    expect(heads[1]!.textContent).to.equal('Compromiso 2: Uso de SECOP II y Tienda Virtual');
    const all = kids(el);
    expect(all).to.have.length(36);
    expect(new Set(all.map((k) => k.getAttribute('heading-level')))).to.deep.equal(new Set(['4']));
    expect(all.every((k) => k.getAttribute('lang') === 'es' && k.getAttribute('theme') === 'auto')).to.equal(true);
    const levels = all.map((k) => k.shadowRoot!.querySelector('[part="title"]')?.getAttribute('aria-level'));
    expect(levels.filter((l) => l === '4')).to.have.length(levels.filter(Boolean).length);

    // Each indicator under its commitment, drawn by the element of its kind.
    const feed = await ibagueFeed();
    const tag = { 'contract-platforms': 'contract-platform-chart', attendance: 'attendance-breakdown', events: 'event-timeline', 'territory-counts': 'territory-breakdown', figure: 'indicator-figure', links: 'evidence-list' };
    for (const [i, s] of sections(el).entries()) {
      const own = feed.indicators!.filter((ind) => ind.commitment === feed.commitments[i]!.number);
      expect([...s.querySelectorAll('.ind > :first-child')].map((k) => `${k.localName} ${k.getAttribute('indicator')}`)).to.deep.equal(
        own.map((ind) => `${tag[ind.kind]} ${ind.id}`),
      );
    }
    // The commitment's own facts: offices, status, progress, evidence links.
    const c7 = sections(el)[6]!;
    expect(deepText(c7.querySelector('.facts')!)).to.equal('Responsable Secretaría de Planeación Estado Sin estado declarado Avance medido 33 % (4 de 12 meses)');
    const c2 = sections(el)[1]!;
    expect(deepText(c2.querySelector('.facts')!)).to.contain('Estado Cumplido Avance declarado 100 %');
    expect(c2.querySelectorAll('[part="evidence"] li')).to.have.length(1);
    const c11 = sections(el)[10]!;
    expect([...c11.querySelectorAll<HTMLAnchorElement>('[part="evidence"] a')].map((a) => a.getAttribute('href'))).to.include(
      'https://www.ibague.gov.co/portal/seccion/noticias/index.php?idnt=8953',
    );
  });

  it('hands every nested element one checked feed object, checked once for all of them', async () => {
    const feed = await ibagueFeed();
    const el = await eager(html`<transparency-report .data=${feed} loading="eager"></transparency-report>`);
    const objects = new Set(kids(el).map((k) => k.feed.state.feed));
    expect(objects.size).to.equal(1);
    expect([...objects][0]).to.not.equal(undefined);
  });

  it('places each consistency warning under the commitment or indicator its path points to', async () => {
    const el = await eager(html`<transparency-report src=${IBAGUE_URL} loading="eager"></transparency-report>`);
    const [c4, c7] = [sections(el)[3]!, sections(el)[6]!];
    expect(paths(el.shadowRoot!)).to.have.length(3);
    const rural = c4.querySelector('[data-path="$.indicators[3].groups[1].declaredTotal"]')!;
    expect(rural.closest('.ind')!.querySelector('attendance-breakdown')).to.not.equal(null);
    expect(deepText(rural)).to.equal('Advertencia: el total declarado de «Zona rural» es 178, pero la suma de sus partes es 172');
    const meetings = c7.querySelector('event-timeline[indicator="management-committee"]')!.closest('.ind')!;
    expect(paths(meetings)).to.deep.equal(['$.indicators[22].declaredCount', '$.indicators[22].events']);
    for (const [i, s] of sections(el).entries()) if (i !== 3 && i !== 6) expect(paths(s), `commitment ${i + 1}`).to.deep.equal([]);

    // A commitment's own warning under it, the report's in the overview, and an indicator of a
    // commitment the feed does not have shown (not hidden) with its warning.
    const feed = await ibagueFeed();
    feed.commitments[0]!.progress = 40;
    feed.indicators!.push({ id: 'x', commitment: 1, kind: 'events', title: 'Reuniones', cadence: 'monthly', events: [{ date: '2020-03-01' }] });
    feed.indicators!.push({ id: 'lost', commitment: 99, kind: 'figure', title: 'Perdido', value: 7, unit: 'cosas' });
    feed.commitments[2]!.evidence![0]!.date = '2021-05-01';
    const edited = await eager(html`<transparency-report .data=${feed} loading="eager"></transparency-report>`);
    expect(paths(sections(edited)[0]!)).to.include('$.commitments[0].progress');
    expect(deepText(sections(edited)[0]!.querySelector('[data-path="$.commitments[0].progress"]')!)).to.contain('el compromiso 1 declara 40 % de avance');
    expect(paths(sections(edited)[2]!)).to.deep.equal(['$.commitments[2].evidence[0].date']);
    const orphans = sections(edited).at(-1)!;
    expect(deepText(orphans.querySelector('.head')!)).to.equal('Indicadores sin compromiso');
    expect(orphans.querySelector('indicator-figure[indicator="lost"]')).to.not.equal(null);
    expect(paths(orphans)).to.deep.equal([`$.indicators[${feed.indicators!.length - 1}].commitment`]);

    const reversed = await ibagueFeed();
    reversed.report.period = { start: '2020-12-31', end: '2020-01-01' };
    const r = await settled<TransparencyReport>(html`<transparency-report .data=${reversed} loading="eager"></transparency-report>`);
    expect(paths($(r, '.body')!.querySelector(':scope > .notes')!)).to.deep.equal(['$.report.period']);
  });

  it('moves to a commitment from the contents by keyboard: scrolled to, focused', async () => {
    const el = await eager(html`<transparency-report src=${IBAGUE_URL} loading="eager"></transparency-report>`);
    const links = $$<HTMLAnchorElement>(el, '[part="toc"] a');
    links[0]!.focus();
    for (let i = 0; i < 8; i++) await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(links[8]);
    await sendKeys({ press: 'Enter' });
    const head = $(el, '#h-8')!;
    expect(el.shadowRoot!.activeElement).to.equal(head);
    expect(head.textContent).to.equal('Compromiso 9: Relaciones con el Concejo y el COMPOS');
    const top = head.getBoundingClientRect().top;
    expect(top).to.be.within(-1, 40);
    expect(location.hash).to.equal('');
    // Ids are unique within the report.
    const ids = $$(el, '[id]').map((e) => e.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('speaks English: its words, the warnings and the nested elements', async () => {
    const el = await eager(html`<transparency-report src=${IBAGUE_URL} lang="en" loading="eager"></transparency-report>`);
    expect($(el, '[part="title"]')!.textContent!.trim()).to.equal('Progress on the Route for Transparency and Integrity');
    expect(deepText($(el, '[part="summary"]')!)).to.equal('2 of 12 commitments completed Completed: 2 · No status declared: 10 · 3 warnings');
    expect(deepText($(el, '[part="toc"] .head')!)).to.equal('Contents');
    expect(deepText($(el, '[part="header"]')!)).to.contain('Period January 1, 2020 – December 31, 2020');
    expect(deepText(sections(el)[3]!)).to.contain('Warning: the declared total of "Zona rural" is 178, but its parts add up to 172');
    expect(kids(el).every((k) => k.getAttribute('lang') === 'en')).to.equal(true);
    expect(deepText(sections(el)[1]!)).to.contain('Total: 2,293 contracts');
  });

  it('lays out nested elements lazily, and all of them before printing', async () => {
    const el = await settled<TransparencyReport>(html`<transparency-report src=${IBAGUE_URL}></transparency-report>`);
    expect(el.loading).to.equal('lazy');
    const last = kids(el).at(-1)!;
    expect(last.getAttribute('loading')).to.equal('lazy');
    expect(last.getBoundingClientRect().top).to.be.greaterThan(innerHeight * 3);
    expect(last.shadowRoot!.querySelector('[aria-busy="true"]')).to.not.equal(null);
    dispatchEvent(new Event('beforeprint'));
    expect(el.loading).to.equal('eager');
    await allDrawn(el);
    expect(kids(el).every((k) => k.getAttribute('loading') === 'eager')).to.equal(true);
  });

  describe('a long report', () => {
    const many = async (n: number) => {
      const feed = await ibagueFeed();
      feed.commitments = Array.from({ length: n }, (_, i) => ({ number: i + 1, text: `Compromiso número ${i + 1}`, offices: [`Oficina ${i % 40}`], progress: i % 101 }));
      return feed;
    };
    const more = (el: Element) => $<HTMLButtonElement>(el, '[part~="show-more"]');
    const toc = (el: Element) => $$<HTMLAnchorElement>(el, '[part="toc"] a');
    const rest = (el: Element) => deepText($(el, '[part="toc"] p') ?? document.createElement('p'));

    it('shows 50 of 10,000 commitments, the contents only of those, and 50 more by keyboard', async () => {
      const el = await settled<TransparencyReport>(html`<transparency-report .data=${await many(10_000)}></transparency-report>`);
      expect(sections(el)).to.have.length(50);
      expect(toc(el)).to.have.length(50);
      // No link of the contents points to a commitment not shown.
      for (const a of toc(el)) expect($(el, a.getAttribute('href')!)).to.not.equal(null);
      expect(rest(el)).to.equal('y 9.950 más');
      expect(deepText($(el, '[part="summary"]')!)).to.match(/^0 de 10\.000 compromisos cumplidos Sin estado declarado: 10\.000 · /);
      expect(deepText($(el, '#summary')!)).to.contain('0 de 10.000 compromisos cumplidos').and.not.contain('Compromiso 10000');
      expect(deepText(more(el)!)).to.equal('Mostrar 50 más (quedan 9.950)');
      expect($(el, '#data-table table')).to.equal(null);
      await expectAccessible(el);
      more(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => sections(el).length === 100, 15000, '100 sections');
      expect(el.shadowRoot!.activeElement).to.equal($(el, `#h-50`));
      expect($(el, '#h-50')!.textContent).to.equal('Compromiso 51');
      expect(toc(el)).to.have.length(100);
      expect(rest(el)).to.equal('y 9.900 más');
      expect(deepText(more(el)!)).to.equal('Mostrar 50 más (quedan 9.900)');
      await expectAccessible(el);
    });

    it('shows every commitment before printing, in English too', async () => {
      const el = await settled<TransparencyReport>(html`<transparency-report .data=${await many(60)} lang="en"></transparency-report>`);
      expect(sections(el)).to.have.length(50);
      expect(rest(el)).to.equal('and 10 more');
      expect(deepText(more(el)!)).to.equal('Show 10 more (10 left)');
      dispatchEvent(new Event('beforeprint'));
      await until(() => sections(el).length === 60, 3000, '60 sections');
      expect(toc(el)).to.have.length(60);
      expect($(el, '[part="toc"] p')).to.equal(null);
      expect(more(el)).to.equal(null);
    });

    it('the Ibagué report (12 commitments) shows whole, with no button nor "more" line', async () => {
      const el = await settled<TransparencyReport>(html`<transparency-report src=${IBAGUE_URL}></transparency-report>`);
      expect(sections(el)).to.have.length(12);
      expect(more(el)).to.equal(null);
      expect($(el, '[part="toc"] p')).to.equal(null);
    });
  });

  for (const theme of ['light', 'dark'] as const) {
    describe(`states, ${theme} theme (axe finds nothing in each)`, () => {
      it('ready, with every indicator drawn', async () => {
        const el = await eager(html`<transparency-report src=${IBAGUE_URL} loading="eager" theme=${theme}></transparency-report>`);
        expect(kids(el).every((k) => k.getAttribute('theme') === theme)).to.equal(true);
        await expectAccessible(el);
      });

      it('loading: a busy skeleton', async () => {
        const path = fresh();
        await script(path, [{ hang: true }]);
        const el = await fixture<TransparencyReport>(html`<transparency-report src=${path} theme=${theme} loading="eager"></transparency-report>`);
        expect($(el, '[aria-busy="true"] .skeleton')).to.not.equal(null);
        expect(deepText(el)).to.contain('Cargando datos…');
        await expectAccessible(el);
      });

      it('empty: a report without commitments says so', async () => {
        const feed = await ibagueFeed();
        feed.commitments = [];
        feed.indicators = [];
        const el = await settled<TransparencyReport>(html`<transparency-report .data=${feed} theme=${theme}></transparency-report>`);
        expect(deepText($(el, '[part~="status"]')!)).to.equal('No hay datos para mostrar.');
        await expectAccessible(el);
      });

      it('error: an invalid feed names the JSON path', async () => {
        const feed = await ibagueFeed();
        (feed.commitments[3] as { text: unknown }).text = 4;
        const el = await settled<TransparencyReport>(html`<transparency-report .data=${feed} theme=${theme}></transparency-report>`);
        expect(deepText($(el, '[role="alert"]')!)).to.contain('$.commitments[3].text');
        expect(kids(el)).to.have.length(0);
        await expectAccessible(el);
      });

      it('stale: keeps the report and says it could not update', async () => {
        const path = fresh();
        await script(path, [{ body: JSON.stringify(await ibagueFeed()) }, { status: 500 }]);
        const el = await settled<TransparencyReport>(html`<transparency-report src=${path} theme=${theme}></transparency-report>`);
        await feedLoader(path).refresh();
        await until(() => !!$(el, '.stale'), 3000, 'the stale note');
        await el.updateComplete;
        expect(sections(el)).to.have.length(12);
        await expectAccessible(el);
      });
    });
  }

  it('prints for the Concejo: a footer line with the data date, links spelled out, commitments kept whole, black on white', async () => {
    const el = await settled<TransparencyReport>(html`<transparency-report src=${IBAGUE_URL} theme="dark"></transparency-report>`);
    const foot = $(el, 'tfoot')!;
    expect(deepText(foot)).to.match(/^Alcaldía de Ibagué · Avances Ruta por la Transparencia y la Integridad · 1 de enero de 2020 – 31 de diciembre de 2020 · Datos consultados el \d\d\/\d\d\/\d{4}$/);
    const firefox = navigator.userAgent.includes('Firefox');
    if (!firefox) {
      // Chromium: the print media emulated.
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle(foot).display).to.equal('table-footer-group');
        expect(getComputedStyle(sections(el)[0]!).breakInside).to.equal('avoid');
        expect(getComputedStyle($(el, '.head')!).breakAfter).to.equal('avoid');
        const link = $(el, '.ev a')!;
        expect(getComputedStyle(link, '::after').content).to.equal(`" (${link.getAttribute('href')})"`);
        expect(getComputedStyle(link).color).to.equal('rgb(0, 0, 0)');
        expect(getComputedStyle($(el, '.frame')!).backgroundColor).to.equal('rgb(255, 255, 255)');
        expect(getComputedStyle($(el, '.actions')!).display).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      expect(getComputedStyle(foot).display).to.equal('none');
    } else {
      // Firefox over WebDriver BiDi cannot emulate media: the element's own print rules are read.
      const css = el
        .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
        .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === 'print')
        .map((r) => r.cssText)
        .join('\n');
      expect(css).to.match(/tfoot\s*\{\s*display: table-footer-group/);
      expect(css).to.match(/\.commitment, \.ind\s*\{\s*break-inside: avoid/);
      expect(css).to.match(/\.ev a::after\s*\{\s*content: " \(" attr\(href\) "\)"/);
      expect(css).to.contain('--_background: var(--transparency-report-background, var(--ruta-background, #ffffff))');
    }
  });
});
