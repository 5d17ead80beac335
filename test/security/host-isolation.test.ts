// Host page isolation (issue 6): every element of the bundle on a clean page and on a hostile
// one (test/security/hostile.css: `* { font: 30px serif !important; box-sizing: content-box }`,
// `svg { display: none }`, resets, Tailwind-like `--tw-*` variables on every element,
// Bootstrap-like utility classes, inherited text properties, and dir="rtl" around), in two
// iframes of the same width. The geometry of every part (bars, arcs, items, figures, legends),
// relative to the host, and the host's height must be the same on both pages; several widgets
// on one page share no ids, and every id reference inside a widget resolves in its own root.
//
// Right-to-left: the widgets' text is Spanish or English, so a widget stays left-to-right in a
// right-to-left page (numbers, axes and charts included); the frame says so in its styles.
import { expect } from '@open-wc/testing';
import { IBAGUE_URL, until } from '../support/element.js';
import { ELEMENTS, REQUIRED } from './elements.js';

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

async function open(hostile: boolean): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = hostile ? 'hostile host page' : 'clean host page';
  frame.style.cssText = 'display:block;width:760px;height:900px;border:0';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = `/test/security/host-page.html?${hostile ? 'hostile&' : ''}tags=${ELEMENTS.join(',')}&src=${IBAGUE_URL}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { rutaHost?: { rendered: string[] } };
  await until(() => !!win.rutaHost, 5000, 'the host page script');
  for (const tag of win.rutaHost!.rendered) {
    await until(() => !!frame.contentDocument!.querySelector(tag)?.shadowRoot?.querySelector('[aria-busy="false"]'), 8000, `<${tag}> to load`);
  }
  // Layout settles: the size observer re-lays out on the next frame.
  for (let i = 0; i < 4; i++) await new Promise((r) => frame.contentWindow!.requestAnimationFrame(r));
  return frame;
}

const round = (n: number) => Math.round(n * 2) / 2;
/** Every part of the widget (and each svg inside), with its box relative to the host. */
function geometry(el: Element): Record<string, Box> {
  const host = el.getBoundingClientRect();
  const out: Record<string, Box> = { host: { x: 0, y: 0, w: round(host.width), h: round(host.height) } };
  const marks = el.shadowRoot!.querySelectorAll('[part], svg, li, [role="meter"]');
  marks.forEach((m, i) => {
    const r = m.getBoundingClientRect();
    // Not rendered (e.g. the closed table): no box to compare, only that it is not rendered.
    const none = m.getClientRects().length === 0;
    out[`${i}:${m.tagName.toLowerCase()}[${m.getAttribute('part') ?? ''}]`] = none
      ? { x: 0, y: 0, w: 0, h: 0 }
      : { x: round(r.left - host.left), y: round(r.top - host.top), w: round(r.width), h: round(r.height) };
  });
  return out;
}

describe('host page isolation', () => {
  let clean: HTMLIFrameElement;
  let hostile: HTMLIFrameElement;
  let rendered: string[];

  before(async function () {
    this.timeout(60_000);
    clean = await open(false);
    hostile = await open(true);
    rendered = (clean.contentWindow as unknown as { rutaHost: { rendered: string[] } }).rutaHost.rendered;
  });
  after(() => {
    clean.remove();
    hostile.remove();
  });

  it('the hostile page is really hostile', () => {
    const doc = hostile.contentDocument!;
    const el = doc.querySelector(REQUIRED[0]!)!;
    const style = hostile.contentWindow!.getComputedStyle(el);
    expect(style.fontSize).to.equal('30px');
    expect(style.getPropertyValue('--tw-shadow').trim()).to.equal('0 0 0 9px #f0f');
    expect(hostile.contentWindow!.getComputedStyle(el.parentElement!).direction).to.equal('rtl');
    const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
    doc.body.append(svg);
    expect(hostile.contentWindow!.getComputedStyle(svg).display).to.equal('none');
    svg.remove();
  });

  it('renders every element of the bundle', () => {
    expect(rendered).to.include.members(REQUIRED);
    const hostileRendered = (hostile.contentWindow as unknown as { rutaHost: { rendered: string[] } }).rutaHost.rendered;
    expect(hostileRendered).to.deep.equal(rendered);
  });

  it('every part has the same geometry on the hostile page as on the clean one', () => {
    for (const tag of rendered) {
      const a = geometry(clean.contentDocument!.querySelector(tag)!);
      const b = geometry(hostile.contentDocument!.querySelector(tag)!);
      expect(Object.keys(a).length, `${tag} has parts`).to.be.greaterThan(3);
      expect(b, tag).to.deep.equal(a);
    }
  });

  it('text inside keeps the widget font, colour and direction', () => {
    for (const tag of rendered) {
      const pick = (frame: HTMLIFrameElement) => {
        const title = frame.contentDocument!.querySelector(tag)!.shadowRoot!.querySelector('[part~="base"]')!;
        const s = frame.contentWindow!.getComputedStyle(title);
        return [s.fontSize, s.fontFamily, s.lineHeight, s.color, s.direction, s.textTransform, s.letterSpacing, s.textAlign];
      };
      expect(pick(hostile), tag).to.deep.equal(pick(clean));
      expect(pick(hostile)[4], `${tag} stays left-to-right`).to.equal('ltr');
    }
  });

  it('several widgets on one page share no ids, and every id reference resolves in its own root', () => {
    for (const frame of [clean, hostile]) {
      const doc = frame.contentDocument!;
      // Nothing of ours outside a shadow root carries an id.
      for (const tag of rendered) {
        for (const el of doc.querySelectorAll(`${tag}, ${tag} *`)) expect(el.id, `${tag} light DOM`).to.equal('');
      }
      expect([...doc.querySelectorAll('[id]')].map((e) => e.id)).to.deep.equal([]);
      for (const tag of rendered) {
        const root = doc.querySelector(tag)!.shadowRoot!;
        const all = [...root.querySelectorAll('*')];
        const ids = all.map((e) => e.id).filter(Boolean);
        expect(new Set(ids).size, `${tag}: ids unique in their root`).to.equal(ids.length);
        for (const e of all) {
          for (const attr of ['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-activedescendant', 'for', 'list', 'headers']) {
            const value = e.getAttribute(attr);
            if (!value) continue;
            for (const ref of value.split(/\s+/)) {
              expect(root.getElementById(ref), `${tag}: ${attr}="${ref}" resolves in its own root`).to.not.equal(null);
            }
          }
        }
      }
    }
  });
});
