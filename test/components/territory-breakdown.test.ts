// <territory-breakdown> rendered: marks match the data, zeros show, the order, the declared-total
// note, every state (in both themes, checked by axe-core), keyboard, resizing, language, CSV and
// the table, thirty territories, print and reduced motion.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/components/territory-breakdown/territory-breakdown.js';
import type { TerritoryBreakdown } from '../../src/components/territory-breakdown/territory-breakdown.js';
import { feedLoader } from '../../src/feed/store.js';
import type { Feed, TerritoryCountsIndicator } from '../../src/feed/types.js';
import { $, $$, deepText, expectAccessible, IBAGUE_URL, ibagueFeed, nbsp, resize, settled, until } from '../support/element.js';

const script = (path: string, replies: object[]) => executeServerCommand('feed-server', { action: 'script', path, replies });
let n = 0;
const fresh = () => `/__feed/tb-${Date.now()}-${n++}.json`;

/** The feed's territory-counts indicator, to edit in place. */
const territories = (feed: Feed) => feed.indicators!.find((i): i is TerritoryCountsIndicator => i.kind === 'territory-counts')!;
const bars = (el: Element) => $$<SVGRectElement>(el, '[part~="bar"]');
const labels = (el: Element) => bars(el).map((b) => nbsp(b.getAttribute('aria-label')!));
const texts = (el: Element, kind: string) => $$(el, `svg text.${kind}`).map((t) => t.textContent!);
/** Ends running CSS transitions, so geometry on screen is the laid-out one. */
const finishTransitions = (el: Element) => el.shadowRoot!.getAnimations().forEach((a) => a.finish());

/** Commitment 4: ten security councils in six of Ibagué's thirteen comunas, largest first. */
const COUNTS: [string, number][] = [
  ['Comuna 5', 2],
  ['Comuna 7', 2],
  ['Comuna 11', 2],
  ['Comuna 13', 2],
  ['Comuna 2', 1],
  ['Comuna 10', 1],
  ['Comuna 1', 0],
  ['Comuna 3', 0],
  ['Comuna 4', 0],
  ['Comuna 6', 0],
  ['Comuna 8', 0],
  ['Comuna 9', 0],
  ['Comuna 12', 0],
];
const IBAGUE_TIPS = COUNTS.map(([t, c]) => `${t}: ${c} de 10 (${c * 10} %)`);

describe('<territory-breakdown>', () => {
  it('draws one bar per comuna, largest first, with every count written and the zeros visible', async () => {
    const el = await settled<TerritoryBreakdown>(html`<territory-breakdown src=${IBAGUE_URL} style="width:760px"></territory-breakdown>`);
    expect(el.sort).to.equal('count');
    expect($(el, '[part="title"]')!.textContent!.trim()).to.equal('Consejos de Seguridad Comunitarios por comuna');
    expect(labels(el)).to.deep.equal(IBAGUE_TIPS);
    expect(texts(el, 'label')).to.deep.equal(COUNTS.map(([t]) => t));
    expect(texts(el, 'value')).to.deep.equal(COUNTS.map(([, c]) => String(c)));

    // Widths on screen proportional to the counts; the zeros a thin stub, not an invisible bar.
    finishTransitions(el);
    const widths = bars(el).map((b) => b.getBoundingClientRect().width);
    for (let i = 1; i < 6; i++) expect(widths[i]! / widths[0]!).to.be.closeTo(COUNTS[i]![1] / 2, 0.01);
    for (const b of bars(el).slice(6)) {
      expect(b.classList.contains('zero')).to.equal(true);
      const r = b.getBoundingClientRect();
      expect(r.width).to.be.within(1, 3);
      expect(r.height).to.be.greaterThan(10);
      expect(getComputedStyle(b).fill).to.not.equal(getComputedStyle(bars(el)[0]!).fill);
    }
    // Each 0 is drawn just after its stub, on its row.
    const zeroText = $$(el, 'svg text.value')[6]!.getBoundingClientRect();
    const zeroBar = bars(el)[6]!.getBoundingClientRect();
    expect(zeroText.width).to.be.greaterThan(3);
    expect(zeroText.left).to.be.within(zeroBar.right, zeroBar.right + 10);
    expect((zeroText.top + zeroText.bottom) / 2).to.be.within(zeroBar.top, zeroBar.bottom);

    expect(deepText($(el, '[part="caption"]')!)).to.equal('Total: 10 Consejos de Seguridad Comunitarios');
    expect($$(el, '[part~="note"]')).to.have.length(0);
    expect(deepText($(el, '#summary')!)).to.contain('Comuna 5: 2; Comuna 7: 2').and.contain('En cero: Comuna 1, Comuna 3');
  });

  it('notes a declared total that is not the sum, under the chart and in the summary', async () => {
    const feed = await ibagueFeed();
    territories(feed).declaredTotal = 12;
    const el = await settled<TerritoryBreakdown>(html`<territory-breakdown .data=${feed}></territory-breakdown>`);
    expect($$(el, 'li[part~="note"]').map((li) => deepText(li))).to.deep.equal(['Total declarado 12; la suma por territorio es 10.']);
    expect(deepText($(el, '#summary')!)).to.contain('Total declarado 12; la suma por territorio es 10.');
    expect(deepText($(el, '[part="caption"]')!)).to.equal('Total: 10 Consejos de Seguridad Comunitarios');
    expect(labels(el)).to.deep.equal(IBAGUE_TIPS);
  });

  it('sorts by name with sort="name", and back by count', async () => {
    const el = await settled<TerritoryBreakdown>(html`<territory-breakdown src=${IBAGUE_URL} sort="name"></territory-breakdown>`);
    const byName = Array.from({ length: 13 }, (_, i) => `Comuna ${i + 1}`);
    expect(texts(el, 'label')).to.deep.equal(byName);
    const ys = bars(el).map((b) => Number(b.getAttribute('y')));
    for (let i = 1; i < ys.length; i++) expect(ys[i]).to.be.greaterThan(ys[i - 1]!);
    el.sort = 'count';
    await el.updateComplete;
    expect(el.getAttribute('sort')).to.equal('count');
    expect(labels(el)).to.deep.equal(IBAGUE_TIPS);
    // An unknown order draws the default rather than nothing.
    el.setAttribute('sort', 'size');
    await el.updateComplete;
    expect(labels(el)).to.deep.equal(IBAGUE_TIPS);
  });

  it('reads inline JSON when there is no src', async () => {
    const text = JSON.stringify(await ibagueFeed());
    const el = await settled<TerritoryBreakdown>(html`<territory-breakdown><script type="application/json">${text}</script></territory-breakdown>`);
    expect(labels(el)).to.deep.equal(IBAGUE_TIPS);
  });

  for (const theme of ['light', 'dark'] as const) {
    describe(`states, ${theme} theme (axe finds nothing in each)`, () => {
      it('ready: wide and narrow, with the table open and a note', async () => {
        const feed = await ibagueFeed();
        territories(feed).declaredTotal = 11;
        for (const width of [1000, 280]) {
          const wrap = await fixture<HTMLDivElement>(html`<div style="width:${width}px"><territory-breakdown loading="eager" .data=${feed} theme=${theme}></territory-breakdown></div>`);
          const el = wrap.firstElementChild as TerritoryBreakdown;
          await until(() => bars(el).length === 13, 5000, 'the bars');
          await el.updateComplete;
          await expectAccessible(el);
          $<HTMLButtonElement>(el, '[part="table-toggle"]')!.click();
          await el.updateComplete;
          await expectAccessible(el);
        }
      });

      it('loading: a busy skeleton with the loading text for screen readers', async () => {
        const path = fresh();
        await script(path, [{ hang: true }]);
        const el = await fixture<TerritoryBreakdown>(html`<territory-breakdown src=${path} theme=${theme}></territory-breakdown>`);
        expect($(el, '[aria-busy="true"]')).to.not.equal(null);
        expect($(el, '.skeleton[part~="status"]')).to.not.equal(null);
        expect(deepText(el)).to.contain('Cargando datos…');
        expect(bars(el)).to.have.length(0);
        await expectAccessible(el);
      });

      it('empty: says so when nothing is counted, and keeps a contradicted declared total in sight', async () => {
        const feed = await ibagueFeed();
        territories(feed).counts = [];
        const el = await settled<TerritoryBreakdown>(html`<territory-breakdown .data=${feed} theme=${theme}></territory-breakdown>`);
        expect(deepText($(el, '[part~="status"]')!)).to.equal('No hay datos para mostrar. Total declarado 10; la suma por territorio es 0.');
        expect(bars(el)).to.have.length(0);
        await expectAccessible(el);
        delete territories(feed).declaredTotal;
        delete territories(feed).territories;
        el.data = structuredClone(feed);
        await until(() => deepText($(el, '[part~="status"]')!) === 'No hay datos para mostrar.', 2000, 'the plain empty message');
      });

      it('error: an invalid feed gets a localized message naming the JSON path, with details', async () => {
        const feed = await ibagueFeed();
        (territories(feed).counts[1] as { count: unknown }).count = '2';
        const index = feed.indicators!.findIndex((i) => i.kind === 'territory-counts');
        const el = await settled<TerritoryBreakdown>(html`<territory-breakdown .data=${feed} theme=${theme}></territory-breakdown>`);
        const alert = $(el, '[role="alert"]')!;
        const path = `$.indicators[${index}].counts[1].count`;
        expect(deepText(alert)).to.contain('El feed no cumple el formato').and.to.contain(path);
        expect([...alert.querySelectorAll('details li code')].map((c) => c.textContent)).to.include(path);
        await expectAccessible(el);
        el.lang = 'en';
        await until(() => deepText(el).includes('does not match the format'), 2000, 'the English message');
        expect(deepText($(el, '[role="alert"]')!)).to.contain(path);
      });

      it('error: a missing indicator is named, and so is a feed without any', async () => {
        const el = await settled<TerritoryBreakdown>(html`<territory-breakdown src=${IBAGUE_URL} indicator="nope" theme=${theme}></territory-breakdown>`);
        expect(deepText($(el, '[role="alert"]')!)).to.equal('El feed no tiene un indicador «nope» de tipo territory-counts. Hay: security-councils.');
        await expectAccessible(el);
        const feed = await ibagueFeed();
        feed.indicators = feed.indicators!.filter((i) => i.kind !== 'territory-counts');
        const none = await settled<TerritoryBreakdown>(html`<territory-breakdown .data=${feed} theme=${theme}></territory-breakdown>`);
        expect(deepText($(none, '[role="alert"]')!)).to.equal('El feed no tiene indicadores de tipo territory-counts.');
        expect(deepText($(none, '[part="title"]')!)).to.equal('Conteo por territorio');
      });

      it('stale: keeps the last good data and says it could not update', async () => {
        const path = fresh();
        await script(path, [{ body: JSON.stringify(await ibagueFeed()) }, { status: 500 }]);
        const el = await settled<TerritoryBreakdown>(html`<territory-breakdown src=${path} theme=${theme}></territory-breakdown>`);
        expect(bars(el)).to.have.length(13);
        await feedLoader(path).refresh();
        await until(() => !!$(el, '.stale'), 3000, 'the stale note');
        await el.updateComplete;
        expect(deepText($(el, '.stale')!)).to.match(/^Datos del \d\d\/\d\d\/\d{4}; no se pudo actualizar\. Reintentar$/);
        expect(labels(el)).to.deep.equal(IBAGUE_TIPS);
        await expectAccessible(el);
      });
    });
  }

  it('reaches every bar by keyboard, zeros included, with the same tooltip as the pointer', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><button id="before">antes</button><territory-breakdown src=${IBAGUE_URL}></territory-breakdown></div>`);
    const el = wrap.querySelector('territory-breakdown')!;
    await until(() => bars(el).length === 13, 5000, 'the bars');
    await el.updateComplete;
    const marks = bars(el);
    wrap.querySelector<HTMLButtonElement>('#before')!.focus();
    const byKeyboard: string[] = [];
    for (let i = 0; i < marks.length; i++) {
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement, `Tab ${i + 1}`).to.equal(marks[i]);
      // Firefox over BiDi may deliver the focus event a moment after the key on a busy machine.
      await until(() => !!$(el, '[role="tooltip"]'), 3000, 'the tooltip on focus');
      await el.updateComplete;
      const tip = $(el, '[role="tooltip"]');
      expect(tip, 'a tooltip on focus').to.not.equal(null);
      byKeyboard.push(nbsp(tip!.textContent!.trim()));
    }
    // The focus ring of a zero stub is visible: the stroke is drawn around it.
    expect(getComputedStyle(marks.at(-1)!).strokeWidth).to.equal('3px');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('table-toggle');
    await el.updateComplete;
    expect($(el, '[role="tooltip"]')).to.equal(null);

    const byPointer: string[] = [];
    for (const m of marks) {
      m.dispatchEvent(new PointerEvent('pointerenter'));
      await el.updateComplete;
      byPointer.push(nbsp($(el, '[role="tooltip"]')!.textContent!.trim()));
    }
    expect(byKeyboard).to.deep.equal(IBAGUE_TIPS);
    expect(byPointer).to.deep.equal(IBAGUE_TIPS);
    $(el, '[part="chart"]')!.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect($(el, '[role="tooltip"]')).to.equal(null);
  });

  /** Nothing scrolls sideways, and every bar and text lies within the host. */
  function expectFits(el: TerritoryBreakdown, w: number) {
    const host = el.getBoundingClientRect();
    expect(Math.round(host.width)).to.equal(w);
    for (const node of [el, $(el, '[part="base"]')!, $(el, '[part="chart"]')!]) {
      expect(node.scrollWidth, `${w}px: ${node.localName} scrolls`).to.be.at.most(node.clientWidth + 1);
    }
    for (const node of [...bars(el), ...$$(el, 'svg text')]) {
      const r = node.getBoundingClientRect();
      expect(r.left, `${w}px: ${node.textContent} left`).to.be.at.least(host.left);
      expect(r.right, `${w}px: ${node.textContent} right`).to.be.at.most(host.right);
    }
  }

  it('re-lays out from 1200 to 280 px with no horizontal overflow', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:1300px"><territory-breakdown src=${IBAGUE_URL}></territory-breakdown></div>`);
    const el = wrap.firstElementChild as TerritoryBreakdown;
    await until(() => bars(el).length === 13, 5000, 'the bars');
    const longest: number[] = [];
    for (const w of [1200, 800, 480, 320, 280]) {
      await resize(el, w);
      await until(() => Number($(el, 'svg.plot')!.getAttribute('width')) === w - 34, 2000, `layout at ${w}px`);
      await el.updateComplete;
      finishTransitions(el);
      expectFits(el, w);
      longest.push(bars(el)[0]!.getBoundingClientRect().width);
    }
    // The bars use the room they get.
    for (let i = 1; i < longest.length; i++) expect(longest[i]).to.be.below(longest[i - 1]!);
    expect(labels(el)).to.deep.equal(IBAGUE_TIPS);
  });

  it('thirty territories with long names: all drawn in order, names shortened on the chart and whole elsewhere, at 320 px', async () => {
    const feed = await ibagueFeed();
    const names = Array.from({ length: 30 }, (_, i) => `Corregimiento ${i + 1}, vereda San Juan de la China y alrededores`);
    const ind = territories(feed);
    ind.territories = names;
    ind.counts = names.map((territory, i) => ({ territory, count: (i * 7) % 11 }));
    delete ind.declaredTotal;
    const el = await settled<TerritoryBreakdown>(html`<territory-breakdown .data=${feed} style="width:320px"></territory-breakdown>`);
    expect(bars(el)).to.have.length(30);
    const counts = texts(el, 'value').map(Number);
    expect(counts).to.deep.equal(ind.counts.map((c) => c.count).sort((a, b) => b - a));
    expect(counts.reduce((a, b) => a + b)).to.equal(ind.counts.reduce((a, c) => a + c.count, 0));
    finishTransitions(el);
    expectFits(el, 320);
    // Rows do not overlap.
    const boxes = bars(el).map((b) => b.getBoundingClientRect());
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top).to.be.at.least(boxes[i - 1]!.bottom);
    // Shortened on the chart, whole in the tooltips and the table.
    expect(texts(el, 'label').some((t) => t.endsWith('…'))).to.equal(true);
    expect(texts(el, 'label').join(' ')).to.not.contain('alrededores');
    for (const tip of labels(el)) expect(tip).to.match(/^Corregimiento \d+, vereda San Juan de la China y alrededores: \d+ de \d+ \(/);
    const rows = $$(el, 'table tbody tr');
    expect(rows).to.have.length(31);
    expect(rows[0]!.querySelector('th')!.textContent!.trim()).to.match(/y alrededores$/);
  });

  it('switches language from its own lang and from an ancestor', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"><territory-breakdown src=${IBAGUE_URL}></territory-breakdown></div>`);
    const el = wrapper.querySelector('territory-breakdown')!;
    await until(() => bars(el).length === 13, 5000, 'the bars');
    wrapper.lang = 'en';
    await until(() => deepText(el).includes('Community Security Councils by comuna'), 2000, 'English from the ancestor');
    for (const s of ['Total: 10 Consejos de Seguridad Comunitarios', 'View table', 'Download data (CSV)', 'At zero: Comuna 1']) expect(deepText(el)).to.contain(s);
    expect(labels(el)[0]).to.equal('Comuna 5: 2 of 10 (20%)');
    el.lang = 'es-CO';
    await until(() => deepText(el).includes('Ver tabla'), 2000, 'Spanish from its own lang');
    expect(labels(el)).to.deep.equal(IBAGUE_TIPS);
  });

  it('groups thousands es-CO style, and re-renders when indicator and data change', async () => {
    const feed = await ibagueFeed();
    feed.indicators!.push({
      id: 'kits',
      commitment: 4,
      kind: 'territory-counts',
      title: 'Kits entregados',
      counts: [{ territory: 'Comuna 1', count: 1500 }, { territory: 'Comuna 2', count: 2500 }],
    });
    const el = await settled<TerritoryBreakdown>(html`<territory-breakdown .data=${feed}></territory-breakdown>`);
    expect(labels(el)).to.deep.equal(IBAGUE_TIPS);
    el.setAttribute('indicator', 'kits');
    await el.updateComplete;
    expect($(el, '[part="title"]')!.textContent!.trim()).to.equal('Kits entregados');
    expect(texts(el, 'value')).to.deep.equal(['2.500', '1.500']);
    expect(labels(el)).to.deep.equal(['Comuna 2: 2.500 de 4.000 (62,5 %)', 'Comuna 1: 1.500 de 4.000 (37,5 %)']);
    expect(deepText($(el, '[part="caption"]')!)).to.equal('Total: 4.000');
    const changed = structuredClone(feed);
    (changed.indicators!.at(-1) as TerritoryCountsIndicator).counts[0]!.count = 3000;
    el.data = changed;
    await el.updateComplete;
    expect(labels(el)[0]).to.equal('Comuna 1: 3.000 de 5.500 (54,5 %)');
    el.removeAttribute('indicator');
    await el.updateComplete;
    expect(labels(el)).to.deep.equal(IBAGUE_TIPS);
  });

  it('shows the data as a real table', async () => {
    const el = await settled<TerritoryBreakdown>(html`<territory-breakdown src=${IBAGUE_URL}></territory-breakdown>`);
    const toggle = $<HTMLButtonElement>(el, '[part="table-toggle"]')!;
    expect($(el, '#data-table')!.hidden).to.equal(true);
    toggle.click();
    await el.updateComplete;
    expect($(el, '#data-table')!.hidden).to.equal(false);
    const table = $<HTMLTableElement>(el, 'table[part="table"]')!;
    expect(table.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(deepText(table.caption!)).to.equal('Consejos de Seguridad Comunitarios por comuna');
    expect([...table.tHead!.rows[0]!.cells].map((c) => c.textContent!.trim())).to.deep.equal(['Territorio', 'Consejos de Seguridad Comunitarios', 'Porcentaje']);
    expect([...table.tBodies[0]!.rows].map((r) => [...r.cells].map((c) => nbsp(c.textContent!.trim())))).to.deep.equal([
      ...COUNTS.map(([t, c]) => [t, String(c), `${c * 10} %`]),
      ['Total', '10', '100 %'],
    ]);
    expect(table.tBodies[0]!.rows[0]!.cells[0]!.localName).to.equal('th');
  });

  it('downloads the data as CSV, announced by a ruta-download event', async () => {
    const el = await settled<TerritoryBreakdown>(html`<territory-breakdown src=${IBAGUE_URL}></territory-breakdown>`);
    el.shadowRoot!.addEventListener('click', (e) => e.target instanceof HTMLAnchorElement && e.preventDefault());
    const done = oneEvent(el, 'ruta-download');
    $<HTMLButtonElement>(el, '[part="download"]')!.click();
    const { detail } = (await done) as CustomEvent<{ filename: string; csv: string }>;
    expect(detail.filename).to.equal('territory-breakdown-security-councils.csv');
    expect(detail.csv).to.equal(
      '\ufeffTerritorio,Consejos de Seguridad Comunitarios,Porcentaje\r\n' + COUNTS.map(([t, c]) => `${t},${c},${c * 10}\r\n`).join('') + 'Total,10,100\r\n',
    );
  });

  /**
   * Runs `check` under an emulated media feature where the browser can emulate it (Chromium,
   * over CDP); elsewhere (Firefox over WebDriver BiDi) reads the element's own style sheets and
   * runs `ruleCheck` on the text of the matching @media rules instead.
   */
  async function underMedia(el: Element, media: { media?: 'print'; reducedMotion?: 'reduce' }, condition: RegExp, check: () => void, ruleCheck: (css: string) => void) {
    const emulated = !navigator.userAgent.includes('Firefox');
    if (emulated) await emulateMedia(media);
    try {
      if (emulated) return check();
      const css = el
        .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
        .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && condition.test(r.conditionText))
        .map((r) => r.cssText)
        .join('\n');
      ruleCheck(css);
    } finally {
      if (emulated) await emulateMedia(media.media ? { media: 'screen' } : { reducedMotion: 'no-preference' });
    }
  }

  it('slides bars to new data, and not when the reader asks for reduced motion', async () => {
    const el = await settled<TerritoryBreakdown>(html`<territory-breakdown src=${IBAGUE_URL}></territory-breakdown>`);
    const bar = () => getComputedStyle(bars(el)[0]!);
    expect(bar().transitionDuration).to.equal('0.4s');
    expect(bar().transitionProperty).to.contain('width');
    await underMedia(
      el,
      { reducedMotion: 'reduce' },
      /prefers-reduced-motion:\s*reduce/,
      () => expect(bar().transitionDuration).to.equal('0s'),
      (css) => expect(css).to.match(/transition:\s*none\s*!important/),
    );
  });

  it('prints the table and light colours, with the bars\' colours kept, without the buttons', async () => {
    const el = await settled<TerritoryBreakdown>(html`<territory-breakdown src=${IBAGUE_URL} theme="dark"></territory-breakdown>`);
    await underMedia(
      el,
      { media: 'print' },
      /^print$/,
      () => {
        expect(getComputedStyle($(el, '.table-wrap')!).display).to.equal('block');
        expect(getComputedStyle($(el, '.actions')!).display).to.equal('none');
        expect(getComputedStyle($(el, '.frame')!).backgroundColor).to.equal('rgb(255, 255, 255)');
        expect(getComputedStyle(bars(el)[0]!).printColorAdjust).to.equal('exact');
      },
      (css) => {
        expect(css).to.match(/\.table-wrap\[hidden\]\s*\{\s*display:\s*block\s*!important/);
        expect(css).to.match(/print-color-adjust:\s*exact/);
        expect(css).to.contain('--_background: var(--territory-breakdown-background, var(--ruta-background, #ffffff))');
      },
    );
    expect($$(el, 'table tbody tr')).to.have.length(14);
  });
});
