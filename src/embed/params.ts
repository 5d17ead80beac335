/**
 * The iframe embed's query string, read as plain data: which widget, which of its public
 * attributes, and what went wrong, in Spanish or English. Nothing here touches the DOM, so the
 * rules are tested without a page.
 */
import { resolveLang, type Lang } from '../format/locale.js';

/** Attributes every widget has (see the `@attr` lines of each element's class JSDoc). */
const COMMON = ['src', 'refresh', 'lang', 'theme', 'label', 'heading-level'] as const;

/**
 * The allow-list: each embeddable element and its public attributes. A query parameter not
 * listed for the chosen widget is refused rather than ignored, so a typo (`varient=bars`) shows
 * on the page instead of silently doing nothing.
 */
export const EMBED_WIDGETS = {
  'commitment-progress': [...COMMON, 'commitment', 'office', 'status', 'group-by'],
  'contract-platform-chart': [...COMMON, 'indicator', 'variant'],
  'attendance-breakdown': [...COMMON, 'indicator', 'variant'],
  'event-timeline': [...COMMON, 'indicator'],
  'territory-breakdown': [...COMMON, 'indicator', 'sort'],
  'indicator-figure': [...COMMON, 'indicator'],
  'evidence-list': [...COMMON, 'indicator', 'commitment', 'kind'],
  'transparency-report': [...COMMON],
} as const satisfies Record<string, readonly string[]>;

export type EmbedWidget = keyof typeof EMBED_WIDGETS;

/** Parameters of the embed page itself, never passed to the element. */
export const PAGE_PARAMS = ['widget', 'id'] as const;

export type EmbedError =
  | { readonly code: 'missing-widget' }
  | { readonly code: 'unknown-widget'; readonly widget: string }
  | { readonly code: 'unknown-param'; readonly name: string; readonly widget: EmbedWidget }
  | { readonly code: 'duplicate-param'; readonly name: string }
  | { readonly code: 'missing-src' }
  | { readonly code: 'bad-url'; readonly value: string };

interface Common {
  /** The `id` parameter, echoed in every height message; `null` when absent. */
  readonly id: string | null;
  /** The language of the page's own messages: the `lang` parameter, else Spanish. */
  readonly lang: Lang;
}

export type EmbedConfig =
  | (Common & {
      readonly ok: true;
      readonly widget: EmbedWidget;
      /** Attribute name and value pairs, in query order; `src` already absolute. */
      readonly attributes: readonly (readonly [string, string])[];
    })
  | (Common & { readonly ok: false; readonly errors: readonly EmbedError[] });

export const isEmbedWidget = (name: string): name is EmbedWidget => Object.hasOwn(EMBED_WIDGETS, name);

/**
 * Resolves a feed URL against the embed page's URL; `undefined` unless the result is http(s).
 * Relative URLs (`feeds/x.json`, `/datos/x.json`) are fine: they resolve on the embed's host.
 */
export function resolveFeedUrl(value: string, base: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim(), base);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}

/**
 * Reads the embed page's query string (`?widget=…&src=…&lang=…`). `base` is the page's own URL,
 * which relative feed URLs resolve against. Every problem is reported, not only the first, so
 * an editor fixes the snippet in one go.
 */
export function parseEmbedParams(query: string | URLSearchParams, base: string): EmbedConfig {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const lang = resolveLang(params.get('lang'));
  const id = params.get('id');
  const errors: EmbedError[] = [];

  const seen = new Set<string>();
  for (const name of params.keys()) {
    if (seen.has(name)) {
      if (!errors.some((e) => e.code === 'duplicate-param' && e.name === name)) errors.push({ code: 'duplicate-param', name });
    }
    seen.add(name);
  }

  const widget = params.get('widget');
  if (widget === null || widget.trim() === '') {
    errors.push({ code: 'missing-widget' });
    return { ok: false, id, lang, errors };
  }
  if (!isEmbedWidget(widget)) {
    errors.push({ code: 'unknown-widget', widget });
    return { ok: false, id, lang, errors };
  }

  const allowed: readonly string[] = EMBED_WIDGETS[widget];
  const attributes: (readonly [string, string])[] = [];
  for (const [name, value] of params) {
    if ((PAGE_PARAMS as readonly string[]).includes(name)) continue;
    if (!allowed.includes(name)) {
      if (!errors.some((e) => e.code === 'unknown-param' && e.name === name)) errors.push({ code: 'unknown-param', name, widget });
      continue;
    }
    if (attributes.some(([n]) => n === name)) continue;
    if (name === 'src') {
      const href = resolveFeedUrl(value, base);
      if (href === undefined) errors.push({ code: 'bad-url', value });
      else attributes.push([name, href]);
      continue;
    }
    attributes.push([name, value]);
  }
  if (!params.has('src')) errors.push({ code: 'missing-src' });

  return errors.length > 0 ? { ok: false, id, lang, errors } : { ok: true, id, lang, widget, attributes };
}

/** Long or hostile values are shown shortened, as text. */
const quote = (s: string): string => `«${s.length > 80 ? `${s.slice(0, 79)}…` : s}»`;
const widgetList = (): string => Object.keys(EMBED_WIDGETS).join(', ');

export interface EmbedMessages {
  readonly title: string;
  readonly pageTitle: string;
  readonly error: (e: EmbedError) => string;
}

export const EMBED_MESSAGES: Record<Lang, EmbedMessages> = {
  es: {
    title: 'No se puede mostrar el widget',
    pageTitle: 'Indicador de transparencia',
    error: (e) => {
      switch (e.code) {
        case 'missing-widget':
          return `Falta el parámetro «widget». Use uno de: ${widgetList()}.`;
        case 'unknown-widget':
          return `El widget ${quote(e.widget)} no existe. Use uno de: ${widgetList()}.`;
        case 'unknown-param':
          return `El parámetro ${quote(e.name)} no es un atributo de <${e.widget}>. Se admiten: ${EMBED_WIDGETS[e.widget].join(', ')}, además de «id».`;
        case 'duplicate-param':
          return `El parámetro ${quote(e.name)} aparece más de una vez.`;
        case 'missing-src':
          return 'Falta el parámetro «src» con la dirección del feed (una URL http o https).';
        case 'bad-url':
          return `La dirección del feed ${quote(e.value)} no es válida: debe ser una URL http o https.`;
      }
    },
  },
  en: {
    title: 'The widget cannot be shown',
    pageTitle: 'Transparency indicator',
    error: (e) => {
      switch (e.code) {
        case 'missing-widget':
          return `The «widget» parameter is missing. Use one of: ${widgetList()}.`;
        case 'unknown-widget':
          return `There is no widget ${quote(e.widget)}. Use one of: ${widgetList()}.`;
        case 'unknown-param':
          return `The parameter ${quote(e.name)} is not an attribute of <${e.widget}>. Allowed: ${EMBED_WIDGETS[e.widget].join(', ')}, and «id».`;
        case 'duplicate-param':
          return `The parameter ${quote(e.name)} appears more than once.`;
        case 'missing-src':
          return 'The «src» parameter with the feed address (an http or https URL) is missing.';
        case 'bad-url':
          return `The feed address ${quote(e.value)} is not valid: it must be an http or https URL.`;
      }
    },
  },
};

/** What the embed page posts to its parent whenever its height changes. */
export interface EmbedHeightMessage {
  readonly type: 'ruta-embed-height';
  readonly id: string | null;
  readonly height: number;
}

export const EMBED_HEIGHT_TYPE = 'ruta-embed-height';

/** The height message, in whole CSS pixels rounded up so the content is never cut off. */
export const heightMessage = (id: string | null, height: number): EmbedHeightMessage => ({
  type: EMBED_HEIGHT_TYPE,
  id,
  height: Math.ceil(height),
});
