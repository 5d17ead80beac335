// Shared by the security tests: rendering every element of elements.ts at once, walking every
// shadow root for injected markup, the page hooks a running payload would trip, and the
// feed's string fields by kind.
import type { Feed } from '../../src/feed/types.js';
import { deepText, nbsp, until } from '../support/element.js';
import { KNOWN_TAGS, SPECS, type Attrs } from './elements.js';
import { HOOK } from './payloads.js';

export interface Widget extends HTMLElement {
  updateComplete: Promise<boolean>;
  data?: unknown;
}

export interface Rendered {
  readonly widgets: Widget[];
  /** `tag[attr=value…]` per widget, for messages. */
  readonly names: string[];
  readonly host: HTMLElement;
  remove(): void;
}

/** Where the widget's data comes from: an object (the `data` property) or a URL. */
export type Source = { readonly data: unknown } | { readonly src: string };

const describeAttrs = (tag: string, a: Attrs) => tag + Object.entries(a).map(([k, v]) => `[${k}=${v}]`).join('');

/**
 * Renders one element per instance of every spec (or the given list), eager, in a fixed-width
 * container on the page, and waits until none is loading.
 */
export async function renderAll(
  source: Source,
  list: readonly { tag: string; attrs: Attrs }[],
  options: { lang?: string; width?: number; timeout?: number } = {},
): Promise<Rendered> {
  const host = document.createElement('div');
  host.style.width = `${options.width ?? 720}px`;
  const widgets: Widget[] = [];
  for (const { tag, attrs } of list) {
    const el = document.createElement(tag) as Widget;
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    el.setAttribute('loading', 'eager');
    if (options.lang) el.setAttribute('lang', options.lang);
    if ('data' in source) el.data = source.data;
    else el.setAttribute('src', source.src);
    host.append(el);
    widgets.push(el);
  }
  document.body.append(host);
  await until(() => widgets.every((w) => w.shadowRoot?.querySelector('[aria-busy="false"]')), options.timeout ?? 10_000, 'the widgets to load');
  await Promise.all(widgets.map((w) => w.updateComplete));
  return { widgets, names: list.map((i) => describeAttrs(i.tag, i.attrs)), host, remove: () => host.remove() };
}

/** Every instance of every element for this feed. */
export function instancesFor(feed: Feed): { tag: string; attrs: Attrs }[] {
  return SPECS.flatMap((e) => e.instances(feed).map((attrs) => ({ tag: e.tag, attrs })));
}

/** Opens the data table of a widget showing data, so its text counts too. */
export async function openTable(w: Widget): Promise<void> {
  const toggle = w.shadowRoot!.querySelector<HTMLButtonElement>('[part~="table-toggle"]');
  if (toggle && toggle.getAttribute('aria-expanded') !== 'true') {
    toggle.click();
    await w.updateComplete;
  }
}

/** What a widget shows: `chart` (data), `status` (error, empty or no match) or `blank`. */
export function shown(w: Widget): 'chart' | 'error' | 'status' | 'blank' {
  const root = w.shadowRoot!;
  if (root.querySelector('[part~="chart"]')) return 'chart';
  const status = root.querySelector('[part~="status"]');
  if (status && deepText(status).length > 0) return status.getAttribute('role') === 'alert' ? 'error' : 'status';
  return 'blank';
}

/** Same whitespace rules as `deepText`, for comparing a payload with what is shown. */
export const norm = (s: string) => nbsp(s).replace(/\s+/g, ' ').trim();

/** Links a widget may draw: http(s), mailto, and its own in-page anchors (`#h-0`, never from the feed). */
const SAFE_HREF = /^(?:https?:\/\/|mailto:|#[A-Za-z0-9_-]+$)/i;
const URL_ATTRS = ['href', 'xlink:href', 'src', 'srcdoc', 'action', 'formaction', 'data', 'srcset', 'background', 'poster', 'ping'];

/**
 * Everything in a widget's shadow roots (nested ones too) that a payload could have injected:
 * unknown tags, event-handler attributes, unsafe links, URL-bearing attributes, styles with
 * url() or expression().
 */
export function injected(root: Element): string[] {
  const problems: string[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      const tag = el.localName.toLowerCase();
      // Our own widgets may nest (the whole report holds the others); their roots are walked too.
      if (!KNOWN_TAGS.has(tag) && !SPECS.some((e) => e.tag === tag)) problems.push(`<${tag}> element`);
      for (const attr of el.attributes) {
        const name = attr.name.toLowerCase();
        if (name.startsWith('on')) problems.push(`${name} attribute on <${tag}>`);
        if (name === 'href' || name === 'xlink:href') {
          if (!SAFE_HREF.test(attr.value)) problems.push(`${name}=${JSON.stringify(attr.value)} on <${tag}>`);
        } else if (URL_ATTRS.includes(name)) problems.push(`${name} attribute on <${tag}>`);
        if (name === 'style' && /url\s*\(|expression\s*\(|@import|binding|behavior/i.test(attr.value)) problems.push(`style=${JSON.stringify(attr.value)}`);
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (root.shadowRoot) visit(root.shadowRoot);
  return problems;
}

/** The page-level traps: anything a payload does when it runs. */
export interface Hooks {
  /** Every trap that fired, with what it was given. */
  readonly fired: string[];
  /** Page-level markup added outside our own widgets and containers. */
  readonly pageInjections: string[];
  /** Uncaught errors and rejections. */
  readonly uncaught: string[];
  /** Console calls at error level, and any console call naming the hook. */
  readonly console: string[];
  restore(): void;
}

type Win = Window & Record<string, unknown>;

/**
 * Installs the traps: alert/confirm/prompt/print, the payloads' hook function, a global flag
 * with a setter, console spies, a CSP violation listener, window error listeners, and a
 * MutationObserver on the whole document.
 */
export function installHooks(ours: (el: Element) => boolean): Hooks {
  const w = window as unknown as Win;
  const fired: string[] = [];
  const pageInjections: string[] = [];
  const uncaught: string[] = [];
  const consoleCalls: string[] = [];
  const saved: Record<string, unknown> = {};
  const trap = (name: string) => (...args: unknown[]) => {
    fired.push(`${name}(${args.map(String).join(', ')})`);
    return name === 'confirm' ? false : name === 'prompt' ? null : undefined;
  };
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    saved[name] = w[name];
    w[name] = trap(name);
  }
  w[HOOK] = trap(HOOK);
  Object.defineProperty(w, '__rutaFlag', { configurable: true, get: () => undefined, set: (v) => fired.push(`__rutaFlag=${String(v)}`) });
  const levels = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const savedConsole = levels.map((l) => console[l]);
  for (const l of levels) {
    const original = console[l];
    console[l] = (...args: unknown[]) => {
      const text = args.map(String).join(' ');
      if (l === 'error' || text.includes(HOOK) || text.includes('rutaFlag')) consoleCalls.push(`console.${l}: ${text.slice(0, 200)}`);
      original.apply(console, args);
    };
  }
  const onViolation = (e: SecurityPolicyViolationEvent) => fired.push(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
  const onError = (e: ErrorEvent) => uncaught.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(`unhandledrejection: ${String(e.reason)}`);
  document.addEventListener('securitypolicyviolation', onViolation);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'childList') {
        for (const n of r.addedNodes) {
          if (n instanceof Element && !ours(n)) pageInjections.push(`<${n.localName}> added to <${(r.target as Element).localName ?? '#document'}>`);
        }
      } else if (r.type === 'attributes' && r.attributeName?.toLowerCase().startsWith('on')) {
        pageInjections.push(`${r.attributeName} set on <${(r.target as Element).localName}>`);
      }
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
  return {
    fired,
    pageInjections,
    uncaught,
    console: consoleCalls,
    restore() {
      observer.disconnect();
      for (const [name, v] of Object.entries(saved)) w[name] = v;
      delete w[HOOK];
      delete w.__rutaFlag;
      levels.forEach((l, i) => (console[l] = savedConsole[i]!));
      document.removeEventListener('securitypolicyviolation', onViolation);
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Our own additions to the page: the containers and the widgets of elements.ts. */
export const isOurs = (el: Element) => (el.localName === 'div' && el.parentElement === document.body) || SPECS.some((e) => e.tag === el.localName);

// ---------------------------------------------------------------------------------------------
// The feed's string fields.

export type Segment = string | number;

/**
 * What the schema lets a string field hold: `text` (any non-blank text: titles, labels, notes,
 * offices…), or a constrained kind the schema checks (links, dates, enums, ids…).
 */
export type FieldKind = 'text' | 'link' | 'date' | 'enum' | 'indicator-id' | 'entry-id' | 'language' | 'currency' | 'schema-ref';

const DATE_KEYS = new Set(['date', 'cutDate', 'baselineDate', 'published', 'start', 'end']);
const ENUM_KEYS = new Set(['kind', 'status', 'cadence', 'format']);

export interface Field {
  readonly path: readonly Segment[];
  readonly kind: FieldKind;
}

function kindOf(path: readonly Segment[]): FieldKind {
  const key = [...path].reverse().find((s): s is string => typeof s === 'string')!;
  if (path.length === 1 && key === '$schema') return 'schema-ref';
  if (key === 'url') return 'link';
  if (DATE_KEYS.has(key)) return 'date';
  if (ENUM_KEYS.has(key)) return 'enum';
  if (key === 'currency') return 'currency';
  if (key === 'language') return 'language';
  if (key === 'id') return path[0] === 'indicators' && path.length === 3 ? 'indicator-id' : 'entry-id';
  return 'text';
}

/** Every string value of a feed, with its path and kind. */
export function stringFields(feed: unknown): Field[] {
  const out: Field[] = [];
  const walk = (v: unknown, path: Segment[]) => {
    if (typeof v === 'string') out.push({ path, kind: kindOf(path) });
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(feed, []);
  return out;
}

/** Sets the value at a path (which must exist up to its last segment). */
export function setAt(root: unknown, path: readonly Segment[], value: unknown): void {
  let v = root as Record<Segment, unknown>;
  for (const seg of path.slice(0, -1)) v = v[seg] as Record<Segment, unknown>;
  v[path.at(-1)!] = value;
}

// ---------------------------------------------------------------------------------------------
// Serving feeds through the scripted feed server (test/support/feed-server.js).

export interface Reply {
  status?: number;
  body?: string;
  headers?: Record<string, string>;
}

let served = 0;

/** Serves a body (or a feed, as JSON) at a fresh same-origin path; returns the path. */
export async function serve(body: string | Reply | unknown, prefix = 'sec'): Promise<string> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  const path = `/__feed/${prefix}-${Date.now()}-${served++}.json`;
  const reply: Reply =
    typeof body === 'string' ? { body } : body && typeof body === 'object' && 'body' in body ? (body as Reply) : { body: JSON.stringify(body) };
  await executeServerCommand('feed-server', { action: 'script', path, replies: [reply] });
  return path;
}
