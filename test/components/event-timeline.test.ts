// <event-timeline> rendered: marks match the data (commitment 7's 4 months held and 8 missing),
// the declared-count note, events outside the period, every state (in both themes, checked by
// axe-core), keyboard, resizing, language, CSV and the table, print and reduced motion.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/components/event-timeline/event-timeline.js';
import type { EventTimeline } from '../../src/components/event-timeline/event-timeline.js';
import { feedLoader } from '../../src/feed/store.js';
import { csvCell } from '../../src/internal/csv.js';
import type { EventsIndicator, Feed } from '../../src/feed/types.js';
import { $, $$, deepText, expectAccessible, IBAGUE_URL, ibagueFeed, nbsp, resize, settled, until } from '../support/element.js';

const script = (path: string, replies: object[]) => executeServerCommand('feed-server', { action: 'script', path, replies });
let n = 0;
const fresh = () => `/__feed/et-${Date.now()}-${n++}.json`;

const byId = (feed: Feed, id: string) => feed.indicators!.find((i): i is EventsIndicator => i.id === id)!;
const marks = (el: Element) => $$<HTMLAnchorElement>(el, '[part~="event"]');
const slots = (el: Element, kind: string) => $$(el, `[part~="slot"].${kind}`);
const heads = (items: Element[]) => items.map((li) => nbsp(li.querySelector('b')!.textContent!));
const COMMITTEE = 'Comité Institucional de Gestión y Desempeño';
const COMMITTEE_TIPS = ['29 de enero de 2020', '26 de junio de 2020', '23 de septiembre de 2020', '5 de diciembre de 2020'].map((d) => `${d} · ${COMMITTEE}`);
const MISSING = ['feb de 2020', 'mar de 2020', 'abr de 2020', 'may de 2020', 'jul de 2020', 'ago de 2020', 'oct de 2020', 'nov de 2020'];

/** Tooltip after focusing or pointing at a mark. */
const tipText = (el: Element) => nbsp($(el, '[role="tooltip"]')!.textContent!.trim());

describe('<event-timeline>', () => {
  it('commitment 7: the 4 months held and the 8 missing, named, with the count and the declared-count note', async () => {
    const el = await settled<EventTimeline>(html`<event-timeline src=${IBAGUE_URL} indicator="management-committee"></event-timeline>`);
    await resize(el, 1200);
    expect($(el, '[part="title"]')!.textContent!.trim()).to.equal('Comités institucionales de gestión y desempeño');
    expect($$(el, '[part~="slot"]')).to.have.length(12);
    expect(heads(slots(el, 'held'))).to.deep.equal(['ene de 2020', 'jun de 2020', 'sept de 2020', 'dic de 2020']);
    expect(heads(slots(el, 'miss'))).to.deep.equal(MISSING);
    for (const li of slots(el, 'miss')) {
      expect(li.querySelectorAll('[part~="event"]')).to.have.length(0);
      expect(deepText(li)).to.match(/ sin registro$/);
      const style = getComputedStyle(li);
      expect(style.borderBottomStyle, 'dashed outline').to.equal('dashed');
      expect(style.borderTopWidth).to.equal('3px');
    }
    for (const li of slots(el, 'held')) expect(getComputedStyle(li).borderBottomStyle).to.not.equal('dashed');
    // Each held month carries its event: date on the mark, label under it, the full date in the tooltip.
    expect(slots(el, 'held').map((li) => li.querySelectorAll('[part~="event"]').length)).to.deep.equal([1, 1, 1, 1]);
    expect(marks(el).map((a) => deepText(a))).to.deep.equal(['29 de ene', '26 de jun', '23 de sept', '5 de dic'].map((d) => `${d} ${COMMITTEE}`));
    expect(marks(el).some((a) => a.hasAttribute('href'))).to.equal(false);

    // Wide: one line of 12 months, left to right.
    const lefts = $$(el, '[part~="slot"]').map((li) => li.getBoundingClientRect());
    for (let i = 1; i < 12; i++) {
      expect(lefts[i]!.left).to.be.greaterThan(lefts[i - 1]!.left);
      expect(lefts[i]!.top).to.equal(lefts[0]!.top);
    }

    expect(deepText($(el, '[part="caption"]')!)).to.equal('4 de 12 meses con registro; periodo del informe: 1 de enero de 2020 – 31 de diciembre de 2020');
    expect($$(el, 'li[part~="note"]').map((li) => deepText(li))).to.deep.equal(['El informe declara 2 eventos; lista 4.']);
    const summary = deepText($(el, '#summary')!);
    expect(summary).to.contain('4 de 12 meses con registro');
    expect(summary).to.contain('Sin registro: febrero de 2020, marzo de 2020, abril de 2020, mayo de 2020, julio de 2020, agosto de 2020, octubre de 2020, noviembre de 2020.');
  });

  it('shows the first events indicator by default, and commitments 9, 3 and 12 too', async () => {
    const el = await settled<EventTimeline>(html`<event-timeline src=${IBAGUE_URL}></event-timeline>`);
    // The first in the feed: commitment 3's milestones, no cadence, so no month is "missing".
    expect($(el, '[part="title"]')!.textContent!.trim()).to.equal('Estrategia de transparencia: publicación, monitoreos y cierre');
    expect(marks(el).map((a) => a.textContent!.trim().split(/\s+/).slice(0, 3).join(' '))).to.deep.equal(['31 de ene', '30 de abr', '31 de ago', '31 de dic']);
    expect(slots(el, 'miss')).to.have.length(0);
    expect(slots(el, 'none')).to.have.length(8);
    expect(deepText($(el, '[part="caption"]')!)).to.match(/^4 eventos;/);

    el.indicator = 'compos-sessions';
    await el.updateComplete;
    expect(heads(slots(el, 'held'))).to.deep.equal(['jun de 2020', 'jul de 2020', 'sept de 2020', 'dic de 2020']);

    el.indicator = 'concejo-sessions';
    await el.updateComplete;
    expect(heads(slots(el, 'held'))).to.deep.equal(['jun de 2020', 'nov de 2020']);
    const feed = await ibagueFeed();
    // Links only where the feed gives a URL (the schema allows http(s) and mailto only).
    expect(marks(el).map((a) => a.getAttribute('href'))).to.deep.equal(byId(feed, 'concejo-sessions').events.map((e) => e.url ?? null));

    el.indicator = 'semester-reports';
    await el.updateComplete;
    expect(heads(slots(el, 'held'))).to.deep.equal(['S1 2020', 'S2 2020']);
    expect(deepText($(el, '[part="caption"]')!)).to.match(/^2 de 2 semestres con registro;/);
    expect($$(el, 'li[part~="note"]')).to.have.length(0);
  });

  it('reads inline JSON when there is no src', async () => {
    const text = JSON.stringify(await ibagueFeed());
    const el = await settled<EventTimeline>(
      html`<event-timeline indicator="management-committee"><script type="application/json">${text}</script></event-timeline>`,
    );
    expect(marks(el)).to.have.length(4);
    expect(slots(el, 'miss')).to.have.length(8);
  });

  it('keeps events outside the period in sight, marked, and names them in a note', async () => {
    const feed = await ibagueFeed();
    byId(feed, 'management-committee').events.push({ date: '2019-12-15', label: 'Antes' }, { date: '2021-02-01', label: 'Después' });
    const el = await settled<EventTimeline>(html`<event-timeline .data=${feed} indicator="management-committee" style="width:1200px"></event-timeline>`);
    const rows = $$(el, '[part~="slot"]');
    expect(rows).to.have.length(14);
    expect([rows[0]!.className, rows[13]!.className]).to.deep.equal(['out', 'out']);
    expect(deepText(rows[0]!)).to.equal('fuera del periodo 15 de dic de 2019 Antes');
    expect(deepText(rows[13]!)).to.equal('fuera del periodo 1 de feb de 2021 Después');
    expect(marks(el)).to.have.length(6);
    expect($$(el, 'li[part~="note"]').map((li) => deepText(li))).to.deep.equal([
      'El informe declara 2 eventos; lista 6.',
      'Fuera del periodo del informe: 15 de diciembre de 2019 · Antes; 1 de febrero de 2021 · Después.',
    ]);
    expect(deepText($(el, '[part="caption"]')!)).to.match(/^4 de 12 meses con registro;/);
  });

  for (const theme of ['light', 'dark'] as const) {
    describe(`states, ${theme} theme (axe finds nothing in each)`, () => {
      it('ready: with and without cadence, wide and narrow, with the table open', async () => {
        for (const indicator of ['management-committee', 'concejo-sessions']) {
          for (const width of [1000, 280]) {
            const wrap = await fixture<HTMLDivElement>(
              html`<div style="width:${width}px"><event-timeline loading="eager" src=${IBAGUE_URL} theme=${theme} indicator=${indicator}></event-timeline></div>`,
            );
            const el = wrap.firstElementChild as EventTimeline;
            await until(() => marks(el).length > 0, 5000, 'the events');
            await el.updateComplete;
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
        const el = await fixture<EventTimeline>(html`<event-timeline src=${path} theme=${theme}></event-timeline>`);
        expect($(el, '[aria-busy="true"]')).to.not.equal(null);
        expect($(el, '.skeleton[part~="status"]')).to.not.equal(null);
        expect(deepText(el)).to.contain('Cargando datos…');
        expect(marks(el)).to.have.length(0);
        await expectAccessible(el);
      });

      it('empty: says so when there is no event and none expected, keeping a declared count in sight', async () => {
        const feed = await ibagueFeed();
        const concejo = byId(feed, 'concejo-sessions');
        concejo.events = [];
        const el = await settled<EventTimeline>(html`<event-timeline .data=${feed} indicator="concejo-sessions" theme=${theme}></event-timeline>`);
        expect(deepText($(el, '[part~="status"]')!)).to.equal('No hay datos para mostrar.');
        expect(marks(el)).to.have.length(0);
        await expectAccessible(el);
        const declared = structuredClone(feed);
        byId(declared, 'concejo-sessions').declaredCount = 3;
        el.data = declared;
        await until(() => deepText(el).includes('lista 0'), 2000, 'the declared count');
        expect(deepText($(el, '[part~="status"]')!)).to.equal('No hay datos para mostrar. El informe declara 3 eventos; lista 0.');
        // With a cadence, nothing held is not empty: every expected month shows as missing.
        byId(declared, 'management-committee').events = [];
        el.data = structuredClone(declared);
        el.indicator = 'management-committee';
        await until(() => slots(el, 'miss').length === 12, 2000, '12 missing months');
        expect(deepText($(el, '[part="caption"]')!)).to.match(/^0 de 12 meses con registro;/);
        await expectAccessible(el);
      });

      it('error: an invalid feed gets a localized message naming the JSON path, with details', async () => {
        const feed = await ibagueFeed();
        (byId(feed, 'concejo-sessions').events[1] as { url: string }).url = 'javascript:alert(1)';
        const index = feed.indicators!.findIndex((i) => i.id === 'concejo-sessions');
        const el = await settled<EventTimeline>(html`<event-timeline .data=${feed} theme=${theme}></event-timeline>`);
        const alert = $(el, '[role="alert"]')!;
        const path = `$.indicators[${index}].events[1].url`;
        expect(deepText(alert)).to.contain('El feed no cumple el formato').and.to.contain(path);
        expect([...alert.querySelectorAll('details li code')].map((c) => c.textContent)).to.include(path);
        expect(marks(el)).to.have.length(0);
        await expectAccessible(el);
        el.lang = 'en';
        await until(() => deepText(el).includes('does not match the format'), 2000, 'the English message');
        expect(deepText($(el, '[role="alert"]')!)).to.contain(path);
      });

      it('error: a missing indicator is named, and so is a feed without any', async () => {
        const el = await settled<EventTimeline>(html`<event-timeline src=${IBAGUE_URL} indicator="nope" theme=${theme}></event-timeline>`);
        expect(deepText($(el, '[role="alert"]')!)).to.equal(
          'El feed no tiene un indicador «nope» de tipo events. Hay: transparency-strategy-milestones, management-committee, compos-sessions, concejo-sessions, semester-reports.',
        );
        await expectAccessible(el);
        const feed = await ibagueFeed();
        feed.indicators = feed.indicators!.filter((i) => i.kind !== 'events');
        const none = await settled<EventTimeline>(html`<event-timeline .data=${feed} theme=${theme}></event-timeline>`);
        expect(deepText($(none, '[role="alert"]')!)).to.equal('El feed no tiene indicadores de tipo events.');
      });

      it('stale: keeps the last good data and says it could not update', async () => {
        const path = fresh();
        await script(path, [{ body: JSON.stringify(await ibagueFeed()) }, { status: 500 }]);
        const el = await settled<EventTimeline>(html`<event-timeline src=${path} indicator="management-committee" theme=${theme}></event-timeline>`);
        expect(marks(el)).to.have.length(4);
        await feedLoader(path).refresh();
        await until(() => !!$(el, '.stale'), 3000, 'the stale note');
        await el.updateComplete;
        expect(deepText($(el, '.stale')!)).to.match(/^Datos del \d\d\/\d\d\/\d{4}; no se pudo actualizar\. Reintentar$/);
        expect(slots(el, 'miss')).to.have.length(8);
        await expectAccessible(el);
      });
    });
  }

  it('reaches every event by keyboard, links and plain ones alike, with the same tooltip as the pointer', async () => {
    for (const [indicator, tips] of [
      ['management-committee', COMMITTEE_TIPS],
      ['concejo-sessions', null],
    ] as const) {
      const wrap = await fixture<HTMLDivElement>(
        html`<div><button id="before">antes</button><event-timeline src=${IBAGUE_URL} indicator=${indicator}></event-timeline></div>`,
      );
      const el = wrap.querySelector('event-timeline')!;
      await until(() => marks(el).length > 0, 5000, 'the events');
      await el.updateComplete;
      const all = marks(el);
      wrap.querySelector<HTMLButtonElement>('#before')!.focus();
      const byKeyboard: string[] = [];
      for (let i = 0; i < all.length; i++) {
        await sendKeys({ press: 'Tab' });
        await el.updateComplete;
        expect(el.shadowRoot!.activeElement, `${indicator}: Tab ${i + 1}`).to.equal(all[i]);
        // Firefox over BiDi may deliver the focus event a moment after the key on a busy machine.
        await until(() => !!$(el, '[role="tooltip"]'), 3000, 'the tooltip on focus');
        await el.updateComplete;
        byKeyboard.push(tipText(el));
      }
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('table-toggle');
      await el.updateComplete;
      expect($(el, '[role="tooltip"]'), 'hidden on blur').to.equal(null);

      const byPointer: string[] = [];
      for (const a of all) {
        a.dispatchEvent(new PointerEvent('pointerenter'));
        await el.updateComplete;
        byPointer.push(tipText(el));
      }
      expect(byPointer).to.deep.equal(byKeyboard);
      if (tips) expect(byKeyboard).to.deep.equal(tips);
      else expect(byKeyboard.map((t) => t.split(' · ')[0])).to.deep.equal(['26 de junio de 2020', '9 de noviembre de 2020', '18 de noviembre de 2020']);
      $(el, '[part="chart"]')!.dispatchEvent(new PointerEvent('pointerleave'));
      await el.updateComplete;
      expect($(el, '[role="tooltip"]')).to.equal(null);
    }
  });

  for (const indicator of ['management-committee', 'concejo-sessions']) {
    it(`${indicator}: fits from 1200 to 280 px, a horizontal axis wide and a vertical list narrow`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width:1300px"><event-timeline src=${IBAGUE_URL} indicator=${indicator}></event-timeline></div>`);
      const el = wrap.firstElementChild as EventTimeline;
      await until(() => marks(el).length > 0, 5000, 'the events');
      const seen: string[] = [];
      for (const w of [1200, 800, 481, 480, 360, 280]) {
        await resize(el, w);
        await el.updateComplete;
        const host = el.getBoundingClientRect();
        expect(Math.round(host.width)).to.equal(w);
        for (const node of [el, $(el, '[part="base"]')!, $(el, '[part="chart"]')!, $(el, '[part="axis"]')!]) {
          expect(node.scrollWidth, `${w}px: ${node.localName} scrolls`).to.be.at.most(node.clientWidth + 1);
        }
        const visible = $$(el, '[part~="slot"]').filter((li) => li.getClientRects().length);
        for (const node of [...visible, ...marks(el)]) {
          const r = node.getBoundingClientRect();
          expect(r.left, `${w}px: ${node.textContent} left`).to.be.at.least(host.left);
          expect(r.right, `${w}px: ${node.textContent} right`).to.be.at.most(host.right);
        }
        // Vertical: every row starts at the same left, one under the other.
        const boxes = visible.map((li) => li.getBoundingClientRect());
        const vertical = boxes.every((b, i) => i === 0 || (b.left === boxes[0]!.left && b.top > boxes[i - 1]!.top));
        seen.push(vertical ? 'list' : 'axis');
        // Every event is visible at every width.
        for (const a of marks(el)) expect(a.getClientRects().length, `${w}px: ${a.textContent}`).to.be.greaterThan(0);
        // The blank months of an indicator without a cadence show on the axis only; missing ones always.
        const none = slots(el, 'none');
        if (none.length) expect(none.every((li) => li.getClientRects().length === 0)).to.equal(vertical);
        for (const li of slots(el, 'miss')) expect(li.getClientRects().length).to.be.greaterThan(0);
      }
      expect(seen).to.deep.equal(['axis', 'axis', 'axis', 'list', 'list', 'list']);
    });
  }

  it('switches language from its own lang and from an ancestor', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="es"><event-timeline src=${IBAGUE_URL} indicator="management-committee"></event-timeline></div>`,
    );
    const el = wrapper.querySelector('event-timeline')!;
    await until(() => marks(el).length === 4, 5000, 'the events');
    wrapper.lang = 'en';
    await until(() => deepText(el).includes('Institutional management and performance committees'), 2000, 'English from the ancestor');
    const text = deepText(el);
    for (const s of ['4 of 12 months with a record; report period: January 1, 2020 – December 31, 2020', 'The report declares 2 events; it lists 4.', 'Feb 2020 none recorded', 'View table']) {
      expect(text).to.contain(s);
    }
    expect(marks(el).map((a) => a.textContent!.trim().split(/\s+/).slice(0, 2).join(' '))).to.deep.equal(['Jan 29', 'Jun 26', 'Sep 23', 'Dec 5']);
    el.lang = 'es-CO';
    await until(() => deepText(el).includes('4 de 12 meses con registro'), 2000, 'Spanish from its own lang');
    expect(heads(slots(el, 'miss'))).to.deep.equal(MISSING);
  });

  it('shows the data as a real table: slot, date, event, link', async () => {
    const el = await settled<EventTimeline>(html`<event-timeline src=${IBAGUE_URL} indicator="management-committee"></event-timeline>`);
    const toggle = $<HTMLButtonElement>(el, '[part="table-toggle"]')!;
    const wrap = $(el, '#data-table')!;
    expect(wrap.hidden).to.equal(true);
    toggle.click();
    await el.updateComplete;
    expect(wrap.hidden).to.equal(false);
    const table = $<HTMLTableElement>(el, 'table[part="table"]')!;
    expect(deepText(table.caption!)).to.equal('Comités institucionales de gestión y desempeño');
    expect([...table.tHead!.rows[0]!.cells].map((c) => c.textContent!.trim())).to.deep.equal(['Periodo', 'Fecha', 'Evento', 'Enlace']);
    const rows = [...table.tBodies[0]!.rows].map((r) => [...r.cells].map((c) => c.textContent!.trim()));
    expect(rows).to.have.length(12);
    expect(rows[0]).to.deep.equal(['enero de 2020', '29 de enero de 2020', COMMITTEE, '']);
    expect(rows[1]).to.deep.equal(['febrero de 2020', '—', 'sin registro', '']);
    expect(rows.filter((r) => r[2] === 'sin registro').map((r) => r[0])).to.have.length(8);
  });

  it('downloads the data as CSV, announced by a ruta-download event', async () => {
    const el = await settled<EventTimeline>(html`<event-timeline src=${IBAGUE_URL} indicator="concejo-sessions"></event-timeline>`);
    el.shadowRoot!.addEventListener('click', (e) => e.target instanceof HTMLAnchorElement && !e.target.hasAttribute('part') && e.preventDefault());
    const done = oneEvent(el, 'ruta-download');
    $<HTMLButtonElement>(el, '[part="download"]')!.click();
    const { detail } = (await done) as CustomEvent<{ filename: string; csv: string }>;
    expect(detail.filename).to.equal('event-timeline-concejo-sessions.csv');
    const feed = await ibagueFeed();
    const lines = detail.csv.split('\r\n');
    expect(lines[0]).to.equal('\ufeffFecha,Evento,Enlace');
    expect(lines.slice(1, -1)).to.deep.equal(byId(feed, 'concejo-sessions').events.map((e) => [e.date, e.label, e.url].map(csvCell).join(',')));

    el.indicator = 'management-committee';
    await el.updateComplete;
    const again = oneEvent(el, 'ruta-download');
    $<HTMLButtonElement>(el, '[part="download"]')!.click();
    const csv = ((await again) as CustomEvent<{ csv: string }>).detail.csv.split('\r\n');
    expect(csv.slice(0, 3)).to.deep.equal(['\ufeffPeriodo,Fecha,Evento,Enlace', `enero de 2020,2020-01-29,${COMMITTEE},`, 'febrero de 2020,,sin registro,']);
  });

  /**
   * Runs `check` under an emulated media feature where the browser can emulate it (Chromium,
   * over CDP); elsewhere (Firefox over WebDriver BiDi) reads the element's own style sheets and
   * runs `ruleCheck` on the text of the matching @media rules instead.
   */
  async function underMedia(
    el: Element,
    media: { media?: 'print'; reducedMotion?: 'reduce' },
    condition: RegExp,
    check: () => void,
    ruleCheck: (css: string) => void,
  ) {
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

  it('stops the loading shimmer when the reader asks for reduced motion', async () => {
    const path = fresh();
    await script(path, [{ hang: true }]);
    const el = await fixture<EventTimeline>(html`<event-timeline src=${path} loading="eager"></event-timeline>`);
    const skeleton = () => getComputedStyle($(el, '.skeleton')!);
    expect(skeleton().animationName).to.equal('shimmer');
    await underMedia(
      el,
      { reducedMotion: 'reduce' },
      /prefers-reduced-motion:\s*reduce/,
      () => expect(skeleton().animationName).to.equal('none'),
      (css) => expect(css).to.match(/animation:\s*none\s*!important/),
    );
  });

  it('prints the data table, light colours and the slots, without the buttons', async () => {
    const el = await settled<EventTimeline>(html`<event-timeline src=${IBAGUE_URL} indicator="management-committee" theme="dark"></event-timeline>`);
    await underMedia(
      el,
      { media: 'print' },
      /^print$/,
      () => {
        expect(getComputedStyle($(el, '.table-wrap')!).display).to.equal('block');
        expect(getComputedStyle($(el, '.actions')!).display).to.equal('none');
        expect(getComputedStyle($(el, '.frame')!).backgroundColor).to.equal('rgb(255, 255, 255)');
        const held = getComputedStyle(slots(el, 'held')[0]!);
        expect(held.backgroundColor).to.equal('rgb(232, 236, 240)');
        expect(held.printColorAdjust).to.equal('exact');
      },
      (css) => {
        expect(css).to.match(/\.table-wrap\[hidden\]\s*\{\s*display:\s*block\s*!important/);
        expect(css).to.match(/\.actions[^{]*\{\s*display:\s*none\s*!important/);
        expect(css).to.contain('--_background: var(--event-timeline-background, var(--ruta-background, #ffffff))');
        expect(css).to.match(/print-color-adjust:\s*exact/);
      },
    );
    expect($$(el, 'table tbody tr')).to.have.length(12);
  });
});
