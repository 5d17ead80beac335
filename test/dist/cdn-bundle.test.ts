// The built one-file bundle (dist/ruta-widgets.js, made by `npm run build`, which `npm test`
// runs first), loaded as a web editor would: it defines every element, renders the Ibagué
// feed, and a second copy on the same page does not throw.
import { expect, fixture, html } from '@open-wc/testing';
import { $$, deepText, IBAGUE_URL, until } from '../support/element.js';

const BUNDLE = '/dist/ruta-widgets.js';
const errors: string[] = [];
const onError = (e: ErrorEvent) => errors.push(e.message);

describe('dist/ruta-widgets.js (CDN bundle)', () => {
  before(async () => {
    window.addEventListener('error', onError);
    const res = await fetch(BUNDLE, { method: 'HEAD' });
    if (!res.ok) throw new Error(`${BUNDLE} is missing: run \`npm run build\` first (npm test does)`);
  });
  after(() => window.removeEventListener('error', onError));

  it('defines every element', async () => {
    await import(/* @vite-ignore */ BUNDLE);
    for (const tag of ['commitment-progress', 'contract-platform-chart', 'attendance-breakdown']) {
      expect(customElements.get(tag), tag).not.to.equal(undefined);
    }
  });

  it('can be loaded a second time (another copy or version) without errors', async () => {
    const first = customElements.get('contract-platform-chart');
    const copy = (await import(/* @vite-ignore */ `${BUNDLE}?copy=2`)) as { ContractPlatformChart: unknown };
    // A distinct module instance: its own class, not the one registered.
    expect(copy.ContractPlatformChart).not.to.equal(first);
    expect(customElements.get('contract-platform-chart')).to.equal(first);
    expect(errors).to.deep.equal([]);
  });

  it('renders the Ibagué feed with every element', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <contract-platform-chart src=${IBAGUE_URL}></contract-platform-chart>
      <attendance-breakdown src=${IBAGUE_URL}></attendance-breakdown>
      <commitment-progress src=${IBAGUE_URL}></commitment-progress>
    </div>`);
    const [contracts, attendance, commitments] = [...page.children];
    await until(() => $$(contracts!, '[part~="arc"]').length === 3, 5000, 'the donut');
    await until(() => deepText(attendance!).includes('Total: 503'), 5000, 'the attendance');
    await until(() => deepText(commitments!).includes('2 de 12 compromisos cumplidos'), 5000, 'the commitments');
    expect(deepText(contracts!)).to.contain('2.255 · 98,34 %');
    expect(deepText(attendance!)).to.contain('total declarado 178');
    expect(errors).to.deep.equal([]);
  });
});
