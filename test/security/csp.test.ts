// Every element of the built one-file bundle under a strict Content-Security-Policy (issue 6):
// a page served with the policy (web-test-runner.config.js adds it to any HTML served under
// /__csp/) loads dist/ruta-widgets.js and renders each element on the Ibagué feed in an
// iframe. The page records `securitypolicyviolation` events and the browser POSTs reports to
// /__csp/report (report-uri): both must stay empty, and every element must draw its content.
// A positive control (an inline style attribute the policy blocks) proves both channels work.
// Firefox ESR ignores `require-trusted-types-for` where it lacks Trusted Types; the rest holds.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { IBAGUE_URL, until } from '../support/element.js';
import { ELEMENTS, REQUIRED } from './elements.js';


interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
  line: number;
}
interface PageState {
  violations: Violation[];
  rendered: string[];
  done: boolean;
  error: string;
}

const reports = (clear = false) => executeServerCommand('csp-reports', { clear }) as Promise<string[]>;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Reports travel in their own POST after the violation: give them time to arrive. */
const settleReports = () => sleep(600);

let frame: HTMLIFrameElement;

async function open(url: string): Promise<Window & { rutaCsp?: PageState }> {
  frame = document.createElement('iframe');
  frame.title = 'CSP';
  frame.style.cssText = 'display:block;width:760px;height:600px;border:0';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as Window & { rutaCsp?: PageState };
}

/** The element has left loading and drawn something visible inside its shadow root. */
function drawn(el: Element | null): boolean {
  const root = el?.shadowRoot;
  if (!root || root.querySelector('[aria-busy="true"]')) return false;
  const frameBox = root.querySelector('[part~="base"]')?.getBoundingClientRect();
  return (root.textContent ?? '').trim().length > 0 && !!frameBox && frameBox.height > 0 && frameBox.width > 0;
}

describe('strict Content-Security-Policy', () => {
  before(async () => {
    const res = await fetch('/dist/ruta-widgets.js', { method: 'HEAD' });
    if (!res.ok) throw new Error('dist/ruta-widgets.js is missing: run `npm run build` first (npm test does)');
  });
  beforeEach(async () => {
    await reports(true);
  });
  afterEach(() => frame?.remove());

  it('sends the policy with pages under /__csp/', async () => {
    const res = await fetch('/__csp/test/security/csp-page.html');
    expect(res.headers.get('content-security-policy')).to.match(
      /^default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; report-uri /,
    );
  });

  it('sees a violation when there is one (positive control)', async () => {
    const win = await open(`/__csp/test/security/csp-page.html?control&tags=&src=${IBAGUE_URL}`);
    await until(() => !!win.rutaCsp?.done, 5000, 'the page script');
    await until(() => win.rutaCsp!.violations.length > 0, 3000, 'the violation event');
    expect(win.rutaCsp!.violations.map((v) => v.directive)[0]).to.match(/^style-src/);
    await settleReports();
    const got = await reports();
    expect(got.length, 'a report reached the server').to.be.greaterThan(0);
    expect(got.join('\n')).to.contain('style-src');
  });

  it('renders every element of the bundle on the Ibagué feed with zero violations', async () => {
    const win = await open(`/__csp/test/security/csp-page.html?tags=${ELEMENTS.join(',')}&src=${IBAGUE_URL}`);
    await until(() => !!win.rutaCsp?.done, 5000, 'the page script');
    const state = win.rutaCsp!;
    expect(state.error).to.equal('');
    expect(state.rendered).to.include.members(REQUIRED);
    const doc = frame.contentDocument!;
    for (const tag of state.rendered) {
      await until(() => drawn(doc.querySelector(tag)), 8000, `<${tag}> to draw`);
      const root = doc.querySelector(tag)!.shadowRoot!;
      expect(root.querySelector('[role="alert"]'), `${tag} shows no error`).to.equal(null);
      expect(root.querySelector('[part~="chart"]'), `${tag} draws its chart`).to.not.equal(null);
    }
    await settleReports();
    expect(state.violations).to.deep.equal([]);
    expect(await reports()).to.deep.equal([]);
  });

  it('the built embed page (dist/embed.html) renders under the policy with zero violations', async () => {
    for (const widget of REQUIRED) {
      await open(`/__csp/dist/embed.html?widget=${widget}&src=${IBAGUE_URL}`);
      await until(() => drawn(frame.contentDocument!.querySelector(widget)), 8000, `${widget} to draw in the embed page`);
      // The page's own stylesheet applied (a blocked inline <style> would leave the body's margin).
      expect(frame.contentWindow!.getComputedStyle(frame.contentDocument!.body).marginTop).to.equal('0px');
      frame.remove();
    }
    await settleReports();
    expect(await reports()).to.deep.equal([]);
  });
});
