// The controller that connects an element to its feed: `data` property, inline JSON, or `src`.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { activeLoaderCount } from '../../src/feed/store.js';
import { FeedController } from '../../src/internal/feed-controller.js';

class TestFeedHost extends LitElement {
  @property() src?: string;
  @property({ attribute: false }) data?: unknown;
  @property({ type: Number }) refresh?: number;
  readonly feed = new FeedController(this);

  protected override willUpdate(): void {
    this.feed.sync();
  }
  protected override render() {
    const s = this.feed.state;
    return html`<p>${s.status}:${s.feed?.report.title ?? s.failure?.kind ?? ''}</p>`;
  }
}
customElements.define('test-feed-host', TestFeedHost);

const feed = (title = 'Informe') => ({
  version: 1,
  report: { entity: 'Alcaldía', title, period: { start: '2020-01-01', end: '2020-12-31' }, language: 'es-CO' },
  commitments: [{ number: 1, text: 'Compromiso', offices: ['Oficina'] }],
});

const until = async (el: TestFeedHost, test: () => boolean, ms = 4000) => {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out; state ${JSON.stringify(el.feed.state)}`);
    await new Promise((r) => setTimeout(r, 10));
  }
  await el.updateComplete;
};
const text = (el: TestFeedHost) => el.shadowRoot!.querySelector('p')!.textContent;

describe('FeedController', () => {
  it('validates data given as a property', async () => {
    const el = await fixture<TestFeedHost>(html`<test-feed-host .data=${feed('Propiedad')}></test-feed-host>`);
    expect(text(el)).to.equal('ready:Propiedad');
  });

  it('reports an invalid data property as a schema failure', async () => {
    const el = await fixture<TestFeedHost>(html`<test-feed-host .data=${{ ...feed(), commitments: 'no' }}></test-feed-host>`);
    expect(text(el)).to.equal('error:schema');
  });

  it('reads inline JSON from a script child', async () => {
    const el = await fixture<TestFeedHost>(
      html`<test-feed-host><script type="application/json">${JSON.stringify(feed('En línea'))}</script></test-feed-host>`,
    );
    expect(text(el)).to.equal('ready:En línea');
  });

  it('reports broken inline JSON', async () => {
    const el = await fixture<TestFeedHost>(html`<test-feed-host><script type="application/json">{"version": 1,</script></test-feed-host>`);
    expect(text(el)).to.equal('error:json');
  });

  it('says when there is no source at all', async () => {
    const el = await fixture<TestFeedHost>(html`<test-feed-host></test-feed-host>`);
    expect(text(el)).to.equal('error:no-source');
  });

  it('refuses a src that is not http(s)', async () => {
    const el = await fixture<TestFeedHost>(html`<test-feed-host src="javascript:alert(1)"></test-feed-host>`);
    expect(text(el)).to.equal('error:bad-url');
  });

  it('lets the data property win over src, and follows changes of either', async () => {
    const path = `/__feed/ctl-${Date.now()}.json`;
    await executeServerCommand('feed-server', { action: 'script', path, replies: [{ body: JSON.stringify(feed('Remoto')) }] });
    const el = await fixture<TestFeedHost>(html`<test-feed-host src=${path} .data=${feed('Local')}></test-feed-host>`);
    expect(text(el)).to.equal('ready:Local');
    el.data = undefined;
    await until(el, () => el.feed.state.feed?.report.title === 'Remoto');
    expect(text(el)).to.equal('ready:Remoto');
  });

  it('ten elements on one URL make one request, and leaving the page releases the loader', async () => {
    const path = `/__feed/ten-${Date.now()}.json`;
    await executeServerCommand('feed-server', { action: 'script', path, replies: [{ body: JSON.stringify(feed('Diez')), delayMs: 50 }] });
    const before = activeLoaderCount();
    const wrapper = await fixture<HTMLDivElement>(html`<div>${Array.from({ length: 10 }, () => html`<test-feed-host src=${path}></test-feed-host>`)}</div>`);
    const hosts = [...wrapper.querySelectorAll<TestFeedHost>('test-feed-host')];
    for (const h of hosts) await until(h, () => h.feed.state.status === 'ready');
    expect(hosts.map(text)).to.deep.equal(Array(10).fill('ready:Diez'));
    const { log } = (await executeServerCommand('feed-server', { action: 'stats', path })) as { log: unknown[] };
    expect(log).to.have.length(1);
    expect(activeLoaderCount()).to.equal(before + 1);
    wrapper.remove();
    await new Promise((r) => setTimeout(r, 0));
    expect(activeLoaderCount()).to.equal(before);
  });
});
