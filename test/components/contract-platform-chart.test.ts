// <contract-platform-chart> rendered: marks match the data, every state, accessibility,
// keyboard, resizing, language, attribute and property changes, one request for ten elements.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/contract-platform-chart/contract-platform-chart.js';
import type { ContractPlatformChart } from '../../src/components/contract-platform-chart/contract-platform-chart.js';
import { loaderSettings } from '../../src/feed/store.js';
import { $, $$, deepText, expectAccessible, IBAGUE_URL, ibagueFeed, resize, settled, until } from '../support/element.js';

const script = (path: string, replies: object[]) => executeServerCommand('feed-server', { action: 'script', path, replies });
let n = 0;
const fresh = () => `/__feed/cpc-${Date.now()}-${n++}.json`;

describe('<contract-platform-chart>', () => {
  it('draws one arc per platform, labelled with es-CO counts and shares', async () => {
    const el = await settled<ContractPlatformChart>(html`<contract-platform-chart src=${IBAGUE_URL}></contract-platform-chart>`);
    const arcs = $$(el, '[part~="arc"]');
    expect(arcs.map((a) => a.getAttribute('aria-label')!.replace(/\u00a0/g, ' '))).to.deep.equal([
      'SECOP II: 2.255 contratos (98,34 %)',
      'Tienda Virtual: 30 contratos (1,31 %)',
      'Bolsa Mercantil: 8 contratos (0,35 %)',
    ]);
    const text = deepText(el);
    for (const s of ['Contratación publicada por plataforma', '2.293', '2.255 · 98,34 %', '30 · 1,31 %', '8 · 0,35 %', 'PISAMI', '29 de diciembre de 2020']) {
      expect(text).to.contain(s);
    }
    // The tiny share is visible: its arc has real area on screen.
    const tiny = (arcs[2] as unknown as SVGGraphicsElement).getBoundingClientRect();
    expect(tiny.width * tiny.height).to.be.greaterThan(4);
  });

  it('draws bars whose lengths follow the counts', async () => {
    const el = await settled<ContractPlatformChart>(html`<contract-platform-chart src=${IBAGUE_URL} variant="bars" style="width:600px"></contract-platform-chart>`);
    const bars = $$(el, '[part~="bar"]').map((b) => (b as unknown as SVGGraphicsElement).getBoundingClientRect().width);
    expect(bars).to.have.length(3);
    expect(bars[1]! / bars[0]!).to.be.closeTo(30 / 2255, 0.002);
    expect(bars[2]!).to.be.at.least(3);
  });

  it('counts raw contract rows given as a property', async () => {
    const feed = await ibagueFeed();
    feed.indicators = [
      {
        id: 'rows',
        commitment: 2,
        kind: 'contract-platforms',
        title: 'Filas',
        rows: [{ platform: 'SECOP II' }, { platform: 'SECOP II' }, { platform: 'Tienda Virtual' }],
      },
    ];
    const el = await settled<ContractPlatformChart>(html`<contract-platform-chart .data=${feed}></contract-platform-chart>`);
    expect($$(el, '[part~="arc"]').map((a) => a.getAttribute('aria-label')!.replace(/\u00a0/g, ' '))).to.deep.equal([
      'SECOP II: 2 contratos (66,67 %)',
      'Tienda Virtual: 1 contrato (33,33 %)',
    ]);
  });

  describe('states', () => {
    afterEach(() => Object.assign(loaderSettings, { minRefreshSeconds: 5, timeoutMs: 15000 }));

    it('loading: a skeleton, busy, with the loading text for screen readers', async () => {
      const path = fresh();
      await script(path, [{ hang: true }]);
      const el = await fixture<ContractPlatformChart>(html`<contract-platform-chart src=${path}></contract-platform-chart>`);
      expect($(el, '[aria-busy="true"]')).not.to.equal(null);
      expect($(el, '.skeleton')).not.to.equal(null);
      expect(deepText(el)).to.contain('Cargando datos…');
      await expectAccessible(el);
    });

    it('empty: says so when the indicator has no platforms', async () => {
      const feed = await ibagueFeed();
      const ind = feed.indicators!.find((i) => i.kind === 'contract-platforms')!;
      Object.assign(ind, { platforms: [], declaredTotal: undefined });
      const el = await settled<ContractPlatformChart>(html`<contract-platform-chart .data=${feed}></contract-platform-chart>`);
      expect(deepText(el)).to.contain('No hay datos para mostrar.');
      await expectAccessible(el);
    });

    it('error: a localized message naming the JSON path, with details', async () => {
      const feed = (await ibagueFeed()) as unknown as { commitments: { text: unknown }[] };
      feed.commitments[3]!.text = 42;
      const el = await settled<ContractPlatformChart>(html`<contract-platform-chart .data=${feed}></contract-platform-chart>`);
      const alert = $(el, '[role="alert"]')!;
      expect(deepText(alert)).to.contain('$.commitments[3].text');
      expect(deepText(alert)).to.contain('debe ser un texto');
      await expectAccessible(el);
      el.lang = 'en';
      await until(() => deepText(el).includes('must be a string'), 2000, 'the English message');
    });

    it('error: a missing indicator is named', async () => {
      const el = await settled<ContractPlatformChart>(html`<contract-platform-chart src=${IBAGUE_URL} indicator="nope"></contract-platform-chart>`);
      expect(deepText(el)).to.contain('El feed no tiene un indicador «nope» de tipo contract-platforms. Hay: contract-platforms.');
    });

    it('stale: keeps the last good data and says it could not update', async () => {
      Object.assign(loaderSettings, { minRefreshSeconds: 0.05 });
      const path = fresh();
      const body = JSON.stringify(await ibagueFeed());
      await script(path, [{ body }, { status: 500 }]);
      const el = await settled<ContractPlatformChart>(html`<contract-platform-chart src=${path} refresh="0.1"></contract-platform-chart>`);
      await until(() => !!$(el, '.stale'), 3000, 'the stale note');
      await el.updateComplete;
      expect(deepText($(el, '.stale')!)).to.match(/Datos del \d\d\/\d\d\/\d{4}; no se pudo actualizar\./);
      expect($$(el, '[part~="arc"]')).to.have.length(3);
      await expectAccessible(el);
    });

    for (const theme of ['light', 'dark'] as const) {
      it(`ready: axe finds nothing in the ${theme} theme, donut and bars, table open`, async () => {
        for (const variant of ['donut', 'bars']) {
          const el = await settled<ContractPlatformChart>(
            html`<contract-platform-chart src=${IBAGUE_URL} theme=${theme} variant=${variant}></contract-platform-chart>`,
          );
          await expectAccessible(el);
          $<HTMLButtonElement>(el, '[part="table-toggle"]')!.click();
          await el.updateComplete;
          await expectAccessible(el);
        }
      });
    }
  });

  it('announces refreshed data that changed, in a polite live region', async () => {
    Object.assign(loaderSettings, { minRefreshSeconds: 0.05 });
    const path = fresh();
    const first = await ibagueFeed();
    const second = await ibagueFeed();
    (second.indicators!.find((i) => i.kind === 'contract-platforms') as { declaredTotal?: number; platforms: { count: number }[] }).platforms[2]!.count = 9;
    await script(path, [{ body: JSON.stringify(first) }, { body: JSON.stringify(second) }]);
    const el = await settled<ContractPlatformChart>(html`<contract-platform-chart src=${path} refresh="0.1"></contract-platform-chart>`);
    await until(() => /9 contratos/.test($$(el, '[part~="arc"]')[2]?.getAttribute('aria-label') ?? ''), 3000, 'the new data');
    await el.updateComplete;
    const live = $(el, '[aria-live="polite"]')!;
    expect(live.textContent).to.contain('Datos actualizados.');
    Object.assign(loaderSettings, { minRefreshSeconds: 5 });
  });

  it('reaches every mark by keyboard, with the same tooltip as the pointer', async () => {
    const el = await settled<ContractPlatformChart>(html`<contract-platform-chart src=${IBAGUE_URL}></contract-platform-chart>`);
    for (const mark of $$(el, '[part~="arc"]')) {
      expect(mark.getAttribute('tabindex')).to.equal('0');
      mark.dispatchEvent(new PointerEvent('pointerenter'));
      await el.updateComplete;
      const byPointer = $(el, '[role="tooltip"]')!.textContent!.trim();
      (mark as unknown as HTMLElement).focus();
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(mark);
      expect($(el, '[role="tooltip"]')!.textContent!.trim()).to.equal(byPointer);
      expect(byPointer).to.equal(mark.getAttribute('aria-label'));
    }
  });

  it('does not lay the chart out again for a tooltip or the table toggle, but does for a new variant', async () => {
    const el = await settled<ContractPlatformChart>(html`<contract-platform-chart src=${IBAGUE_URL}></contract-platform-chart>`);
    const spy = el as unknown as { model: (...args: unknown[]) => unknown };
    const original = spy.model.bind(el);
    let calls = 0;
    spy.model = (...args: unknown[]) => (calls++, original(...args));
    $$(el, '[part~="arc"]')[0]!.dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    expect($(el, '[role="tooltip"]')).not.to.equal(null);
    $<HTMLButtonElement>(el, '[part="table-toggle"]')!.click();
    await el.updateComplete;
    expect(calls).to.equal(0);
    el.variant = 'bars';
    await el.updateComplete;
    expect(calls).to.equal(1);
    expect($$(el, '[part~="bar"]')).to.have.length(3);
  });

  it('re-lays out when resized, with no horizontal overflow from 280 to 1200 px', async () => {
    // A wide container: the test page itself is narrower than 1200 px.
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:1300px"><contract-platform-chart src=${IBAGUE_URL} variant="bars"></contract-platform-chart></div>`);
    const el = wrap.firstElementChild as ContractPlatformChart;
    await until(() => !!$(el, 'svg'), 5000, 'the chart');
    const widths: number[] = [];
    for (const w of [1200, 600, 280]) {
      await resize(el, w);
      await until(() => Math.abs($(el, 'svg')!.getBoundingClientRect().width - (w - 34)) < 2, 2000, `layout at ${w}px (svg ${$(el, 'svg')!.getBoundingClientRect().width}, host ${el.getBoundingClientRect().width})`);
      const base = $(el, '[part="base"]')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
      widths.push($(el, 'svg')!.getBoundingClientRect().width);
    }
    expect(widths[0]).to.be.greaterThan(widths[1]!);
    expect(widths[1]).to.be.greaterThan(widths[2]!);
  });

  it('switches language from its own lang and from an ancestor', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"><contract-platform-chart src=${IBAGUE_URL}></contract-platform-chart></div>`);
    const el = wrapper.querySelector('contract-platform-chart')!;
    await until(() => !!$(el, '[part~="arc"]'), 5000);
    wrapper.lang = 'en';
    await until(() => deepText(el).includes('2,255 · 98.34%'), 2000, 'English from the ancestor');
    expect(deepText(el)).to.contain('Contracts published by platform');
    expect(deepText(el)).to.contain('View table');
    el.lang = 'es-CO';
    await until(() => deepText(el).includes('2.255 · 98,34 %'), 2000, 'Spanish from its own lang');
  });

  it('re-renders when attributes and the data property change', async () => {
    const el = await settled<ContractPlatformChart>(html`<contract-platform-chart src=${IBAGUE_URL}></contract-platform-chart>`);
    el.variant = 'bars';
    await el.updateComplete;
    expect($$(el, '[part~="bar"]')).to.have.length(3);
    const feed = await ibagueFeed();
    feed.indicators!.push({ id: 'otro', commitment: 2, kind: 'contract-platforms', title: 'Otro', platforms: [{ name: 'X', count: 1 }] });
    el.data = feed;
    el.setAttribute('indicator', 'otro');
    await el.updateComplete;
    expect($$(el, '[part~="bar"]')).to.have.length(1);
    expect(deepText(el)).to.contain('Otro');
  });

  it('shows the data as a table, and downloads it as CSV', async () => {
    const el = await settled<ContractPlatformChart>(html`<contract-platform-chart src=${IBAGUE_URL}></contract-platform-chart>`);
    const toggle = $<HTMLButtonElement>(el, '[part="table-toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const rows = $$(el, 'table tbody tr').map((r) => deepText(r));
    expect(rows).to.deep.equal(['SECOP II 2.255 98,34 % 98,34 %', 'Tienda Virtual 30 1,31 % 1,31 %', 'Bolsa Mercantil 8 0,35 % 0,35 %', 'Total 2.293 100 %']);
    const done = oneEvent(el, 'ruta-download');
    $<HTMLButtonElement>(el, '[part="download"]')!.click();
    const { detail } = (await done) as CustomEvent<{ filename: string; csv: string }>;
    expect(detail.filename).to.equal('contract-platform-chart-contract-platforms.csv');
    expect(detail.csv).to.equal(
      '\ufeffPlataforma,Contratos,Porcentaje,Porcentaje declarado\r\nSECOP II,2255,98.34,98.34\r\nTienda Virtual,30,1.31,1.31\r\nBolsa Mercantil,8,0.35,0.35\r\nTotal,2293,100,\r\n',
    );
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
    // Firefox is driven over WebDriver BiDi, which has no media emulation.
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

  it('animates bars when data changes, and not when the reader asks for reduced motion', async () => {
    const el = await settled<ContractPlatformChart>(html`<contract-platform-chart src=${IBAGUE_URL} variant="bars"></contract-platform-chart>`);
    const bar = () => getComputedStyle($$(el, '[part~="bar"]')[0]!);
    expect(bar().transitionDuration).to.equal('0.4s');
    await underMedia(
      el,
      { reducedMotion: 'reduce' },
      /prefers-reduced-motion:\s*reduce/,
      () => expect(bar().transitionDuration).to.equal('0s'),
      (css) => expect(css).to.match(/transition:\s*none\s*!important/),
    );
  });

  it('prints the data table and light colours, without the buttons', async () => {
    const el = await settled<ContractPlatformChart>(html`<contract-platform-chart src=${IBAGUE_URL} theme="dark"></contract-platform-chart>`);
    await underMedia(
      el,
      { media: 'print' },
      /^print$/,
      () => {
        expect(getComputedStyle($(el, '.table-wrap')!).display).to.equal('block');
        expect(getComputedStyle($(el, '.actions')!).display).to.equal('none');
        expect(getComputedStyle($(el, '.frame')!).backgroundColor).to.equal('rgb(255, 255, 255)');
      },
      (css) => {
        expect(css).to.match(/\.table-wrap\[hidden\]\s*\{\s*display:\s*block\s*!important/);
        expect(css).to.match(/\.actions[^{]*\{\s*display:\s*none\s*!important/);
        expect(css).to.contain('--_background: var(--contract-platform-chart-background, var(--ruta-background, #ffffff))');
      },
    );
    expect($$(el, 'table tbody tr')).to.have.length(4);
  });

  it('loading="lazy" (the default) fetches only when the element comes near the viewport', async () => {
    const path = fresh();
    await script(path, [{ body: JSON.stringify(await ibagueFeed()) }]);
    const page = await fixture<HTMLDivElement>(
      html`<div><div style="height:${window.innerHeight * 4}px"></div><contract-platform-chart src=${path}></contract-platform-chart></div>`,
    );
    const el = page.querySelector('contract-platform-chart')!;
    await new Promise((r) => setTimeout(r, 300));
    const requests = async () => ((await executeServerCommand('feed-server', { action: 'stats', path })) as { log: unknown[] }).log.length;
    expect(await requests()).to.equal(0);
    expect($(el, '.skeleton')).not.to.equal(null);
    el.scrollIntoView();
    await until(() => $$(el, '[part~="arc"]').length === 3, 5000, 'the chart after scrolling');
    expect(await requests()).to.equal(1);
  });

  it('loading="eager" fetches at once, wherever the element is', async () => {
    const path = fresh();
    await script(path, [{ body: JSON.stringify(await ibagueFeed()) }]);
    const page = await fixture<HTMLDivElement>(
      html`<div><div style="height:${window.innerHeight * 4}px"></div><contract-platform-chart loading="eager" src=${path}></contract-platform-chart></div>`,
    );
    const el = page.querySelector('contract-platform-chart')!;
    await until(() => $$(el, '[part~="arc"]').length === 3, 5000, 'the chart below the fold');
  });

  it('hides no-script fallback content once it runs', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div><contract-platform-chart loading="eager" src=${IBAGUE_URL}><a href="/datos/contratos.csv">Descargar los datos</a></contract-platform-chart></div>`,
    );
    const el = page.firstElementChild as ContractPlatformChart;
    await until(() => $$(el, '[part~="arc"]').length === 3, 5000, 'the chart');
    // The shadow root has no slot: light-DOM children (the fallback) are not rendered.
    expect(el.querySelector('a')!.getClientRects().length).to.equal(0);
  });

  it('ten elements on one feed make one request', async () => {
    const path = fresh();
    await script(path, [{ body: JSON.stringify(await ibagueFeed()), delayMs: 50 }]);
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>${Array.from({ length: 10 }, (_, i) => html`<contract-platform-chart loading="eager" src=${path} variant=${i % 2 ? 'bars' : 'donut'}></contract-platform-chart>`)}</div>`,
    );
    const els = [...wrapper.querySelectorAll('contract-platform-chart')];
    await until(() => els.every((e) => $$(e, '.mark').length === 3), 5000, 'ten charts');
    const { log } = (await executeServerCommand('feed-server', { action: 'stats', path })) as { log: unknown[] };
    expect(log).to.have.length(1);
  });
});
