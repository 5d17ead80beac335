/**
 * The iframe embed page (`embed.html?widget=…&src=…`): reads the query string, puts one element
 * (or a message saying what is wrong) on the page, and posts the page's height to the parent
 * whenever it changes, so the parent's snippet (`parent.ts`) sizes the iframe to fit.
 *
 * Elements are made with `createElement` and `setAttribute` only; the query string never
 * reaches HTML parsing. Only the requested element's module is loaded.
 */
import { EMBED_MESSAGES, heightMessage, parseEmbedParams, type EmbedConfig, type EmbedWidget } from './params.js';

const LOADERS: Record<EmbedWidget, () => Promise<unknown>> = {
  'commitment-progress': () => import('../components/commitment-progress/commitment-progress.js'),
  'contract-platform-chart': () => import('../components/contract-platform-chart/contract-platform-chart.js'),
  'attendance-breakdown': () => import('../components/attendance-breakdown/attendance-breakdown.js'),
  'event-timeline': () => import('../components/event-timeline/event-timeline.js'),
  'territory-breakdown': () => import('../components/territory-breakdown/territory-breakdown.js'),
  'indicator-figure': () => import('../components/indicator-figure/indicator-figure.js'),
  'evidence-list': () => import('../components/evidence-list/evidence-list.js'),
  'transparency-report': () => import('../components/transparency-report/transparency-report.js'),
};

/** The message shown instead of a widget; `role="alert"` so it is announced, too. */
function renderErrors(doc: Document, config: Extract<EmbedConfig, { ok: false }>): HTMLElement {
  const t = EMBED_MESSAGES[config.lang];
  const box = doc.createElement('div');
  box.className = 'ruta-embed-error';
  box.setAttribute('role', 'alert');
  const title = doc.createElement('p');
  title.className = 'ruta-embed-error__title';
  title.textContent = t.title;
  const list = doc.createElement('ul');
  for (const e of config.errors) {
    const li = doc.createElement('li');
    li.textContent = t.error(e);
    list.append(li);
  }
  box.append(title, list);
  return box;
}

/**
 * Posts the body's height to the parent on every change (a ResizeObserver sees the element
 * loading, laying out for a new width, or switching language) and once more on `load`. The
 * body is `display: flow-root` with no margin (see embed.html), so its box holds all content.
 * The target origin is `*`: the height is not secret and the embedding site is not known here.
 */
function reportHeight(win: Window, id: string | null): void {
  if (win.parent === win) return;
  const body = win.document.body;
  const post = () => win.parent.postMessage(heightMessage(id, body.getBoundingClientRect().height), '*');
  new ResizeObserver(post).observe(body);
  win.addEventListener('load', post);
}

/** Sets up the embed page in `win` from its own URL. */
export async function mountEmbed(win: Window = window): Promise<void> {
  const doc = win.document;
  const config = parseEmbedParams(win.location.search, win.location.href);
  doc.documentElement.lang = config.lang;
  doc.title = EMBED_MESSAGES[config.lang].pageTitle;
  reportHeight(win, config.id);
  if (!config.ok) {
    doc.body.append(renderErrors(doc, config));
    return;
  }
  await LOADERS[config.widget]();
  const el = doc.createElement(config.widget);
  for (const [name, value] of config.attributes) el.setAttribute(name, value);
  doc.body.append(el);
}

void mountEmbed();
