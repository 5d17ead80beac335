// The plain-HTML example (demo/frameworks/plain.html), loaded as a page in an iframe: the
// elements read `src` (relative to the page) and inline JSON, and a page-level listener hears
// `ruta-download` bubbling out of the shadow roots.
import { expect } from '@open-wc/testing';
import { $, until } from '../support/element.js';
import { arcLabels, CSV_NAME, deepText, expectIbague, rendered } from './example.js';

describe('plain HTML example (demo/frameworks/plain.html)', () => {
  let doc: Document;
  let frame: HTMLIFrameElement;

  // One page for the whole suite (a fixture would be removed after the first test).
  before(async () => {
    frame = document.createElement('iframe');
    frame.title = 'Ejemplo en HTML';
    frame.style.cssText = 'width: 900px; height: 500px';
    frame.src = '/demo/frameworks/plain.html';
    document.body.append(frame);
    await until(() => frame.contentDocument?.readyState === 'complete' && !!frame.contentWindow?.customElements.get('commitment-progress'), 10_000, 'the page to load');
    doc = frame.contentDocument!;
  });
  after(() => frame.remove());

  it('renders the three elements from their src attribute', async () => {
    const els = await rendered(doc);
    expect(els['contract-platform-chart'].getAttribute('src')).to.equal('../feeds/ibague-2020.json');
    expectIbague(els);
  });

  it('renders the element with inline JSON', async () => {
    const inline = doc.getElementById('inline')!;
    inline.scrollIntoView();
    await until(() => arcLabels(inline).length === 2, 5000, 'the inline chart');
    expect(arcLabels(inline)).to.deep.equal(['SECOP II: 120 contratos (88,89 %)', 'Tienda Virtual: 15 contratos (11,11 %)']);
    // The JSON stays data: the script is not shown, and nothing of it was parsed as markup.
    expect(deepText(inline)).to.contain('Contratación publicada por plataforma');
  });

  it("hears ruta-download at the page's listener", async () => {
    const chart = doc.getElementById('from-src')!;
    chart.scrollIntoView();
    const status = doc.querySelector('.last-download')!;
    $(chart, '[part="download"]')!.click();
    await until(() => status.textContent!.includes(CSV_NAME), 3000, 'the page to see the download');
    expect(status.textContent).to.equal(`Descargas: 1 · última: ${CSV_NAME}`);
  });
});
