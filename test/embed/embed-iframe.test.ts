// The embed page in a real iframe, sized by the parent snippet: the iframe's height follows its
// content after load, after a width change and after a language change; errors show a message
// and are sized too.
import { expect } from '@open-wc/testing';
import { installEmbedResizer } from '../../src/embed/parent.js';
import { until } from '../support/element.js';

const PAGE = '/demo/embed.html';
const CHART = `${PAGE}?widget=contract-platform-chart&src=/demo/feeds/ibague-2020.json&id=a`;

let uninstall: () => void;
let frame: HTMLIFrameElement;
let messages: { type: string; id: string | null; height: number }[];
const record = (e: MessageEvent) => {
  if (e.data?.type === 'ruta-embed-height') messages.push(e.data);
};

/** The widget's own text (its shadow root); `deepText` cannot see across realms. */
const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

/** The height the embedded page needs: its body's box (the body has no margin). */
const contentHeight = () => frame.contentDocument!.body.getBoundingClientRect().height;
const frameHeight = () => frame.getBoundingClientRect().height;
const fits = () => contentHeight() > 0 && Math.abs(frameHeight() - contentHeight()) <= 2;

async function load(src: string): Promise<void> {
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = src;
  await loaded;
}

/** The widget in the iframe, once it has drawn its data. */
function widget(): Element | null {
  const el = frame.contentDocument?.querySelector('contract-platform-chart');
  return el?.shadowRoot?.querySelector('[part~="chart"]') && !el.shadowRoot.querySelector('[aria-busy="true"]') ? el : null;
}

async function expectFits(what: string): Promise<void> {
  await until(fits, 5000, `the iframe to fit its content ${what}`);
  // Still true a few frames later: the last reported height is the one that stays.
  for (let i = 0; i < 5; i++) await new Promise((r) => requestAnimationFrame(r));
  expect(Math.abs(frameHeight() - contentHeight()), what).to.be.at.most(2);
  const root = frame.contentDocument!.documentElement;
  expect(root.scrollHeight, `nothing cut off ${what}`).to.be.at.most(frameHeight() + 2);
}

describe('iframe embed', () => {
  beforeEach(() => {
    messages = [];
    window.addEventListener('message', record);
    uninstall = installEmbedResizer();
    frame = document.createElement('iframe');
    frame.title = 'Contratos por plataforma, Alcaldía de Ibagué';
    frame.style.cssText = 'display:block;width:900px;height:50px;border:0';
    document.body.append(frame);
  });

  afterEach(() => {
    uninstall();
    window.removeEventListener('message', record);
    frame.remove();
  });

  it('fits its content after load, a width change and a language change', async () => {
    expect(frame.getAttribute('title')).to.match(/\S/);
    await load(CHART);
    await until(() => widget() !== null, 8000, 'the chart to render');
    await expectFits('after load');
    expect(frameHeight()).to.be.greaterThan(100);
    expect(messages.length).to.be.greaterThan(0);
    expect(messages.every((m) => m.id === 'a')).to.equal(true);
    expect(frame.contentDocument!.documentElement.lang).to.equal('es');
    expect(text(widget()!)).to.contain('Contratación publicada por plataforma');

    const wide = frameHeight();
    frame.style.width = '320px';
    await expectFits('at 320 px');
    const narrow = frameHeight();
    frame.style.width = '900px';
    await until(() => Math.abs(frameHeight() - wide) <= 2, 5000, 'the height to come back at 900 px');
    expect(narrow).to.not.be.closeTo(wide, 2);

    await load(`${CHART}&lang=en`);
    await until(() => widget() !== null && text(widget()!).includes('Contracts'), 8000, 'the English chart');
    await expectFits('in English');
    expect(frame.contentDocument!.documentElement.lang).to.equal('en');
  });

  it('sets the element from the query string with attributes only', async () => {
    await load(`${CHART}&variant=bars&label=${encodeURIComponent('<img src=x onerror=alert(1)>')}&theme=dark`);
    await until(() => widget() !== null, 8000, 'the chart to render');
    const el = frame.contentDocument!.querySelector('contract-platform-chart')!;
    expect(el.getAttribute('variant')).to.equal('bars');
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(el.getAttribute('src')).to.equal(new URL('/demo/feeds/ibague-2020.json', location.href).href);
    expect(frame.contentDocument!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    await expectFits('with bars');
  });

  const errors: [string, string, string][] = [
    ['an unknown widget', `${PAGE}?widget=nope&src=/demo/feeds/ibague-2020.json&id=b`, 'El widget «nope» no existe'],
    ['a javascript: src', `${PAGE}?widget=contract-platform-chart&src=javascript:alert(1)&id=b`, 'La dirección del feed «javascript:alert(1)» no es válida'],
    ['an unknown parameter, in English', `${PAGE}?widget=attendance-breakdown&src=/x.json&colour=red&lang=en&id=b`, 'The parameter «colour» is not an attribute of <attendance-breakdown>'],
  ];
  for (const [what, src, text] of errors) {
    it(`shows a clear message for ${what}, and is sized to it`, async () => {
      await load(src);
      await until(() => frame.contentDocument?.querySelector('[role="alert"]') != null, 5000, 'the message');
      const alert = frame.contentDocument!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain(text);
      expect(frame.contentDocument!.querySelector('contract-platform-chart, attendance-breakdown')).to.equal(null);
      await until(() => messages.some((m) => m.id === 'b' && m.height > 20), 5000, 'a height message');
      await expectFits(`for ${what}`);
    });
  }

  it('is sized by the plain-JS snippet of docs/embed.md, too', async () => {
    uninstall();
    const doc = await (await fetch('/docs/embed.md')).text();
    const snippet = /```html\n<script>\n([\s\S]*?)<\/script>\n```/.exec(doc)?.[1];
    expect(snippet, 'the snippet in docs/embed.md').to.contain("'ruta-embed-height'");
    // Installed as the page would (a script element, never parsed HTML); it stays for the
    // rest of this file, which is harmless: it does what installEmbedResizer does.
    const script = document.createElement('script');
    script.textContent = snippet!;
    document.head.append(script);
    await load(CHART);
    await until(() => widget() !== null, 8000, 'the chart to render');
    await expectFits('with the documented snippet');
  });

  it('ignores height messages from anything but an embed iframe', async () => {
    await load(CHART);
    await until(() => widget() !== null, 8000, 'the chart to render');
    await expectFits('before');
    const before = frame.style.height;
    // Same type, but from this window (not the iframe's): ignored.
    window.postMessage({ type: 'ruta-embed-height', id: 'a', height: 7 }, '*');
    // From the iframe's window, but another type or no usable height: ignored.
    const script = frame.contentDocument!.createElement('script');
    script.textContent = "parent.postMessage({ type: 'other', id: 'a', height: 7 }, '*'); parent.postMessage({ type: 'ruta-embed-height', id: 'a', height: '7px' }, '*');";
    frame.contentDocument!.head.append(script);
    await new Promise((r) => setTimeout(r, 100));
    expect(frame.style.height).to.equal(before);
  });
});
