// <commitment-progress> rendered in the browser: marks against the data, every state, axe-core in
// light and dark, keyboard, resizing, language, attribute and property changes, CSV and table.
import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/commitment-progress/commitment-progress.js';
import type { CommitmentProgress } from '../../src/components/commitment-progress/commitment-progress.js';
import { feedLoader } from '../../src/feed/store.js';
import type { Feed } from '../../src/feed/types.js';
import { $, $$, deepText, expectAccessible, IBAGUE_URL, ibagueFeed, nbsp, resize, settled, until } from '../support/element.js';

let counter = 0;
/** A fresh same-origin path on the scripted feed server, per test. */
const freshPath = () => `/__feed/commitments-${Date.now()}-${counter++}.json`;
const script = (path: string, replies: object[]) => executeServerCommand('feed-server', { action: 'script', path, replies });

const items = (el: CommitmentProgress) => $$(el, '[part~="commitment"]');
const item = (el: CommitmentProgress, n: number) => $(el, `[part~="commitment"][data-number="${n}"]`)!;
const meters = (el: Element) => [...(el.shadowRoot ?? el).querySelectorAll<HTMLElement>('[role="meter"]')];
const text = (node: Element | null) => nbsp((node?.textContent ?? '').replace(/\s+/g, ' ').trim());
const tipText = (el: CommitmentProgress) => text($(el, '[role="tooltip"]'));
/** The text shown over an item's bars, or in their place. */
const progress = (li: Element) => text(li.querySelector('.progress'));
/** A label's own text, without its select's options. */
const labelText = (select: HTMLSelectElement) =>
  nbsp([...select.closest('label')!.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim());

async function ibague(attrs = ''): Promise<CommitmentProgress> {
  const el = await settled<CommitmentProgress>(html`<commitment-progress src=${IBAGUE_URL}></commitment-progress>`);
  if (attrs) {
    for (const [k, v] of attrs.split(' ').map((a) => a.split('='))) el.setAttribute(k!, v!);
    await elementUpdated(el);
  }
  return el;
}

async function withData(feed: unknown): Promise<CommitmentProgress> {
  return settled<CommitmentProgress>(html`<commitment-progress .data=${feed}></commitment-progress>`);
}

/** axe-core in both themes. */
async function accessibleInBothThemes(el: CommitmentProgress): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    el.theme = theme;
    await elementUpdated(el);
    await expectAccessible(el);
  }
}

const tinyFeed = (commitments: unknown[]) => ({
  version: 1,
  report: { entity: 'Alcaldía de Prueba', title: 'Informe de prueba', period: { start: '2020-01-01', end: '2020-12-31' }, language: 'es-CO' },
  commitments,
});

describe('<commitment-progress>', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  describe('with the Ibagué report', () => {
    it('renders the 12 commitments with their numbers, offices and statuses', async () => {
      const el = await ibague();
      expect(items(el).map((li) => Number(li.dataset.number))).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      expect(items(el).map((li) => text(li.querySelector('[part~="number"]')))).to.deep.equal(
        Array.from({ length: 12 }, (_, i) => `Compromiso ${i + 1}`),
      );
      expect(text($(el, '[part~="title"]'))).to.equal('Avances Ruta por la Transparencia y la Integridad');
      expect(text($(el, '[part~="summary"]'))).to.equal('2 de 12 compromisos cumplidos');
      const statuses = items(el).map((li) => text(li.querySelector('[part~="status-badge"]')));
      expect(statuses.slice(0, 2)).to.deep.equal(['Cumplido', 'Cumplido']);
      expect(statuses.slice(2)).to.deep.equal(Array(10).fill('Sin estado declarado'));
      // Every status has a mark next to its text: never colour alone.
      for (const li of items(el)) expect(li.querySelector('[part~="status-badge"] .icon[aria-hidden="true"]')).to.not.equal(null);
      expect(deepText(item(el, 9))).to.contain('Responsables Secretaría General · Secretaría de Desarrollo Social');
      expect(deepText(item(el, 5))).to.contain('Responsable Secretaría Administrativa – Dirección de Talento Humano');
      expect(text(item(el, 7).querySelector('[part~="text"]'))).to.match(/^Realizar una reunión mensual/);
      // Commitments are headings below the title.
      expect(item(el, 7).querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('4');
    });

    it('shows declared and measured progress as meters with their values as text', async () => {
      const el = await ibague();
      expect(deepText(item(el, 1))).to.contain('Avance declarado 100 %');
      expect(progress(item(el, 1))).to.equal('declarado 100 %');
      expect(progress(item(el, 7))).to.equal('medido 33 % (4 de 12 meses)');
      expect(progress(item(el, 12))).to.equal('medido 100 % (2 de 2 semestres)');
      expect(progress(item(el, 3))).to.equal('Sin avance declarado ni medido');
      expect(meters(el)).to.have.length(4);
      const [m7] = meters(item(el, 7));
      expect(m7!.getAttribute('aria-label')).to.equal('Avance medido del compromiso 7');
      expect(m7!.getAttribute('aria-valuenow')).to.equal('33.33');
      expect(m7!.getAttribute('aria-valuemin')).to.equal('0');
      expect(m7!.getAttribute('aria-valuemax')).to.equal('100');
      expect(nbsp(m7!.getAttribute('aria-valuetext')!)).to.equal('33 % (4 de 12 meses)');
      const fill = m7!.querySelector<HTMLElement>('div')!;
      expect(fill.getBoundingClientRect().width / m7!.getBoundingClientRect().width).to.be.closeTo(1 / 3, 0.02);
    });

    it('shows both figures where the declared progress differs from the measured one', async () => {
      const feed = await ibagueFeed();
      feed.commitments[6]!.progress = 100;
      const el = await withData(feed);
      expect(progress(item(el, 7))).to.equal('declarado 100 % medido 33 % (4 de 12 meses)');
      expect(meters(item(el, 7)).map((m) => m.getAttribute('aria-label'))).to.deep.equal([
        'Avance declarado del compromiso 7',
        'Avance medido del compromiso 7',
      ]);
      // Each figure sits over its own bar.
      const [declared, measured] = meters(item(el, 7));
      expect(declared!.getBoundingClientRect().bottom).to.be.lessThan(measured!.getBoundingClientRect().top);
      expect(declared!.querySelector('div')!.getBoundingClientRect().width).to.be.closeTo(declared!.getBoundingClientRect().width, 1);
    });

    it('links evidence only to http(s) and mailto', async () => {
      const el = await ibague();
      expect(text(item(el, 11).querySelector('summary'))).to.equal('Evidencias (9)');
      for (const d of $$<HTMLDetailsElement>(el, 'details')) d.open = true;
      const links = $$<HTMLAnchorElement>(el, 'a');
      expect(links.length).to.be.greaterThan(10);
      for (const a of links) expect(['http:', 'https:', 'mailto:'], a.href).to.include(new URL(a.href).protocol);
      // Evidence without a URL is text, with its date.
      const evidence = item(el, 7).querySelector('[part~="evidence"]')!;
      expect(deepText(evidence)).to.contain('Comité Institucional de Gestión y Desempeño, Enero 29 de 2020 · 29 de enero de 2020');
      expect(evidence.querySelectorAll('a')).to.have.length(0);
    });

    it('marks every status with its own shape, not only its colour', async () => {
      const statuses = ['not-started', 'started', 'advanced', 'completed', undefined];
      const el = await withData(tinyFeed(statuses.map((status, i) => ({ number: i + 1, text: 'Uno', offices: ['A'], status }))));
      expect(items(el).map((li) => text(li.querySelector('[part~="status-badge"]')))).to.deep.equal([
        'No iniciado',
        'Iniciado',
        'Avanzado',
        'Cumplido',
        'Sin estado declarado',
      ]);
      // The mark's shape: its border and fill, with every colour taken out.
      const shape = (li: Element) => {
        const s = getComputedStyle(li.querySelector('.icon')!);
        return `${s.borderTopStyle} ${s.backgroundImage}`.replace(/(rgba?|color)\([^)]*\)|currentcolor|transparent/gi, 'C');
      };
      const shapes = items(el).map(shape);
      expect(new Set(shapes).size, shapes.join(' | ')).to.equal(5);
      const colours = items(el).map((li) => getComputedStyle(li.querySelector('.icon')!).color);
      expect(new Set(colours).size, colours.join(' | ')).to.equal(5);
    });

    it('refuses a javascript: URL given through data (validation), rendering no link at all', async () => {
      const feed = tinyFeed([{ number: 1, text: 'Uno', offices: ['A'], evidence: [{ label: 'Malo', kind: 'document', url: 'javascript:alert(1)' }] }]);
      const el = await withData(feed);
      expect($$(el, 'a')).to.deep.equal([]);
      expect(deepText($(el, '[role="alert"]')!)).to.contain('$.commitments[0].evidence[0].url');
    });

    it('shows one commitment with commitment="7", its evidence open and no filters', async () => {
      const el = await ibague('commitment=7');
      expect(items(el).map((li) => li.dataset.number)).to.deep.equal(['7']);
      expect($(el, '[part~="filters"]')).to.equal(null);
      expect(text($(el, '[part~="summary"]'))).to.equal('0 de 1 compromiso cumplido');
      expect($<HTMLDetailsElement>(el, 'details')!.open).to.equal(true);
      await accessibleInBothThemes(el);
    });
  });

  describe('long texts', () => {
    it('clamp to three lines and expand with the keyboard', async () => {
      const el = await ibague();
      await resize(el, 400);
      const li = item(el, 7);
      const p = li.querySelector<HTMLElement>('[part~="text"]')!;
      const button = li.querySelector<HTMLButtonElement>('[part~="more"]')!;
      expect(p.classList.contains('clamped')).to.equal(true);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal(p.id);
      expect(text(button)).to.equal('Ver más');
      const lineHeight = parseFloat(getComputedStyle(p).lineHeight);
      expect(p.getBoundingClientRect().height).to.be.closeTo(3 * lineHeight, 2);
      const clamped = p.getBoundingClientRect().height;

      button.focus();
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(text(button)).to.equal('Ver menos');
      expect(p.classList.contains('clamped')).to.equal(false);
      expect(p.getBoundingClientRect().height).to.be.greaterThan(clamped + lineHeight);

      // ' ' rather than 'Space': Firefox's WebDriver BiDi knows only the character.
      await sendKeys({ press: ' ' });
      await elementUpdated(el);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(p.classList.contains('clamped')).to.equal(true);
    });

    it('do not clamp when they are short', async () => {
      const el = await ibague();
      await resize(el, 1200);
      const li = item(el, 2);
      expect(li.querySelector('[part~="more"]')).to.equal(null);
      expect(li.querySelector('[part~="text"]')!.classList.contains('clamped')).to.equal(false);
    });
  });

  describe('states', () => {
    it('loading: a skeleton while the feed hangs', async () => {
      const path = freshPath();
      await script(path, [{ hang: true }]);
      const el = await fixture<CommitmentProgress>(html`<commitment-progress src=${path}></commitment-progress>`);
      await until(() => !!$(el, '[aria-busy="true"]'), 2000, 'the loading state');
      expect($(el, '.skeleton[part~="status"]')).to.not.equal(null);
      expect(items(el)).to.have.length(0);
      await accessibleInBothThemes(el);
    });

    it('empty: a report without commitments', async () => {
      const el = await withData(tinyFeed([]));
      expect(text($(el, '[part~="status"]'))).to.equal('No hay datos para mostrar.');
      expect(items(el)).to.have.length(0);
      await accessibleInBothThemes(el);
    });

    it('empty: a commitment the report does not have', async () => {
      const el = await ibague('commitment=99');
      expect(text($(el, '[part~="status"]'))).to.equal('El feed no tiene el compromiso 99.');
      await accessibleInBothThemes(el);
    });

    it('empty: filters that match nothing, which the reader can clear', async () => {
      const el = await ibague();
      el.setAttribute('office', 'Oficina de Contratación');
      el.setAttribute('status', 'none');
      await elementUpdated(el);
      expect(items(el)).to.have.length(0);
      const status = $(el, '[part~="chart"] [role="status"]')!;
      expect(text(status)).to.contain('Ningún compromiso coincide con el filtro.');
      expect($(el, '[part~="filters"]')).to.not.equal(null);
      await accessibleInBothThemes(el);
      status.querySelector('button')!.click();
      await elementUpdated(el);
      expect(items(el)).to.have.length(12);
    });

    it('error: an invalid feed, named with its JSON path, in the reader\'s language', async () => {
      const feed = tinyFeed([{ number: 1, text: 'Uno', offices: [] }]);
      const el = await withData(feed);
      const alert = $(el, '[role="alert"]')!;
      expect(text(alert.querySelector('p'))).to.match(/^El feed no cumple el formato: 1 error; el primero, en \$\.commitments\[0\]\.offices/);
      expect($$(el, 'details code').map(text)).to.deep.equal(['$.commitments[0].offices']);
      await accessibleInBothThemes(el);
      el.lang = 'en';
      await elementUpdated(el);
      expect(text($(el, '[role="alert"] p'))).to.match(/^The feed does not match the format: 1 error; the first, at \$\.commitments\[0\]\.offices/);
    });

    it('stale: keeps the last good data and says it could not update', async () => {
      const path = freshPath();
      const body = await (await fetch(IBAGUE_URL)).text();
      await script(path, [{ body }, { status: 500 }]);
      const el = await settled<CommitmentProgress>(html`<commitment-progress src=${path}></commitment-progress>`);
      expect(items(el)).to.have.length(12);
      await feedLoader(new URL(path, location.href).href).refresh();
      await until(() => !!$(el, '.stale'), 3000, 'the stale state');
      expect(text($(el, '.stale'))).to.match(/no se pudo actualizar/);
      expect(items(el)).to.have.length(12);
      await accessibleInBothThemes(el);
    });

    it('ready: accessible in both themes, plain and grouped', async () => {
      const el = await ibague();
      await accessibleInBothThemes(el);
      el.setAttribute('group-by', 'status');
      await elementUpdated(el);
      await accessibleInBothThemes(el);
      for (const d of $$<HTMLDetailsElement>(el, 'details')) d.open = true;
      $<HTMLButtonElement>(el, '[part~="table-toggle"]')!.click();
      await elementUpdated(el);
      await accessibleInBothThemes(el);
    });
  });

  describe('keyboard and tooltip', () => {
    it('reaches every bar with Tab, showing the same tooltip as the pointer', async () => {
      const el = await ibague();
      const marks = meters(el);
      expect(marks).to.have.length(4);
      const focusTips = new Map<Element, string>();
      document.body.tabIndex = -1;
      document.body.focus();
      for (let i = 0; i < 120 && focusTips.size < marks.length; i++) {
        await sendKeys({ press: 'Tab' });
        const active = el.shadowRoot!.activeElement;
        if (active && marks.includes(active as HTMLElement) && !focusTips.has(active)) {
          await elementUpdated(el);
          focusTips.set(active, tipText(el));
        }
      }
      document.body.removeAttribute('tabindex');
      expect(focusTips.size, 'bars reached by Tab').to.equal(marks.length);
      for (const mark of marks) {
        mark.dispatchEvent(new PointerEvent('pointerenter'));
        await elementUpdated(el);
        expect(tipText(el)).to.equal(focusTips.get(mark));
      }
      expect([...focusTips.values()].map(nbsp)).to.deep.equal([
        'Compromiso 1: declarado 100 %',
        'Compromiso 2: declarado 100 %',
        'Compromiso 7: medido 33 % (4 de 12 meses)',
        'Compromiso 12: medido 100 % (2 de 2 semestres)',
      ]);
      marks[0]!.dispatchEvent(new PointerEvent('pointerleave'));
      await elementUpdated(el);
      expect($(el, '[role="tooltip"]')).to.equal(null);
    });
  });

  describe('layout', () => {
    it('fits any width from 1200 to 280 px without horizontal overflow', async () => {
      // Wide enough for 1200 px to be 1200 px (the host is at most 100 % of its container).
      await setViewport({ width: 1280, height: 900 });
      const el = await ibague();
      for (const d of $$<HTMLDetailsElement>(el, 'details')) d.open = true;
      $<HTMLButtonElement>(el, '[part~="table-toggle"]')!.click();
      for (const width of [1200, 800, 500, 320, 280]) {
        await resize(el, width);
        for (const b of $$<HTMLButtonElement>(el, '[part~="more"][aria-expanded="false"]')) b.click();
        await elementUpdated(el);
        // Wide, the text sits beside the offices, status and progress; narrow, above them.
        const [main, meta] = [item(el, 7).querySelector('div')!.getBoundingClientRect(), item(el, 7).querySelector('dl')!.getBoundingClientRect()];
        expect(meta.left > main.right, `side by side at ${width}`).to.equal(width >= 800);
        expect(meta.top >= main.bottom, `stacked at ${width}`).to.equal(width < 800);
        const frame = $(el, '[part~="base"]')!;
        expect(frame.scrollWidth, `frame at ${width}`).to.be.at.most(frame.clientWidth);
        const right = frame.getBoundingClientRect().right;
        const over = $$(el, '*')
          .filter((n) => !n.closest('.sr-only') && n.getBoundingClientRect().right > right + 0.5)
          .map((n) => n.tagName + '.' + n.className);
        expect(over, `overflowing at ${width}`).to.deep.equal([]);
        expect(document.documentElement.scrollWidth, `page at ${width}`).to.be.at.most(document.documentElement.clientWidth);
        // A tooltip near the edge stays inside too.
        for (const mark of meters(el)) {
          mark.focus();
          await elementUpdated(el);
          const tip = $(el, '[role="tooltip"]')!.getBoundingClientRect();
          expect(tip.right, `tooltip at ${width}`).to.be.at.most(right + 0.5);
          expect(tip.left, `tooltip at ${width}`).to.be.at.least(frame.getBoundingClientRect().left - 0.5);
        }
        (el.shadowRoot!.activeElement as HTMLElement | null)?.blur();
        expect(Math.round(el.getBoundingClientRect().width), 'host width').to.equal(width);
      }
    });

    it('wraps long words and URLs at 280 px', async () => {
      const long = 'https://www.ibague.gov.co/portal/admin/archivos/publicaciones/2020/31855-DOC-20201126224338.PDF';
      const el = await withData(
        tinyFeed([
          {
            number: 1,
            title: 'Supercalifragilisticoespialidosoconmuchasletrassinespacios',
            text: `Publicar ${long} y ${long.repeat(2)}`,
            offices: ['SecretaríaAdministrativa–DirecciónDeTalentoHumanoYRecursosFísicosSinEspacios'],
            progress: 40,
            evidence: [
              { label: long, kind: 'document', url: long },
              { label: 'Correo', kind: 'record', url: 'mailto:planeacion.municipal.ibague.tolima.colombia@ibague.gov.co' },
            ],
          },
        ]),
      );
      await resize(el, 280);
      $<HTMLDetailsElement>(el, 'details')!.open = true;
      $<HTMLButtonElement>(el, '[part~="more"]')?.click();
      $<HTMLButtonElement>(el, '[part~="table-toggle"]')!.click();
      await elementUpdated(el);
      const frame = $(el, '[part~="base"]')!;
      const right = frame.getBoundingClientRect().right;
      expect(frame.scrollWidth).to.be.at.most(frame.clientWidth);
      const over = $$(el, '*')
        .filter((n) => !n.closest('.sr-only') && n.getBoundingClientRect().right > right + 0.5)
        .map((n) => n.tagName + '.' + n.className);
      expect(over).to.deep.equal([]);
    });
  });

  describe('language', () => {
    it('re-renders in English from its own lang or an ancestor\'s', async () => {
      const feedReady = ibagueFeed();
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="es-CO"><commitment-progress src=${IBAGUE_URL}></commitment-progress></div>`);
      await feedReady;
      const el = wrapper.querySelector('commitment-progress')!;
      await until(() => items(el).length === 12, 5000, 'the list');
      expect(text($(el, '[part~="summary"]'))).to.equal('2 de 12 compromisos cumplidos');

      el.setAttribute('lang', 'en');
      await elementUpdated(el);
      expect(text($(el, '[part~="summary"]'))).to.equal('2 of 12 commitments completed');
      expect(progress(item(el, 7))).to.equal('measured 33% (4 of 12 months)');
      expect(text(item(el, 3).querySelector('[part~="status-badge"]'))).to.equal('No status declared');
      expect(text($(el, '[part~="title"]'))).to.equal('Progress on the Route for Transparency and Integrity');
      expect($$<HTMLSelectElement>(el, 'select').map(labelText)).to.deep.equal(['Responsible office', 'Status', 'Group by']);
      // Offices are the feed's Spanish, marked as such.
      expect(item(el, 7).querySelector('dd')!.getAttribute('lang')).to.equal('es-CO');
      expect(text(item(el, 7).querySelector('dd'))).to.equal('Secretaría de Planeación');

      el.removeAttribute('lang');
      await elementUpdated(el);
      expect(text($(el, '[part~="summary"]'))).to.equal('2 de 12 compromisos cumplidos');

      wrapper.setAttribute('lang', 'en');
      await until(() => text($(el, '[part~="summary"]')) === '2 of 12 commitments completed', 2000, 'English from the ancestor');
      wrapper.setAttribute('lang', 'es');
      await until(() => text($(el, '[part~="summary"]')) === '2 de 12 compromisos cumplidos', 2000, 'Spanish from the ancestor');
    });
  });

  describe('attributes, properties and the reader\'s filters', () => {
    it('re-renders when office, status, group-by and commitment change', async () => {
      const el = await ibague();
      const numbers = () => items(el).map((li) => Number(li.dataset.number));

      el.setAttribute('office', 'secretaria de planeacion');
      await elementUpdated(el);
      expect(numbers()).to.deep.equal([1, 3, 7, 12]);
      expect(text($(el, '[part~="summary"]'))).to.equal('1 de 4 compromisos cumplidos');
      expect($<HTMLSelectElement>(el, 'select[name="office"]')!.value).to.equal('Secretaría de Planeación');

      el.setAttribute('status', 'completed');
      await elementUpdated(el);
      expect(numbers()).to.deep.equal([1]);
      expect($<HTMLSelectElement>(el, 'select[name="status"]')!.value).to.equal('completed');

      el.removeAttribute('office');
      el.removeAttribute('status');
      el.setAttribute('group-by', 'office');
      await elementUpdated(el);
      const headings = $$(el, '.group-heading').map(text);
      expect(headings).to.include('Secretaría de Planeación (4)');
      expect(headings).to.include('Secretaría General (1)');
      expect(items(el)).to.have.length(13);
      expect($$(el, '[part~="group"]')[0]!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('4');
      expect(items(el)[0]!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('5');

      el.setAttribute('group-by', 'status');
      await elementUpdated(el);
      expect($$(el, '.group-heading').map(text)).to.deep.equal(['Cumplido (2)', 'Sin estado declarado (10)']);

      el.setAttribute('commitment', '12');
      await elementUpdated(el);
      expect(numbers()).to.deep.equal([12]);
      el.removeAttribute('commitment');
      el.removeAttribute('group-by');
      await elementUpdated(el);
      expect(numbers()).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    });

    it('re-renders when the data property changes', async () => {
      const feed = await ibagueFeed();
      const el = await withData(feed);
      expect(items(el)).to.have.length(12);
      const next: Feed = structuredClone(feed);
      next.commitments = next.commitments.slice(0, 3);
      next.commitments[2]!.status = 'advanced';
      next.commitments[2]!.progress = 60;
      el.data = next;
      await elementUpdated(el);
      expect(items(el)).to.have.length(3);
      expect(text($(el, '[part~="summary"]'))).to.equal('2 de 3 compromisos cumplidos');
      expect(text(item(el, 3).querySelector('[part~="status-badge"]'))).to.equal('Avanzado');
      expect(meters(item(el, 3))[0]!.getAttribute('aria-valuenow')).to.equal('60');
    });

    it('lets the reader filter and group with labelled selects', async () => {
      const el = await ibague();
      const selects = $$<HTMLSelectElement>(el, '[part~="filters"] select');
      expect(selects.map(labelText)).to.deep.equal(['Responsable', 'Estado', 'Agrupar por']);
      const options = (s: HTMLSelectElement) => [...s.options].map((o) => [o.value, o.text]);
      expect(options(selects[0]!)).to.have.length(1 + 10);
      expect(options(selects[0]!)).to.deep.include(['Secretaría de Planeación', 'Secretaría de Planeación']);
      expect(options(selects[1]!)).to.deep.equal([
        ['', 'Todos'],
        ['not-started', 'No iniciado'],
        ['started', 'Iniciado'],
        ['advanced', 'Avanzado'],
        ['completed', 'Cumplido'],
        ['none', 'Sin estado declarado'],
      ]);
      expect(options(selects[2]!)).to.deep.equal([
        ['', 'Sin agrupar'],
        ['office', 'Responsable'],
        ['status', 'Estado'],
      ]);

      const office = selects[0]!;
      office.value = 'Oficina de Comunicaciones';
      office.dispatchEvent(new Event('change', { bubbles: true }));
      await elementUpdated(el);
      expect(items(el).map((li) => li.dataset.number)).to.deep.equal(['11']);
      expect(el.office).to.equal('Oficina de Comunicaciones');

      const group = selects[2]!;
      group.value = 'status';
      group.dispatchEvent(new Event('change', { bubbles: true }));
      await elementUpdated(el);
      expect($$(el, '.group-heading').map(text)).to.deep.equal(['Sin estado declarado (1)']);
      expect(group.value).to.equal('status');
      expect(office.value).to.equal('Oficina de Comunicaciones');

      office.value = '';
      office.dispatchEvent(new Event('change', { bubbles: true }));
      await elementUpdated(el);
      expect(items(el)).to.have.length(12);
      // The select the reader used keeps focus-able identity across re-renders.
      expect($$<HTMLSelectElement>(el, '[part~="filters"] select')[0]).to.equal(office);
    });
  });

  describe('a long list', () => {
    const many = (n: number) =>
      tinyFeed(Array.from({ length: n }, (_, i) => ({ number: i + 1, text: `Compromiso número ${i + 1}`, offices: [`Oficina ${i % 4}`], status: i % 2 ? 'completed' : 'started', progress: i % 101 })));
    const more = (el: CommitmentProgress) => $<HTMLButtonElement>(el, '[part~="show-more"]');

    it('shows the first 50 of 10,000 commitments, 50 more per keyboard press, focus on the first new one, counts of all', async () => {
      const el = await withData(many(10_000));
      expect(items(el)).to.have.length(50);
      expect(items(el).map((li) => Number(li.dataset.number))).to.deep.equal(Array.from({ length: 50 }, (_, i) => i + 1));
      expect(text($(el, '[part~="summary"]'))).to.equal('5.000 de 10.000 compromisos cumplidos');
      expect(text($(el, '#summary'))).to.contain('5.000 de 10.000 compromisos cumplidos');
      // The summary stays one a screen reader can read: no 10,000 progress figures.
      expect(text($(el, '#summary')).length).to.be.below(300);
      expect(text(more(el))).to.equal('Mostrar 50 más (quedan 9.950)');
      // The first 50 look as they always did: the button comes after the list, outside it.
      expect(more(el)!.closest('ul')).to.equal(null);
      await expectAccessible(el);
      more(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => items(el).length === 100, 3000, '100 commitments');
      expect(el.shadowRoot!.activeElement).to.equal(item(el, 51));
      expect(text(more(el))).to.equal('Mostrar 50 más (quedan 9.900)');
      more(el)!.focus();
      await sendKeys({ press: ' ' });
      await until(() => items(el).length === 150, 3000, '150 commitments');
      expect(el.shadowRoot!.activeElement).to.equal(item(el, 101));
      expect(text($(el, '[part~="summary"]'))).to.equal('5.000 de 10.000 compromisos cumplidos');
      await accessibleInBothThemes(el);
    });

    it('keeps the table of 10,000 rows out of the page until it is opened', async () => {
      const el = await withData(many(10_000));
      const wrap = $(el, '#data-table')!;
      expect($(el, '[part~="table-toggle"]')!.getAttribute('aria-controls')).to.equal('data-table');
      expect(wrap.hidden).to.equal(true);
      expect(wrap.querySelector('table')).to.equal(null);
      $<HTMLButtonElement>(el, '[part~="table-toggle"]')!.click();
      await elementUpdated(el);
      expect(wrap.hidden).to.equal(false);
      expect(wrap.querySelectorAll('tbody tr')).to.have.length(10_000);
      // The list is still paged: the table does not lay the list out again.
      expect(items(el)).to.have.length(50);
    });

    it('pages across groups, says so in English, and shows everything before printing', async () => {
      const el = await settled<CommitmentProgress>(html`<commitment-progress .data=${many(120)} group-by="office" lang="en"></commitment-progress>`);
      // Offices 0 and 1 hold 30 each: the first 50 are 30 of one group and 20 of the next.
      expect($$(el, '[part~="group"]').map((g) => g.querySelectorAll('[part~="commitment"]').length)).to.deep.equal([30, 20]);
      expect(text(more(el))).to.equal('Show 50 more (70 left)');
      expect(text($(el, '[part~="summary"]'))).to.equal('60 of 120 commitments completed');
      // A small table (≤ 200 rows) is always there, hidden: paper shows it with no script.
      expect($$(el, '#data-table[hidden] tbody tr')).to.have.length(120);
      more(el)!.click();
      await until(() => items(el).length === 100, 3000, '100 commitments');
      expect(text(more(el))).to.equal('Show 20 more (20 left)');
      dispatchEvent(new Event('beforeprint'));
      await elementUpdated(el);
      expect(items(el)).to.have.length(120);
      expect(more(el)).to.equal(null);
    });

    it('does not page a single commitment, nor a short report', async () => {
      const el = await withData(many(10_000));
      el.commitment = '9999';
      await elementUpdated(el);
      expect(items(el).map((li) => li.dataset.number)).to.deep.equal(['9999']);
      expect(more(el)).to.equal(null);
      const short = await ibague();
      expect(more(short)).to.equal(null);
    });
  });

  describe('data table and CSV', () => {
    it('toggles a real table of the data', async () => {
      const el = await ibague();
      const toggle = $<HTMLButtonElement>(el, '[part~="table-toggle"]')!;
      const wrap = $(el, '#data-table')!;
      expect(wrap.hidden).to.equal(true);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.click();
      await elementUpdated(el);
      expect(wrap.hidden).to.equal(false);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(text(toggle)).to.equal('Ocultar tabla');
      expect($$(el, 'thead th').map(text)).to.deep.equal([
        'N.º',
        'Compromiso',
        'Responsables',
        'Estado',
        'Avance declarado',
        'Avance medido',
        'Evidencias',
      ]);
      const rows = $$(el, 'tbody tr');
      expect(rows).to.have.length(12);
      expect([...rows[6]!.children].map((c) => text(c))).to.deep.include.members(['7', 'Sin estado declarado', '—', '33 % (4 de 12 meses)', '4']);
      toggle.click();
      await elementUpdated(el);
      expect(wrap.hidden).to.equal(true);
    });

    it('downloads the data as CSV', async () => {
      const el = await ibague();
      // The test stops the browser's download; the event still carries the file.
      el.shadowRoot!.addEventListener('click', (e) => (e.target as Element).matches('a[download]') && e.preventDefault(), { capture: true });
      const downloaded = oneEvent(el, 'ruta-download');
      $<HTMLButtonElement>(el, '[part~="download"]')!.click();
      const { detail } = (await downloaded) as CustomEvent<{ filename: string; csv: string }>;
      expect(detail.filename).to.equal('commitment-progress.csv');
      const lines = detail.csv.replace(/^\ufeff/, '').trim().split('\r\n');
      expect(lines[0]).to.equal('N.º,Compromiso,Responsables,Estado,Avance declarado,Avance medido,Evidencias');
      expect(lines).to.have.length(13);
      expect(lines[1]).to.match(/^1,"Designar una persona .*",Secretaría de Planeación,Cumplido,100,,1$/);
      expect(lines[7]).to.match(/^7,.*,Secretaría de Planeación,Sin estado declarado,,33\.33,4$/);
      expect(lines[9]).to.contain('Secretaría General; Secretaría de Desarrollo Social');
    });
  });
});
