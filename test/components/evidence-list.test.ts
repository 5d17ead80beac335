// <evidence-list> rendered: every Ibagué link with its URL, unsafe URLs as plain text (even past
// the schema), every state in both themes (axe-core), language, kind filter, table, CSV, 320 px, print.
import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/components/evidence-list/evidence-list.js';
import type { EvidenceList } from '../../src/components/evidence-list/evidence-list.js';
import { feedLoader, type FeedState } from '../../src/feed/store.js';
import type { Evidence, Feed, LinksIndicator } from '../../src/feed/types.js';
import { $, $$, deepText, expectAccessible, IBAGUE_URL, ibagueFeed, nbsp, resize, settled, until } from '../support/element.js';

const script = (path: string, replies: object[]) => executeServerCommand('feed-server', { action: 'script', path, replies });
let n = 0;
const fresh = () => `/__feed/el-${Date.now()}-${n++}.json`;

const rows = (el: Element) => $$(el, '[part~="item"]');
const links = (el: Element) => $$<HTMLAnchorElement>(el, 'a');
const text = (node: Element | null | undefined) => nbsp((node?.textContent ?? '').replace(/\s+/g, ' ').trim());
/** What an item shows: its label only (not the date, not the hidden "opens the source"). */
const label = (li: Element) => text(li.querySelector('a > span:not(.sr-only), :scope > span'));
const linksOf = (feed: Feed) => feed.indicators!.filter((i): i is LinksIndicator => i.kind === 'links');

/** Every item of `list` shows once, its label as the link's text when (and only when) it has a URL. */
function expectItems(el: EvidenceList, list: readonly Evidence[], what: string): void {
  const shown = rows(el);
  expect(shown.map(label).sort(), what).to.deep.equal(list.map((e) => e.label).sort());
  for (const e of list) {
    const li = shown.find((x) => label(x) === e.label)!;
    const a = li.querySelector('a');
    if (e.url) {
      expect(a, `${what}: ${e.label}`).to.not.equal(null);
      expect(a!.getAttribute('href')).to.equal(e.url);
      expect(nbsp(a!.textContent!.replace(/\s+/g, ' ').trim())).to.equal(e.label + (e.url.startsWith('mailto:') ? ' (escribir un correo)' : ' (abre la fuente)'));
    } else expect(a, `${what}: ${e.label} has no URL`).to.equal(null);
  }
  expect(links(el)).to.have.length(list.filter((e) => e.url).length);
}

/** Shows a feed the schema would refuse, straight to the renderer (as if validation were skipped). */
async function bypassSchema(el: EvidenceList, feed: unknown): Promise<void> {
  (el as unknown as { feed: { state: FeedState } }).feed.state = { status: 'ready', feed: feed as Feed, stale: false, revision: 99 };
  el.requestUpdate();
  await el.updateComplete;
}

describe('<evidence-list>', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  for (const c of [5, 8, 11]) {
    it(`commitment ${c}: every label and URL of its evidence renders`, async () => {
      const feed = await ibagueFeed();
      const el = await settled<EvidenceList>(html`<evidence-list src=${IBAGUE_URL} commitment=${c}></evidence-list>`);
      expectItems(el, feed.commitments.find((x) => x.number === c)!.evidence!, `commitment ${c}`);
      expect(text($(el, '[part="title"]'))).to.match(new RegExp(`^Evidencias del compromiso ${c}: `));
    });
  }

  it('every links indicator of the feed: every label and URL renders', async () => {
    const feed = await ibagueFeed();
    const el = await settled<EvidenceList>(html`<evidence-list .data=${feed}></evidence-list>`);
    // Default: the first links indicator.
    expectItems(el, linksOf(feed)[0]!.items, 'default');
    for (const ind of linksOf(feed)) {
      el.indicator = ind.id;
      await el.updateComplete;
      expectItems(el, ind.items, ind.id);
      expect(text($(el, '[part="title"]'))).to.equal(ind.title);
    }
  });

  it('commitment 11: groups by kind with headings, shapes and counts; dates as <time>', async () => {
    const el = await settled<EvidenceList>(html`<evidence-list src=${IBAGUE_URL} commitment="11" heading-level="2"></evidence-list>`);
    const heads = $$(el, '[part~="group"]');
    expect(heads.map(text)).to.deep.equal(['Documentos (1)', 'Videos (1)', 'Comunicados de prensa (7)']);
    expect(heads.map((h) => [h.getAttribute('role'), h.getAttribute('aria-level')])).to.deep.equal(Array(3).fill(['heading', '3']));
    expect($$(el, 'ul[part~="list"]').map((ul) => ul.children.length)).to.deep.equal([1, 1, 7]);
    expect(deepText($(el, '#summary')!)).to.equal('9 elementos: 1 documento, 1 video, 7 comunicados de prensa; 8 con enlace.');
    const five = await settled<EvidenceList>(html`<evidence-list src=${IBAGUE_URL} commitment="5"></evidence-list>`);
    expect($$(five, 'time').map((t) => [t.getAttribute('datetime'), text(t)])).to.deep.equal([
      ['2019-05-14', '14 de mayo de 2019'],
      ['2020-08-04', '4 de agosto de 2020'],
    ]);
  });

  it('draws each kind with its own shape, not only its own colour', async () => {
    const feed = await ibagueFeed();
    linksOf(feed)[0]!.items = (['document', 'video', 'press', 'service', 'record'] as const).map((kind) => ({ label: kind, kind }));
    const el = await settled<EvidenceList>(html`<evidence-list .data=${feed}></evidence-list>`);
    const shape = (h: Element) => {
      const s = getComputedStyle(h.querySelector('.i')!);
      return [s.width, s.height, s.borderTopStyle, s.borderTopWidth, s.borderTopRightRadius, s.borderTopLeftRadius, s.clipPath, s.backgroundImage].join(' ');
    };
    const shapes = $$(el, '[part~="group"]').map(shape);
    expect(shapes).to.have.length(5);
    expect(new Set(shapes).size, shapes.join(' | ')).to.equal(5);
    for (const h of $$(el, '[part~="group"] .i')) expect(h.getBoundingClientRect().width).to.be.greaterThan(5);
  });

  it('refuses unsafe URLs through data (schema), and the renderer makes plain text of them anyway', async () => {
    const bad = ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', ' JaVaScRiPt:alert(1)', '\u0001javascript:alert(1)', 'java\nscript:alert(1)', 'JAVASCRIPT:alert(1)'];
    const feed = await ibagueFeed();
    const c = feed.commitments[0]!;
    c.evidence = [...bad.map((url, i) => ({ label: `Malo ${i}`, kind: 'document' as const, url })), { label: 'Bueno', kind: 'press', url: 'https://example.org/ok' }];
    const el = await settled<EvidenceList>(html`<evidence-list .data=${feed} commitment="1"></evidence-list>`);
    expect(links(el)).to.deep.equal([]);
    expect(deepText($(el, '[role="alert"]')!)).to.contain('$.commitments[0].evidence[0].url');

    await bypassSchema(el, feed);
    expect(rows(el).map(label)).to.deep.equal([...bad.map((_, i) => `Malo ${i}`), 'Bueno']);
    expect(links(el).map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/ok']);
    // Nothing of them reaches an attribute anywhere.
    for (const node of el.shadowRoot!.querySelectorAll('*')) {
      for (const a of node.attributes) expect(a.value, `${node.localName}[${a.name}]`).to.not.match(/script:|data:/i);
    }
    $<HTMLButtonElement>(el, '[part="table-toggle"]')!.click();
    await el.updateComplete;
    expect($$<HTMLTableRowElement>(el, 'table tbody tr').map((r) => text(r.cells[3]))).to.deep.equal([...bad.map(() => ''), 'https://example.org/ok']);
    await expectAccessible(el);
  });

  for (const theme of ['light', 'dark'] as const) {
    describe(`states, ${theme} theme (axe finds nothing in each)`, () => {
      it('ready: wide and 320 px, es and en, with the table open', async () => {
        for (const lang of ['es', 'en']) {
          for (const width of [900, 320]) {
            const wrap = await fixture<HTMLDivElement>(
              html`<div style="width:${width}px"><evidence-list loading="eager" src=${IBAGUE_URL} commitment="8" theme=${theme} lang=${lang}></evidence-list></div>`,
            );
            const el = wrap.firstElementChild as EvidenceList;
            await until(() => rows(el).length === 6, 5000, 'the items');
            await el.updateComplete;
            await expectAccessible(el);
            $<HTMLButtonElement>(el, '[part="table-toggle"]')!.click();
            await el.updateComplete;
            await expectAccessible(el);
          }
        }
      });

      it('loading: a busy skeleton', async () => {
        const path = fresh();
        await script(path, [{ hang: true }]);
        const el = await fixture<EvidenceList>(html`<evidence-list src=${path} theme=${theme}></evidence-list>`);
        expect($(el, '[aria-busy="true"] .skeleton')).to.not.equal(null);
        expect(deepText(el)).to.contain('Cargando datos…');
        await expectAccessible(el);
      });

      it('empty: a commitment without evidence, or a kind with nothing', async () => {
        const feed = await ibagueFeed();
        delete feed.commitments[6]!.evidence;
        const el = await settled<EvidenceList>(html`<evidence-list .data=${feed} commitment="7" theme=${theme}></evidence-list>`);
        expect(deepText($(el, '[part~="status"]')!)).to.equal('No hay datos para mostrar.');
        expect(text($(el, '[part="title"]'))).to.equal('Evidencias del compromiso 7: Reunión mensual del nivel directivo (MIPG)');
        await expectAccessible(el);
        el.commitment = '11';
        el.kind = 'record';
        await el.updateComplete;
        expect(rows(el)).to.have.length(0);
        expect(deepText($(el, '[part~="status"]')!)).to.equal('No hay datos para mostrar.');
      });

      it('error: invalid feed, missing indicator, missing commitment', async () => {
        const feed = await ibagueFeed();
        (linksOf(feed)[0]!.items[0] as { kind: string }).kind = 'podcast';
        const el = await settled<EvidenceList>(html`<evidence-list .data=${feed} theme=${theme}></evidence-list>`);
        expect(deepText($(el, '[role="alert"]')!)).to.contain('El feed no cumple el formato').and.contain('.items[0].kind');
        await expectAccessible(el);
        const missing = await settled<EvidenceList>(html`<evidence-list src=${IBAGUE_URL} indicator="nope" commitment="11" theme=${theme}></evidence-list>`);
        expect(deepText($(missing, '[role="alert"]')!)).to.contain('El feed no tiene un indicador «nope» de tipo links.');
        await expectAccessible(missing);
        missing.removeAttribute('indicator');
        missing.commitment = '99';
        await missing.updateComplete;
        expect(deepText($(missing, '[role="alert"]')!)).to.equal('El feed no tiene el compromiso 99.');
      });

      it('stale: keeps the last good list and says it could not update', async () => {
        const path = fresh();
        await script(path, [{ body: JSON.stringify(await ibagueFeed()) }, { status: 500 }]);
        const el = await settled<EvidenceList>(html`<evidence-list src=${path} commitment="11" theme=${theme}></evidence-list>`);
        await feedLoader(path).refresh();
        await until(() => !!$(el, '.stale'), 3000, 'the stale note');
        await el.updateComplete;
        expect(deepText($(el, '.stale')!)).to.match(/no se pudo actualizar\. Reintentar$/);
        expect(links(el)).to.have.length(8);
        await expectAccessible(el);
      });
    });
  }

  it('speaks English: kind names, dates, link names, table', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="es"><evidence-list src=${IBAGUE_URL} indicator="contact-channels"></evidence-list></div>`);
    const el = wrap.firstElementChild as EvidenceList;
    await until(() => rows(el).length === 5, 5000, 'the items');
    wrap.lang = 'en';
    await until(() => deepText(el).includes('Services (5)'), 2000, 'English');
    expect(links(el).map((a) => text(a))).to.include('Cuenta de correo comisariavirtual@ibague.gov.co (write an email)').and.include('Portal web www.ibague.gov.co (opens the source)');
    // Labels keep the feed's language.
    expect(links(el)[0]!.querySelector('span')!.getAttribute('lang')).to.equal('es-CO');
    expect(deepText($(el, '#summary')!)).to.equal('5 items: 5 services; 5 with a link.');
    el.indicator = 'concejo-session-videos';
    await el.updateComplete;
    expect($$(el, 'time').map(text)).to.deep.equal(['June 26, 2020', 'November 9, 2020', 'November 18, 2020']);
    expect(text($(el, '[part="table-toggle"]'))).to.equal('View table');
    expect($$(el, 'table thead th').map(text)).to.deep.equal(['Item', 'Kind', 'Date', 'URL']);
  });

  it('filters to one kind with kind="…", and ignores an unknown kind', async () => {
    const el = await settled<EvidenceList>(html`<evidence-list src=${IBAGUE_URL} commitment="11" kind="video"></evidence-list>`);
    expect(rows(el).map(label)).to.deep.equal(['Vídeo institucional – Facebook: @alcaldiaibague']);
    el.kind = 'nope';
    await el.updateComplete;
    expect(rows(el)).to.have.length(9);
  });

  it('shows the table and downloads the CSV (label, kind, date, URL)', async () => {
    const el = await settled<EvidenceList>(html`<evidence-list src=${IBAGUE_URL} indicator="concejo-session-videos"></evidence-list>`);
    $<HTMLButtonElement>(el, '[part="table-toggle"]')!.click();
    await el.updateComplete;
    const table = $<HTMLTableElement>(el, 'table[part="table"]')!;
    expect(table.getBoundingClientRect().height).to.be.greaterThan(0);
    expect([...table.tHead!.rows[0]!.cells].map(text)).to.deep.equal(['Elemento', 'Tipo', 'Fecha', 'URL']);
    expect([...table.tBodies[0]!.rows].map((r) => [...r.cells].slice(1).map(text))).to.deep.equal([
      ['Video', '26 de junio de 2020', 'https://www.facebook.com/ConcejoMunicipalDelbague/videos/1548546721993391/'],
      ['Video', '9 de noviembre de 2020', 'https://web.facebook.com/ConcejoMunicipalDelbague/videos/701528580771823/'],
      ['Video', '18 de noviembre de 2020', 'https://web.facebook.com/ConcejoMunicipalDelbague/videos/1736695036492868/'],
    ]);
    el.shadowRoot!.addEventListener('click', (e) => e.target instanceof HTMLAnchorElement && e.target.download && e.preventDefault());
    const done = oneEvent(el, 'ruta-download');
    $<HTMLButtonElement>(el, '[part="download"]')!.click();
    const { detail } = (await done) as CustomEvent<{ filename: string; csv: string }>;
    expect(detail.filename).to.equal('evidence-list-concejo-session-videos.csv');
    const lines = detail.csv.split('\r\n');
    expect(lines[0]).to.equal('\ufeffElemento,Tipo,Fecha,URL');
    expect(lines[1]).to.equal(
      '"Sesión ordinaria del Concejo Municipal: proposición 073 del 1 de junio de 2020, provisión de kit nutricionales y atención de grupos poblacionales vulnerables",video,2020-06-26,https://www.facebook.com/ConcejoMunicipalDelbague/videos/1548546721993391/',
    );
    expect(lines).to.have.length(5);
  });

  it('320 px: long labels and URLs wrap, nothing overflows', async () => {
    const feed = await ibagueFeed();
    linksOf(feed)[0]!.items.push({ label: 'Un'.repeat(80), kind: 'record', url: `https://example.org/${'x'.repeat(300)}` });
    const el = await settled<EvidenceList>(html`<evidence-list .data=${feed} commitment="5"></evidence-list>`);
    for (const source of [{ commitment: '5' }, { indicator: 'integrity-documents' }]) {
      Object.assign(el, { commitment: undefined, indicator: undefined }, source);
      await el.updateComplete;
      await resize(el, 320);
      await el.updateComplete;
      const host = el.getBoundingClientRect();
      expect(Math.round(host.width)).to.equal(320);
      for (const node of [el, $(el, '[part="base"]')!, $(el, '[part="chart"]')!, ...rows(el)]) {
        expect(node.scrollWidth, `${node.localName} scrolls`).to.be.at.most(node.clientWidth + 1);
      }
      for (const node of [...rows(el), ...links(el)]) {
        const r = node.getBoundingClientRect();
        expect(r.right, text(node)).to.be.at.most(host.right);
      }
    }
    // The table too fits, with whole words in its text columns.
    $<HTMLButtonElement>(el, '[part="table-toggle"]')!.click();
    await el.updateComplete;
    const wrap = $(el, '.table-wrap')!;
    expect(wrap.scrollWidth, 'the table scrolls').to.be.at.most(wrap.clientWidth + 1);
    const kind = $$<HTMLTableCellElement>(el, 'table tbody td')[0]!;
    const range = document.createRange();
    range.selectNodeContents(kind);
    expect(text(kind)).to.equal('Documento');
    expect(range.getClientRects().length, `"${text(kind)}" on one line`).to.equal(1);
    const long = rows(el).find((li) => label(li).startsWith('UnUn'))!;
    expect(long.getBoundingClientRect().height, 'the long label wraps').to.be.greaterThan(60);
  });

  it('prints each link’s URL after its label', async () => {
    const el = await settled<EvidenceList>(html`<evidence-list src=${IBAGUE_URL} commitment="11"></evidence-list>`);
    const a = links(el)[0]!;
    if (navigator.userAgent.includes('Firefox')) {
      // Firefox over WebDriver BiDi cannot emulate print: the rule itself is checked.
      const css = el
        .shadowRoot!.adoptedStyleSheets.flatMap((s) => [...s.cssRules])
        .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === 'print')
        .map((r) => r.cssText)
        .join('\n');
      expect(css).to.match(/a::after\s*\{\s*content:\s*" " attr\(href\)/);
      return;
    }
    expect(getComputedStyle(a, '::after').content).to.equal('none');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(a, '::after').content).to.equal(`" ${a.getAttribute('href')}"`);
      expect(getComputedStyle($(el, '.table-wrap')!).display).to.equal('block');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('re-renders when the data property changes', async () => {
    const feed = await ibagueFeed();
    const el = await settled<EvidenceList>(html`<evidence-list .data=${feed} indicator="mobile-apps"></evidence-list>`);
    expect(rows(el).map(label)).to.deep.equal(['Agenda Ibagué Vibra', 'Ibagué por la Vida', 'Ibagué Musical']);
    const next = structuredClone(feed);
    linksOf(next).find((i) => i.id === 'mobile-apps')!.items.push({ label: 'Nueva app', kind: 'service', url: 'https://example.org/app' });
    el.data = next;
    await elementUpdated(el);
    expect(rows(el).map(label)).to.deep.equal(['Agenda Ibagué Vibra', 'Ibagué por la Vida', 'Ibagué Musical', 'Nueva app']);
    expect(links(el).map((a) => a.href)).to.deep.equal(['https://example.org/app']);
  });
});
