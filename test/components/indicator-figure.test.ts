// <indicator-figure> rendered: the Ibagué figures exactly, every figure of the feed, every state
// (both themes, checked by axe-core), languages, formats, changes, narrow widths, print, links,
// the table and the CSV.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/indicator-figure/indicator-figure.js';
import type { IndicatorFigure } from '../../src/components/indicator-figure/indicator-figure.js';
import { feedLoader } from '../../src/feed/store.js';
import type { Feed, FigureIndicator } from '../../src/feed/types.js';
import { formatNumber } from '../../src/format/number.js';
import { $, $$, deepText, expectAccessible, IBAGUE_URL, ibagueFeed, resize, settled, until } from '../support/element.js';

const script = (path: string, replies: object[]) => executeServerCommand('feed-server', { action: 'script', path, replies });
let n = 0;
const fresh = () => `/__feed/if-${Date.now()}-${n++}.json`;

const figures = (feed: Feed) => feed.indicators!.filter((i): i is FigureIndicator => i.kind === 'figure');
const part = (el: Element, name: string) => {
  const node = $(el, `[part~="${name}"]`);
  return (node && getComputedStyle(node).display !== 'none' && deepText(node)) || null;
};
/** What the reader sees: the figure, what is beside it, the line under it, context, caption. */
const shown = (el: Element) => ({
  figure: part(el, 'figure'),
  unit: part(el, 'unit'),
  change: part(el, 'change'),
  context: part(el, 'context'),
  caption: part(el, 'caption'),
});
const figure = (src: string, id: string, attrs = '') =>
  settled<IndicatorFigure>(html`<indicator-figure src=${src} indicator=${id} .lang=${attrs || 'es'}></indicator-figure>`);

/** A feed whose first figure is the given one (the Ibagué feed otherwise). */
async function withFigure(extra: Partial<FigureIndicator>, drop: (keyof FigureIndicator)[] = []): Promise<Feed> {
  const feed = await ibagueFeed();
  const f = figures(feed)[0]!;
  Object.assign(f, extra);
  for (const k of drop) delete f[k];
  return feed;
}

describe('<indicator-figure>', () => {
  it('the four Ibagué figures, exactly (es-CO)', async () => {
    const spending = await figure(IBAGUE_URL, 'austerity-spending-change');
    expect(shown(spending)).to.deep.equal({
      figure: '▼ 69 %',
      unit: 'gasto ejecutado',
      change: 'menos que en diciembre de 2019',
      context: 'Compromiso 10 · Austeridad en el gasto',
      caption: null,
    });
    expect($(spending, '[part="figure"]')!.textContent).to.contain('69\u00a0%');
    expect($(spending, '[part="figure"] [aria-hidden="true"]')!.textContent!.trim()).to.equal('▼');
    expect(deepText($(spending, '[part="title"]')!)).to.equal('Gasto en los rubros 206101501025 y 206101601027');
    expect(deepText($(spending, '#summary')!)).to.equal(
      'Gasto en los rubros 206101501025 y 206101601027: 69 % menos que en diciembre de 2019, gasto ejecutado. Compromiso 10 · Austeridad en el gasto.',
    );

    const vibra = await figure(IBAGUE_URL, 'zonas-vibra');
    expect(shown(vibra)).to.deep.equal({ figure: '150', unit: 'Zonas Vibra', change: null, context: 'Compromiso 8 · Gobierno Abierto', caption: null });

    const trained = await figure(IBAGUE_URL, 'electoral-training-reach');
    expect(shown(trained)).to.include({ figure: '1.000', unit: 'personas', change: null });
    expect(deepText($(trained, '[part="title"]')!)).to.equal(
      'Capacitaciones en Proceso Electoral para la elección de dignatarios de juntas de acción comunal',
    );

    const contracts = await figure(IBAGUE_URL, 'contracts-total');
    expect(shown(contracts)).to.deep.equal({
      figure: '2.293',
      unit: 'contratos',
      change: null,
      context: 'Compromiso 2 · Uso de SECOP II y Tienda Virtual',
      caption: 'Fuente: PISAMI, corte al 29 de diciembre de 2020.',
    });
  });

  it('in English: "69% lower than December 2019", "2,293"', async () => {
    const spending = await figure(IBAGUE_URL, 'austerity-spending-change', 'en');
    expect(shown(spending)).to.deep.equal({
      figure: '▼ 69%',
      unit: 'gasto ejecutado',
      change: 'lower than December 2019',
      context: 'Commitment 10 · Austerity in spending',
      caption: null,
    });
    // The unit is the feed's Spanish, and says so to screen readers.
    expect($(spending, '[part="unit"]')!.getAttribute('lang')).to.equal('es-CO');
    const contracts = await figure(IBAGUE_URL, 'contracts-total', 'en');
    expect(shown(contracts)).to.include({ figure: '2,293', caption: 'Source: PISAMI, cut on December 29, 2020.' });
    expect(deepText($(contracts, '[part="title"]')!)).to.equal('Total contracts published on public procurement platforms');
  });

  it('shows the first figure indicator by default', async () => {
    const el = await settled<IndicatorFigure>(html`<indicator-figure src=${IBAGUE_URL}></indicator-figure>`);
    expect(shown(el).figure).to.equal('2.293');
  });

  it('every figure indicator of the feed renders its value or its change', async () => {
    const feed = await ibagueFeed();
    const all = figures(feed);
    expect(all.length).to.be.greaterThan(15);
    const el = await settled<IndicatorFigure>(html`<indicator-figure .data=${feed}></indicator-figure>`);
    for (const f of all) {
      el.indicator = f.id;
      await el.updateComplete;
      expect($(el, '[role="alert"]'), f.id).to.equal(null);
      const s = shown(el);
      if (f.value !== undefined) expect(s.figure, f.id).to.equal(formatNumber(f.value, 'es'));
      else expect(s.figure, f.id).to.contain(String(Math.abs(f.change!.value)));
      if (f.unit) expect(deepText($(el, '[part="chart"]')!), f.id).to.contain(f.unit);
      expect(deepText($(el, '[part="title"]')!), f.id).to.equal(f.title);
    }
  });

  it('changes up, down and none: an arrow and the words, never colour alone', async () => {
    const cases: [number, string, string][] = [
      [12.5, '▲', '▲ 12,5 % más que en diciembre de 2019'],
      [-3, '▼', '▼ 3 % menos que en diciembre de 2019'],
      [0, '=', '= 0 % de cambio frente a diciembre de 2019'],
    ];
    for (const [value, arrow, text] of cases) {
      const el = await settled<IndicatorFigure>(
        html`<indicator-figure .data=${await withFigure({ change: { value, baseline: 'diciembre de 2019' } })}></indicator-figure>`,
      );
      expect(shown(el)).to.include({ figure: '2.293', unit: 'contratos', change: text });
      expect($(el, '[part="change"] [aria-hidden="true"]')!.textContent!.trim()).to.equal(arrow);
      expect(getComputedStyle($(el, '[part="change"]')!).color).to.equal(getComputedStyle($(el, '[part="figure"]')!).color);
      await expectAccessible(el);
    }
    const up = await settled<IndicatorFigure>(
      html`<indicator-figure lang="en" .data=${await withFigure({ change: { value: 12.5, baseline: '2019' } }, ['value'])}></indicator-figure>`,
    );
    expect(shown(up)).to.include({ figure: '▲ 12.5%', change: 'higher than 2019', unit: 'contratos' });
  });

  it('formats currency and percent, es-CO and en-US', async () => {
    const money = await settled<IndicatorFigure>(
      html`<indicator-figure .data=${await withFigure({ value: 1500000, format: 'currency', currency: 'COP', unit: 'ejecutados' })}></indicator-figure>`,
    );
    expect(shown(money).figure).to.equal('$ 1.500.000');
    money.lang = 'en';
    await until(() => shown(money).figure !== '$ 1.500.000', 2000, 'English');
    expect(shown(money).figure).to.equal('COP 1,500,000');
    const share = await settled<IndicatorFigure>(html`<indicator-figure .data=${await withFigure({ value: 98.34, format: 'percent' })}></indicator-figure>`);
    expect(shown(share).figure).to.equal('98,34 %');
    expect($(share, '[part="figure"]')!.textContent).to.equal('98,34\u00a0%');
    share.lang = 'en';
    await until(() => shown(share).figure === '98.34%', 2000, 'English percent');
  });

  for (const theme of ['light', 'dark'] as const) {
    describe(`states, ${theme} theme (axe finds nothing in each)`, () => {
      it('ready: a value and a change-only figure, wide and narrow, with the table open', async () => {
        for (const id of ['contracts-total', 'austerity-spending-change']) {
          for (const width of [900, 280]) {
            const wrap = await fixture<HTMLDivElement>(
              html`<div style="width:${width}px"><indicator-figure loading="eager" src=${IBAGUE_URL} indicator=${id} theme=${theme}></indicator-figure></div>`,
            );
            const el = wrap.firstElementChild as IndicatorFigure;
            await until(() => !!$(el, '[part="figure"]'), 5000, 'the figure');
            await el.updateComplete;
            await expectAccessible(el);
            $<HTMLButtonElement>(el, '[part="table-toggle"]')!.click();
            await el.updateComplete;
            await expectAccessible(el);
          }
        }
      });

      it('ready, with a link to the source', async () => {
        const el = await settled<IndicatorFigure>(
          html`<indicator-figure theme=${theme} .data=${await withFigure({ source: { system: 'PISAMI', cutDate: '2020-12-29', url: 'https://www.ibague.gov.co/' } })}></indicator-figure>`,
        );
        expect($<HTMLAnchorElement>(el, '[part="caption"] a')!.href).to.equal('https://www.ibague.gov.co/');
        await expectAccessible(el);
      });

      it('loading: a busy skeleton with the loading text for screen readers', async () => {
        const path = fresh();
        await script(path, [{ hang: true }]);
        const el = await fixture<IndicatorFigure>(html`<indicator-figure src=${path} theme=${theme}></indicator-figure>`);
        expect($(el, '[aria-busy="true"]')).to.not.equal(null);
        expect($(el, '.skeleton[part~="status"]')).to.not.equal(null);
        expect(deepText(el)).to.contain('Cargando datos…');
        expect($(el, '[part="figure"]')).to.equal(null);
        await expectAccessible(el);
      });

      it('empty: says so (a figure with neither value nor change cannot pass the validator; the model is forced)', async () => {
        const el = await settled<IndicatorFigure>(html`<indicator-figure src=${IBAGUE_URL} theme=${theme}></indicator-figure>`);
        // The layout's empty result (tested in the layout tests), through this element's frame.
        Object.assign(el, { model: () => ({ kind: 'empty', title: 'Sin cifra' }) });
        el.label = 'Sin cifra';
        await el.updateComplete;
        expect(deepText($(el, '[part~="status"]')!)).to.equal('No hay datos para mostrar.');
        expect($(el, '[part="figure"]')).to.equal(null);
        await expectAccessible(el);
      });

      it('error: an invalid feed gets a localized message naming the JSON path', async () => {
        const feed = await ibagueFeed();
        const index = feed.indicators!.findIndex((i) => i.id === 'contracts-total');
        delete (feed.indicators![index] as FigureIndicator).value;
        const el = await settled<IndicatorFigure>(html`<indicator-figure .data=${feed} theme=${theme}></indicator-figure>`);
        const alert = $(el, '[role="alert"]')!;
        expect(deepText(alert)).to.contain('El feed no cumple el formato').and.to.contain(`$.indicators[${index}]`);
        await expectAccessible(el);
        el.lang = 'en';
        await until(() => deepText(el).includes('does not match the format'), 2000, 'the English message');
      });

      it('error: a missing indicator is named, with those there are', async () => {
        const el = await settled<IndicatorFigure>(html`<indicator-figure src=${IBAGUE_URL} indicator="nope" theme=${theme}></indicator-figure>`);
        const text = deepText($(el, '[role="alert"]')!);
        expect(text).to.match(/^El feed no tiene un indicador «nope» de tipo figure\. Hay: contracts-total, electoral-training-reach, .*zonas-vibra, austerity-spending-change\.$/);
        expect(deepText($(el, '[part="title"]')!)).to.equal('No se pudieron mostrar los datos');
        await expectAccessible(el);
        const feed = await ibagueFeed();
        feed.indicators = feed.indicators!.filter((i) => i.kind !== 'figure');
        const none = await settled<IndicatorFigure>(html`<indicator-figure .data=${feed} theme=${theme}></indicator-figure>`);
        expect(deepText($(none, '[role="alert"]')!)).to.equal('El feed no tiene indicadores de tipo figure.');
      });

      it('stale: keeps the last good figure and says it could not update', async () => {
        const path = fresh();
        await script(path, [{ body: JSON.stringify(await ibagueFeed()) }, { status: 500 }]);
        const el = await settled<IndicatorFigure>(html`<indicator-figure src=${path} theme=${theme}></indicator-figure>`);
        await feedLoader(path).refresh();
        await until(() => !!$(el, '.stale'), 3000, 'the stale note');
        await el.updateComplete;
        expect(deepText($(el, '.stale')!)).to.match(/^Datos del \d\d\/\d\d\/\d{4}; no se pudo actualizar\. Reintentar$/);
        expect(shown(el).figure).to.equal('2.293');
        await expectAccessible(el);
      });
    });
  }

  it('fits from wide to 280 px: the figure scales down, long units wrap, nothing overflows', async () => {
    const long = await withFigure({
      value: 123456789012345,
      unit: 'instituciones educativas públicas acompañadas en las elecciones de gobiernos escolares',
      change: { value: -12.25, baseline: 'el promedio de los cuatro años anteriores al periodo' },
    });
    for (const data of [await ibagueFeed(), long]) {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width:1100px"><indicator-figure .data=${data}></indicator-figure></div>`);
      const el = wrap.firstElementChild as IndicatorFigure;
      await until(() => !!$(el, '[part="figure"]'), 5000, 'the figure');
      const sizes: number[] = [];
      for (const w of [1000, 600, 360, 280]) {
        await resize(el, w);
        await el.updateComplete;
        sizes.push(parseFloat(getComputedStyle($(el, '[part="figure"]')!).fontSize));
        const host = el.getBoundingClientRect();
        for (const node of [el, $(el, '[part="base"]')!, $(el, '[part="chart"]')!]) {
          expect(node.scrollWidth, `${w}px: ${node.localName} scrolls`).to.be.at.most(node.clientWidth + 1);
        }
        for (const node of $$(el, '[part="chart"] *')) {
          const r = node.getBoundingClientRect();
          if (!r.width) continue; // hidden (an empty line)
          expect(r.right, `${w}px: ${node.textContent} right`).to.be.at.most(host.right + 0.5);
          expect(r.left, `${w}px: ${node.textContent} left`).to.be.at.least(host.left - 0.5);
        }
      }
      for (let i = 1; i < sizes.length; i++) expect(sizes[i]).to.be.at.most(sizes[i - 1]!);
      if (data === long) {
        expect(sizes[3]).to.be.below(sizes[0]!);
        // The long unit wraps onto several lines rather than running out.
        const unit = $(el, '[part="unit"]')!;
        expect(unit.getBoundingClientRect().height).to.be.greaterThan(2 * parseFloat(getComputedStyle(unit).lineHeight || '20'));
      }
    }
  });

  it('links the source only for http(s) and mailto', async () => {
    for (const [url, link] of [
      ['mailto:datos@ibague.gov.co', true],
      ['javascript:alert(1)', false],
    ] as const) {
      const feed = await withFigure({ source: { system: 'PISAMI', url } });
      // An unsafe URL fails validation (the layout tests check it never becomes a link anyway).
      const el = await settled<IndicatorFigure>(html`<indicator-figure .data=${feed}></indicator-figure>`);
      if (link) {
        const a = $<HTMLAnchorElement>(el, '[part="caption"] a')!;
        expect(a.getAttribute('href')).to.equal(url);
        expect(deepText(a)).to.equal('Ver fuente');
      } else {
        expect($(el, 'a')).to.equal(null);
        expect(deepText($(el, '[role="alert"]')!)).to.contain('source.url');
      }
    }
  });

  it('prints in black on white, with the table, without the buttons', async () => {
    const el = await settled<IndicatorFigure>(html`<indicator-figure src=${IBAGUE_URL} indicator="austerity-spending-change" theme="dark"></indicator-figure>`);
    if (navigator.userAgent.includes('Firefox')) {
      // Firefox over WebDriver BiDi cannot emulate print: the rules are read instead.
      const css = el.shadowRoot!.adoptedStyleSheets.flatMap((s) => [...s.cssRules]).filter((r) => r instanceof CSSMediaRule && r.conditionText === 'print');
      expect(css.map((r) => r.cssText).join('\n')).to.contain('--_foreground: var(--indicator-figure-foreground, var(--ruta-foreground, #1b1f24))');
      return;
    }
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle($(el, '.frame')!).backgroundColor).to.equal('rgb(255, 255, 255)');
      for (const p of ['figure', 'change']) expect(getComputedStyle($(el, `[part="${p}"]`)!).color, p).to.equal('rgb(27, 31, 36)');
      expect(getComputedStyle($(el, '.table-wrap')!).display).to.equal('block');
      expect(getComputedStyle($(el, '.actions')!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('shows the data as a one-row table, and downloads it as CSV', async () => {
    const el = await settled<IndicatorFigure>(html`<indicator-figure src=${IBAGUE_URL}></indicator-figure>`);
    $<HTMLButtonElement>(el, '[part="table-toggle"]')!.click();
    await el.updateComplete;
    const table = $<HTMLTableElement>(el, 'table[part="table"]')!;
    expect(table.getBoundingClientRect().height).to.be.greaterThan(0);
    expect([...table.tHead!.rows[0]!.cells].map((c) => c.textContent!.trim())).to.deep.equal(['Indicador', 'Valor', 'Unidad', 'Cambio', 'Referencia', 'Fecha', 'Fuente']);
    expect([...table.tBodies[0]!.rows].map((r) => [...r.cells].map((c) => c.textContent!.trim()))).to.deep.equal([
      ['Total de contratos publicados en las plataformas de contratación pública', '2.293', 'contratos', '', '', '29 de diciembre de 2020', 'PISAMI'],
    ]);

    el.shadowRoot!.addEventListener('click', (e) => e.target instanceof HTMLAnchorElement && e.preventDefault());
    el.indicator = 'austerity-spending-change';
    await el.updateComplete;
    const done = oneEvent(el, 'ruta-download');
    $<HTMLButtonElement>(el, '[part="download"]')!.click();
    const { detail } = (await done) as CustomEvent<{ filename: string; csv: string }>;
    expect(detail.filename).to.equal('indicator-figure-austerity-spending-change.csv');
    expect(detail.csv).to.equal(
      '\ufeffIndicador,Valor,Unidad,Cambio,Referencia,Fecha,Fuente\r\n' + 'Gasto en los rubros 206101501025 y 206101601027,,gasto ejecutado,-69,diciembre de 2019,,\r\n',
    );
  });
});
