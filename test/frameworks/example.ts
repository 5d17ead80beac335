// What every framework example must do, checked the same way for React and Vue: the feed given
// as the `data` property renders in each element, a download reaches the framework's handler
// (once per click, also after a re-render swaps the handler), and a new feed handed over through
// the framework re-renders the elements.
import { expect, fixture, html } from '@open-wc/testing';
import type { Feed } from '../../src/feed/types.js';
import { $, $$, ibagueFeed, nbsp, until } from '../support/element.js';

export interface Mounted {
  update(feed: Feed): void;
  unmount(): void;
}

export const CSV_NAME = 'contract-platform-chart-contract-platforms.csv';
const TAGS = ['contract-platform-chart', 'attendance-breakdown', 'commitment-progress'] as const;

/**
 * All text of a node, shadow roots included, whitespace collapsed. Unlike the shared deepText it
 * tests node types, not classes, so it also reads a page in an iframe (another realm).
 */
export function deepText(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    if (n.nodeType !== Node.ELEMENT_NODE && n.nodeType !== Node.DOCUMENT_FRAGMENT_NODE && n.nodeType !== Node.DOCUMENT_NODE) return;
    const el = n as HTMLElement;
    if (n.nodeType === Node.ELEMENT_NODE && el.shadowRoot) walk(el.shadowRoot);
    if (n.nodeType === Node.ELEMENT_NODE && el.hidden) return;
    for (const c of n.childNodes) walk(c);
  };
  walk(node);
  return nbsp(parts.join(' ')).replace(/\s+/g, ' ').trim();
}

/** The arcs' labels of a contract chart, nbsp as spaces. */
export const arcLabels = (chart: Element) => $$(chart, '[part~="arc"]').map((a) => nbsp(a.getAttribute('aria-label') ?? ''));

/** Brings each element into view (they load lazily) and waits until it has rendered its data. */
export async function rendered(root: ParentNode): Promise<Record<(typeof TAGS)[number], HTMLElement>> {
  const out = {} as Record<(typeof TAGS)[number], HTMLElement>;
  for (const tag of TAGS) {
    await until(() => !!root.querySelector(tag), 5000, `<${tag}> in the page`);
    const el = root.querySelector<HTMLElement>(tag)!;
    el.scrollIntoView();
    await until(() => !!el.shadowRoot && !el.shadowRoot.querySelector('[aria-busy="true"]') && !!$(el, '[part="download"]'), 5000, `<${tag}> to render`);
    out[tag] = el;
  }
  return out;
}

/** The data each element shows for the Ibagué feed. */
export function expectIbague(els: Record<(typeof TAGS)[number], HTMLElement>): void {
  expect(arcLabels(els['contract-platform-chart'])).to.have.length(3);
  expect(arcLabels(els['contract-platform-chart'])[0]).to.contain('SECOP II: 2.255 contratos');
  expect(deepText(els['attendance-breakdown'])).to.contain('Total: 503');
  expect(deepText(els['commitment-progress'])).to.contain('2 de 12 compromisos cumplidos');
}

export function describeExample(name: string, mount: (container: Element, feed: Feed) => Mounted): void {
  describe(`${name} example (demo/frameworks)`, () => {
    let app: Mounted | undefined;
    afterEach(() => {
      app?.unmount();
      app = undefined;
    });

    it('passes the feed as the data property, and every element renders it', async () => {
      const feed = await ibagueFeed();
      const container = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
      app = mount(container, feed);
      const els = await rendered(container);
      for (const tag of TAGS) {
        // A property holding the very object, not an attribute holding "[object Object]".
        expect((els[tag] as HTMLElement & { data?: unknown }).data, tag).to.equal(feed);
        expect(els[tag].hasAttribute('data'), tag).to.equal(false);
      }
      expectIbague(els);
      expect(els['attendance-breakdown'].getAttribute('variant')).to.equal('stacked');
    });

    it("delivers ruta-download to the framework's handler, and re-renders on a new feed", async () => {
      const feed = await ibagueFeed();
      const container = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
      app = mount(container, feed);
      const chart = (await rendered(container))['contract-platform-chart'];
      const status = container.querySelector('.last-download')!;
      expect(status.textContent).to.contain('Ninguna descarga');

      $(chart, '[part="download"]')!.click();
      await until(() => status.textContent!.includes(CSV_NAME), 3000, 'the handler to see the download');
      expect(status.textContent).to.equal(`Descargas: 1 · última: ${CSV_NAME}`);

      // A new feed object through the framework: SECOP II now has 2,000 contracts.
      const next = structuredClone(feed);
      const platforms = next.indicators!.find((i) => i.id === 'contract-platforms') as unknown as { platforms: { name: string; count: number }[] };
      platforms.platforms[0]!.count = 2000;
      app.update(next);
      await until(() => arcLabels(chart)[0]?.includes('SECOP II: 2.000 contratos') ?? false, 3000, 'the chart to show 2.000');
      expect((chart as HTMLElement & { data?: unknown }).data).to.equal(next);
      expect(deepText(chart)).to.contain('2.000');
      // The same element, updated in place, not replaced.
      expect(container.querySelector('contract-platform-chart')).to.equal(chart);

      // The handler still hears the element after the re-render, exactly once per click.
      $(chart, '[part="download"]')!.click();
      await until(() => status.textContent!.startsWith('Descargas: 2'), 3000, 'the second download');
      await new Promise((r) => setTimeout(r, 50));
      expect(status.textContent).to.equal(`Descargas: 2 · última: ${CSV_NAME}`);
    });

    it('hears downloads from every element', async () => {
      const container = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
      app = mount(container, await ibagueFeed());
      const els = await rendered(container);
      const status = container.querySelector('.last-download')!;
      $(els['attendance-breakdown'], '[part="download"]')!.click();
      await until(() => status.textContent!.startsWith('Descargas: 1'), 3000, 'the attendance download');
      expect(status.textContent).to.contain('attendance-breakdown');
      $(els['commitment-progress'], '[part="download"]')!.click();
      await until(() => status.textContent!.startsWith('Descargas: 2'), 3000, 'the commitments download');
      expect(status.textContent).to.contain('commitment-progress');
    });

    it('removes the elements on unmount', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const mounted = mount(container, await ibagueFeed());
      await rendered(container);
      mounted.unmount();
      await until(() => !container.querySelector('contract-platform-chart'), 3000, 'the unmount');
    });
  });
}
