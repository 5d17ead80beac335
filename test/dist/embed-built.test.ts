// The built embed page (dist/embed.html, from `npm run build`, which `npm test` runs first) in
// an iframe sized by the parent snippet: it loads its own minified script, shows the chart and
// reports its height.
import { expect } from '@open-wc/testing';
import { installEmbedResizer } from '../../src/embed/parent.js';
import { until } from '../support/element.js';

describe('dist/embed.html (built iframe page)', () => {
  it('renders the requested element and the iframe fits it', async () => {
    const uninstall = installEmbedResizer();
    const frame = document.createElement('iframe');
    frame.title = 'Contratos por plataforma';
    frame.style.cssText = 'display:block;width:600px;height:40px;border:0';
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.src = '/dist/embed.html?widget=contract-platform-chart&src=/demo/feeds/ibague-2020.json&lang=en&id=built';
    document.body.append(frame);
    try {
      await loaded;
      const chart = () => frame.contentDocument?.querySelector('contract-platform-chart');
      await until(() => (chart()?.shadowRoot?.querySelectorAll('[part~="arc"]').length ?? 0) === 3, 8000, 'the chart in the built page');
      expect(chart()!.shadowRoot!.textContent).to.contain('2,255 · 98.34%');
      const content = () => frame.contentDocument!.body.getBoundingClientRect().height;
      const fits = () => content() > 100 && Math.abs(frame.getBoundingClientRect().height - content()) <= 2;
      await until(fits, 5000, 'the iframe to fit after load');
      // Narrower: the legend wraps under the donut, the page grows, and the iframe follows.
      const before = frame.getBoundingClientRect().height;
      frame.style.width = '300px';
      await until(() => fits() && frame.getBoundingClientRect().height > before + 20, 5000, 'the iframe to fit after a resize');
      // The built page loads only the chunk of the element it shows.
      const scripts = frame.contentWindow!.performance.getEntriesByType('resource').map((e) => e.name);
      expect(scripts.some((s) => s.includes('contract-platform-chart-'))).to.equal(true);
      expect(scripts.some((s) => s.includes('commitment-progress-'))).to.equal(false);
    } finally {
      uninstall();
      frame.remove();
    }
  });
});
