// Shared helpers for element tests: the Ibagué feed, waiting for a widget to settle, reading
// text across shadow roots, and checking every state with axe-core.
import { elementUpdated, expect, fixture } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { Feed } from '../../src/feed/types.js';

// A CSV download in a test must not reach the browser: Firefox then stops sending focus events
// to every later test page (keyboard tests of other files failed only in a full run). The
// `ruta-download` event and the CSV text are what the tests check.
document.addEventListener(
  'click',
  (e) => {
    const target = e.composedPath()[0];
    if (target instanceof HTMLAnchorElement && target.hasAttribute('download')) e.preventDefault();
  },
  true,
);

let ibague: Promise<Feed> | undefined;

/** The demo's Ibagué 2020 feed, as an object (a fresh copy each call, safe to mutate). */
export async function ibagueFeed(): Promise<Feed> {
  ibague ??= fetch('/demo/feeds/ibague-2020.json').then((r) => r.json() as Promise<Feed>);
  return structuredClone(await ibague);
}

/** The feed's URL on the test server (same origin). */
export const IBAGUE_URL = '/demo/feeds/ibague-2020.json';

export const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

/** Waits until `test()` is true (polling), then for the element's pending update. */
export async function until(test: () => boolean, ms = 5000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

interface Frame extends HTMLElement {
  updateComplete: Promise<boolean>;
  renderRoot: HTMLElement | DocumentFragment;
}

/** Renders a widget and waits until it has left the loading state. */
export async function settled<T extends Frame>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  await until(() => !el.shadowRoot?.querySelector('[aria-busy="true"]'), 5000, 'the widget to load');
  await elementUpdated(el);
  return el;
}

/** All text of a node, shadow roots included, with whitespace collapsed and nbsp as spaces. */
export function deepText(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
    if (n instanceof HTMLElement && n.hidden) return;
    for (const c of n.childNodes) walk(c);
  };
  walk(node);
  return nbsp(parts.join(' ')).replace(/\s+/g, ' ').trim();
}

export const $ = <E extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<E>(sel);
export const $$ = <E extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<E>(sel)];

/** axe-core finds nothing in the element (its shadow root included). */
export async function expectAccessible(el: Element): Promise<void> {
  await expect(el).to.be.accessible();
}

/**
 * Sets the element's width and waits for a new layout. The viewport grows when needed: the
 * host has `max-width: 100%`.
 */
export async function resize(el: Frame, width: number): Promise<void> {
  if (width + 40 > window.innerWidth) await setViewport({ width: width + 40, height: Math.max(window.innerHeight, 800) });
  el.style.width = `${width}px`;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
}
