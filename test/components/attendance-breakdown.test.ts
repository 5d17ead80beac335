// <attendance-breakdown> rendered: marks match the data, the discrepancy note shows, every state
// (in both themes, checked by axe-core), keyboard, resizing, language, attribute and property
// changes, CSV and the table.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/components/attendance-breakdown/attendance-breakdown.js';
import type { AttendanceBreakdown } from '../../src/components/attendance-breakdown/attendance-breakdown.js';
import { feedLoader } from '../../src/feed/store.js';
import type { AttendanceIndicator, Feed } from '../../src/feed/types.js';
import { $, $$, deepText, expectAccessible, IBAGUE_URL, ibagueFeed, nbsp, resize, settled, until } from '../support/element.js';

const script = (path: string, replies: object[]) => executeServerCommand('feed-server', { action: 'script', path, replies });
let n = 0;
const fresh = () => `/__feed/ab-${Date.now()}-${n++}.json`;

/** The feed's attendance indicator, to edit in place. */
const attendance = (feed: Feed) => feed.indicators!.find((i): i is AttendanceIndicator => i.kind === 'attendance')!;
const bars = (el: Element) => $$<SVGRectElement>(el, '[part~="bar"]');
const labels = (el: Element) => bars(el).map((b) => nbsp(b.getAttribute('aria-label')!));
const num = (el: Element, attr: string) => Number(el.getAttribute(attr));
const orientation = (el: Element) => $(el, 'svg.plot')?.getAttribute('data-orientation');
/** Ends running CSS transitions, so geometry on screen is the laid-out one. */
const finishTransitions = (el: Element) => el.shadowRoot!.getAnimations().forEach((a) => a.finish());

const IBAGUE_TIPS = [
  'Zona urbana · Hombres: 272 de 503 (54,1 %)',
  'Zona urbana · Mujeres: 231 de 503 (45,9 %)',
  'Zona rural · Hombres: 105 de 172 (61 %)',
  'Zona rural · Mujeres: 67 de 172 (39 %)',
  'Acción comunal al barrio (virtual) · Hombres: 85 de 174 (48,9 %)',
  'Acción comunal al barrio (virtual) · Mujeres: 89 de 174 (51,1 %)',
];

describe('<attendance-breakdown>', () => {
  it('draws one bar per group and category, with es-CO counts, group totals and the rural note', async () => {
    const el = await settled<AttendanceBreakdown>(html`<attendance-breakdown src=${IBAGUE_URL} style="width:760px"></attendance-breakdown>`);
    expect(el.variant).to.equal('grouped');
    expect(labels(el)).to.deep.equal(IBAGUE_TIPS);
    expect(bars(el).map((b) => `${b.dataset.group}/${b.dataset.category}`)).to.deep.equal([
      'urban/men',
      'urban/women',
      'rural/men',
      'rural/women',
      'virtual/men',
      'virtual/women',
    ]);
    expect($(el, '[part="title"]')!.textContent!.trim()).to.equal('Asistentes a las jornadas de capacitación por zona y sexo');

    // Upright bars, heights on screen proportional to the counts.
    finishTransitions(el);
    expect(orientation(el)).to.equal('columns');
    const heights = bars(el).map((b) => b.getBoundingClientRect().height);
    for (let i = 1; i < heights.length; i++) expect(heights[i]! / heights[0]!).to.be.closeTo([272, 231, 105, 67, 85, 89][i]! / 272, 0.01);

    // Every count and total is written on the chart, not only coloured.
    const chart = deepText($(el, 'svg.plot')!);
    for (const s of ['272', '231', '105', '67', '85', '89', 'Total: 503', 'Total: 172', 'Total: 174', 'Zona urbana', 'Zona rural', 'Hombres', 'Mujeres']) {
      expect(chart).to.contain(s);
    }
    expect($$(el, '[part~="legend-item"]').map((li) => deepText(li))).to.deep.equal(['Hombres 462', 'Mujeres 387']);

    // The discrepancy: visible next to the rural group, and in the notes under the chart.
    const notes = $$(el, 'svg [part~="note"]');
    expect(notes).to.have.length(1);
    expect(deepText(notes[0]!)).to.equal('total declarado 178; la suma es 172');
    expect(notes[0]!.closest('[data-group]')!.getAttribute('data-group')).to.equal('rural');
    const box = notes[0]!.getBoundingClientRect();
    expect(box.width * box.height).to.be.greaterThan(100);
    expect($$(el, 'li[part~="note"]').map((li) => deepText(li))).to.deep.equal(['Zona rural: total declarado 178; la suma es 172.']);

    // The screen-reader summary carries the numbers.
    expect(deepText($(el, '#summary')!)).to.contain('Zona rural: 172 (Hombres 105, Mujeres 67), total declarado 178');
    expect(deepText($(el, '[part="caption"]')!)).to.equal('Total: 849 personas');
  });

  it('groups thousands es-CO style ("1.500"), and en-US in English', async () => {
    const feed = await ibagueFeed();
    attendance(feed).groups = [{ id: 'c', label: 'Comunas', counts: { men: 1500, women: 2500 }, declaredTotal: 4000 }];
    const el = await settled<AttendanceBreakdown>(html`<attendance-breakdown .data=${feed}></attendance-breakdown>`);
    expect(deepText($(el, 'svg.plot')!)).to.contain('1.500').and.to.contain('2.500').and.to.contain('Total: 4.000');
    expect(labels(el)[0]).to.equal('Comunas · Hombres: 1.500 de 4.000 (37,5 %)');
    el.lang = 'en';
    await until(() => deepText(el).includes('1,500'), 2000, 'English numbers');
    expect(deepText($(el, 'svg.plot')!)).to.contain('2,500').and.to.contain('Total: 4,000');
    expect(labels(el)[0]).to.equal('Comunas · Hombres: 1,500 of 4,000 (37.5%)');
  });

  it('reads inline JSON when there is no src', async () => {
    const text = JSON.stringify(await ibagueFeed());
    const el = await settled<AttendanceBreakdown>(html`<attendance-breakdown><script type="application/json">${text}</script></attendance-breakdown>`);
    expect(labels(el)).to.deep.equal(IBAGUE_TIPS);
  });

  for (const theme of ['light', 'dark'] as const) {
    describe(`states, ${theme} theme (axe finds nothing in each)`, () => {
      it('ready: grouped and stacked, wide and narrow, with the table open', async () => {
        for (const variant of ['grouped', 'stacked']) {
          for (const width of [1000, 280]) {
            const wrap = await fixture<HTMLDivElement>(
              html`<div style="width:${width}px"><attendance-breakdown loading="eager" src=${IBAGUE_URL} theme=${theme} variant=${variant}></attendance-breakdown></div>`,
            );
            const el = wrap.firstElementChild as AttendanceBreakdown;
            await until(() => bars(el).length === 6, 5000, 'the bars');
            await el.updateComplete;
            expect(orientation(el)).to.equal(width > 500 ? 'columns' : 'rows');
            await expectAccessible(el);
            $<HTMLButtonElement>(el, '[part="table-toggle"]')!.click();
            await el.updateComplete;
            await expectAccessible(el);
          }
        }
      });

      it('loading: a busy skeleton with the loading text for screen readers', async () => {
        const path = fresh();
        await script(path, [{ hang: true }]);
        const el = await fixture<AttendanceBreakdown>(html`<attendance-breakdown src=${path} theme=${theme}></attendance-breakdown>`);
        expect($(el, '[aria-busy="true"]')).to.not.equal(null);
        expect($(el, '.skeleton[part~="status"]')).to.not.equal(null);
        expect(deepText(el)).to.contain('Cargando datos…');
        expect(bars(el)).to.have.length(0);
        await expectAccessible(el);
      });

      it('empty: says so when no group has anyone counted', async () => {
        const feed = await ibagueFeed();
        for (const g of attendance(feed).groups) {
          g.counts = {};
          delete g.declaredTotal;
        }
        const el = await settled<AttendanceBreakdown>(html`<attendance-breakdown .data=${feed} theme=${theme}></attendance-breakdown>`);
        expect(deepText($(el, '[part~="status"]')!)).to.equal('No hay datos para mostrar.');
        expect(bars(el)).to.have.length(0);
        await expectAccessible(el);
      });

      it('empty: a declared total contradicted by its (missing) parts is still said', async () => {
        const feed = await ibagueFeed();
        for (const g of attendance(feed).groups) g.counts = { men: 0 };
        const el = await settled<AttendanceBreakdown>(html`<attendance-breakdown .data=${feed} theme=${theme}></attendance-breakdown>`);
        expect(deepText($(el, '[part~="status"]')!)).to.contain('Zona rural: total declarado 178; la suma es 0.');
        await expectAccessible(el);
      });

      it('error: an invalid feed gets a localized message naming the JSON path, with details', async () => {
        const feed = await ibagueFeed();
        (attendance(feed).groups[1]!.counts as Record<string, unknown>).men = '105';
        const index = feed.indicators!.findIndex((i) => i.kind === 'attendance');
        const el = await settled<AttendanceBreakdown>(html`<attendance-breakdown .data=${feed} theme=${theme}></attendance-breakdown>`);
        const alert = $(el, '[role="alert"]')!;
        const path = `$.indicators[${index}].groups[1].counts.men`;
        expect(deepText(alert)).to.contain('El feed no cumple el formato').and.to.contain(path);
        expect([...alert.querySelectorAll('details li code')].map((c) => c.textContent)).to.include(path);
        await expectAccessible(el);
        el.lang = 'en';
        await until(() => deepText(el).includes('does not match the format'), 2000, 'the English message');
        expect(deepText($(el, '[role="alert"]')!)).to.contain(path);
      });

      it('error: a missing indicator is named, and so is a feed without any', async () => {
        const el = await settled<AttendanceBreakdown>(html`<attendance-breakdown src=${IBAGUE_URL} indicator="nope" theme=${theme}></attendance-breakdown>`);
        expect(deepText($(el, '[role="alert"]')!)).to.equal('El feed no tiene un indicador «nope» de tipo attendance. Hay: attendance.');
        await expectAccessible(el);
        const feed = await ibagueFeed();
        feed.indicators = feed.indicators!.filter((i) => i.kind !== 'attendance');
        const none = await settled<AttendanceBreakdown>(html`<attendance-breakdown .data=${feed} theme=${theme}></attendance-breakdown>`);
        expect(deepText($(none, '[role="alert"]')!)).to.equal('El feed no tiene indicadores de tipo attendance.');
      });

      it('stale: keeps the last good data and says it could not update', async () => {
        const path = fresh();
        await script(path, [{ body: JSON.stringify(await ibagueFeed()) }, { status: 500 }]);
        const el = await settled<AttendanceBreakdown>(html`<attendance-breakdown src=${path} theme=${theme}></attendance-breakdown>`);
        expect(bars(el)).to.have.length(6);
        await feedLoader(path).refresh();
        await until(() => !!$(el, '.stale'), 3000, 'the stale note');
        await el.updateComplete;
        expect(deepText($(el, '.stale')!)).to.match(/^Datos del \d\d\/\d\d\/\d{4}; no se pudo actualizar\. Reintentar$/);
        expect(labels(el)).to.deep.equal(IBAGUE_TIPS);
        await expectAccessible(el);
      });
    });
  }

  it('reaches every mark by keyboard, with the same tooltip as the pointer', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div><button id="before">antes</button><attendance-breakdown src=${IBAGUE_URL} variant="stacked"></attendance-breakdown></div>`,
    );
    const el = wrap.querySelector('attendance-breakdown')!;
    await until(() => bars(el).length === 6, 5000, 'the bars');
    await el.updateComplete;
    const marks = bars(el);
    for (const m of marks) expect(m.getAttribute('tabindex')).to.equal('0');

    wrap.querySelector<HTMLButtonElement>('#before')!.focus();
    const byKeyboard: string[] = [];
    for (let i = 0; i < marks.length; i++) {
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement, `Tab ${i + 1}`).to.equal(marks[i]);
      const tip = $(el, '[role="tooltip"]');
      expect(tip, 'a tooltip on focus').to.not.equal(null);
      byKeyboard.push(nbsp(tip!.textContent!.trim()));
    }
    // The next stop after the marks is the table toggle.
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('table-toggle');
    await el.updateComplete;

    const byPointer: string[] = [];
    for (const m of marks) {
      m.dispatchEvent(new PointerEvent('pointerenter'));
      await el.updateComplete;
      byPointer.push(nbsp($(el, '[role="tooltip"]')!.textContent!.trim()));
    }
    expect(byKeyboard).to.deep.equal(IBAGUE_TIPS);
    expect(byPointer).to.deep.equal(IBAGUE_TIPS);
    expect(labels(el)).to.deep.equal(IBAGUE_TIPS);

    // Leaving the chart hides the tooltip.
    $(el, '[part="chart"]')!.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect($(el, '[role="tooltip"]')).to.equal(null);
  });

  for (const variant of ['grouped', 'stacked'] as const) {
    it(`${variant}: re-lays out from 1200 to 280 px with no horizontal overflow`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width:1300px"><attendance-breakdown src=${IBAGUE_URL} variant=${variant}></attendance-breakdown></div>`);
      const el = wrap.firstElementChild as AttendanceBreakdown;
      await until(() => bars(el).length === 6, 5000, 'the bars');
      const seen: string[] = [];
      for (const w of [1200, 800, 480, 360, 280]) {
        await resize(el, w);
        await until(() => num($(el, 'svg.plot')!, 'width') === w - 34, 2000, `layout at ${w}px`);
        await el.updateComplete;
        finishTransitions(el);
        seen.push(orientation(el)!);
        const host = el.getBoundingClientRect();
        expect(Math.round(host.width)).to.equal(w);
        for (const node of [el, $(el, '[part="base"]')!, $(el, '[part="chart"]')!]) {
          expect(node.scrollWidth, `${w}px: ${node.localName} scrolls`).to.be.at.most(node.clientWidth + 1);
        }
        for (const node of [...bars(el), ...$$(el, 'svg text'), ...$$(el, '[part~="legend-item"]')]) {
          const r = node.getBoundingClientRect();
          expect(r.left, `${w}px: ${node.textContent} left`).to.be.at.least(host.left);
          expect(r.right, `${w}px: ${node.textContent} right`).to.be.at.most(host.right);
        }
      }
      expect(seen).to.deep.equal(['columns', 'columns', 'rows', 'rows', 'rows']);
      expect(labels(el)).to.deep.equal(IBAGUE_TIPS);
    });
  }

  it('switches language from its own lang and from an ancestor', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"><attendance-breakdown src=${IBAGUE_URL}></attendance-breakdown></div>`);
    const el = wrapper.querySelector('attendance-breakdown')!;
    await until(() => bars(el).length === 6, 5000, 'the bars');
    wrapper.lang = 'en';
    await until(() => deepText(el).includes('Training attendance by area and sex'), 2000, 'English from the ancestor');
    const text = deepText(el);
    for (const s of ['declared total 178; the sum is 172', 'Zona rural: declared total 178; the sum is 172.', 'Total: 849 people', 'View table', 'Download data (CSV)']) {
      expect(text).to.contain(s);
    }
    expect(labels(el)[2]).to.equal('Zona rural · Hombres: 105 of 172 (61%)');
    el.lang = 'es-CO';
    await until(() => deepText(el).includes('total declarado 178; la suma es 172'), 2000, 'Spanish from its own lang');
    expect(deepText(el)).to.contain('Ver tabla');
    expect(labels(el)).to.deep.equal(IBAGUE_TIPS);
  });

  it('re-renders when variant, indicator and the data property change', async () => {
    const el = await settled<AttendanceBreakdown>(html`<attendance-breakdown src=${IBAGUE_URL} style="width:280px"></attendance-breakdown>`);
    const rect = (key: string) => bars(el).find((b) => `${b.dataset.group}/${b.dataset.category}` === key)!;
    // Grouped: the rural bars lie one under the other, from the same start.
    expect(num(rect('rural/women'), 'x')).to.equal(num(rect('rural/men'), 'x'));
    expect(num(rect('rural/women'), 'y')).to.be.greaterThan(num(rect('rural/men'), 'y'));

    el.setAttribute('variant', 'stacked');
    await el.updateComplete;
    expect($(el, 'svg.plot')!.classList.contains('stacked')).to.equal(true);
    expect(num(rect('rural/women'), 'x')).to.be.closeTo(num(rect('rural/men'), 'x') + num(rect('rural/men'), 'width'), 1e-6);
    expect(num(rect('rural/women'), 'y')).to.equal(num(rect('rural/men'), 'y'));

    // An unknown variant draws the default rather than nothing.
    el.setAttribute('variant', 'pie');
    await el.updateComplete;
    expect($(el, 'svg.plot')!.classList.contains('grouped')).to.equal(true);

    const feed = await ibagueFeed();
    feed.indicators!.push({
      id: 'attendance-2021',
      commitment: 4,
      kind: 'attendance',
      title: 'Asistentes 2021',
      categories: [{ id: 'men', label: 'Hombres' }, { id: 'women', label: 'Mujeres' }, { id: 'nb', label: 'No binario' }],
      groups: [{ id: 'urban', label: 'Zona urbana', counts: { men: 10, women: 12, nb: 1 } }],
    });
    el.data = feed;
    await el.updateComplete;
    expect(labels(el)).to.deep.equal(IBAGUE_TIPS);
    el.setAttribute('indicator', 'attendance-2021');
    await el.updateComplete;
    expect(labels(el)).to.deep.equal(['Zona urbana · Hombres: 10 de 23 (43,5 %)', 'Zona urbana · Mujeres: 12 de 23 (52,2 %)', 'Zona urbana · No binario: 1 de 23 (4,3 %)']);
    expect($(el, '[part="title"]')!.textContent!.trim()).to.equal('Asistentes 2021');
    expect($$(el, '[part~="legend-item"]')).to.have.length(3);

    const changed = structuredClone(feed);
    (changed.indicators!.at(-1) as AttendanceIndicator).groups[0]!.counts.men = 20;
    el.data = changed;
    await el.updateComplete;
    expect(labels(el)[0]).to.equal('Zona urbana · Hombres: 20 de 33 (60,6 %)');
    el.removeAttribute('indicator');
    await el.updateComplete;
    expect(labels(el)).to.deep.equal(IBAGUE_TIPS);
  });

  it('shows the data as a real table', async () => {
    const el = await settled<AttendanceBreakdown>(html`<attendance-breakdown src=${IBAGUE_URL}></attendance-breakdown>`);
    const toggle = $<HTMLButtonElement>(el, '[part="table-toggle"]')!;
    const wrap = $(el, '#data-table')!;
    expect(wrap.hidden).to.equal(true);
    expect(toggle.textContent!.trim()).to.equal('Ver tabla');
    toggle.click();
    await el.updateComplete;
    expect(wrap.hidden).to.equal(false);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.textContent!.trim()).to.equal('Ocultar tabla');
    const table = $<HTMLTableElement>(el, 'table[part="table"]')!;
    expect(table.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(deepText(table.caption!)).to.equal('Asistentes a las jornadas de capacitación por zona y sexo');
    expect([...table.tHead!.rows[0]!.cells].map((c) => [c.scope, c.textContent!.trim()])).to.deep.equal([
      ['col', 'Grupo'],
      ['col', 'Hombres'],
      ['col', 'Mujeres'],
      ['col', 'Suma'],
      ['col', 'Total declarado'],
    ]);
    expect([...table.tBodies[0]!.rows].map((r) => [...r.cells].map((c) => c.textContent!.trim()))).to.deep.equal([
      ['Zona urbana', '272', '231', '503', '503'],
      ['Zona rural', '105', '67', '172', '178'],
      ['Acción comunal al barrio (virtual)', '85', '89', '174', '174'],
      ['Total', '462', '387', '849', ''],
    ]);
    expect(table.tBodies[0]!.rows[0]!.cells[0]!.localName).to.equal('th');
    toggle.click();
    await el.updateComplete;
    expect(wrap.hidden).to.equal(true);
  });

  it('downloads the data as CSV, announced by a ruta-download event', async () => {
    const el = await settled<AttendanceBreakdown>(html`<attendance-breakdown src=${IBAGUE_URL}></attendance-breakdown>`);
    // The test keeps the browser from saving the file; the event carries what it would save.
    el.shadowRoot!.addEventListener('click', (e) => e.target instanceof HTMLAnchorElement && e.preventDefault());
    const done = oneEvent(el, 'ruta-download');
    $<HTMLButtonElement>(el, '[part="download"]')!.click();
    const { detail } = (await done) as CustomEvent<{ filename: string; csv: string }>;
    expect(detail.filename).to.equal('attendance-breakdown-attendance.csv');
    expect(detail.csv).to.equal(
      '\ufeffGrupo,Hombres,Mujeres,Suma,Total declarado\r\n' +
        'Zona urbana,272,231,503,503\r\n' +
        'Zona rural,105,67,172,178\r\n' +
        'Acción comunal al barrio (virtual),85,89,174,174\r\n' +
        'Total,462,387,849,\r\n',
    );
  });
});
