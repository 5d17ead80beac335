// Every element the one-file bundle (src/ruta-widgets.ts) may define, in one place for the
// security tests. The first three always exist; the others are rendered as soon as the bundle
// registers them (`customElements.get` in the page decides), so these tests cover each new
// element the day it is added to the bundle.
import type { Feed, IndicatorKind } from '../../src/feed/types.js';
import type { Lang } from '../../src/format/locale.js';

export const ELEMENTS = [
  'commitment-progress',
  'contract-platform-chart',
  'attendance-breakdown',
  'event-timeline',
  'territory-breakdown',
  'indicator-figure',
  'evidence-list',
  'transparency-report',
] as const;

/** The elements that must be there in any case. */
export const REQUIRED: readonly string[] = ['commitment-progress', 'contract-platform-chart', 'attendance-breakdown'];

// ---------------------------------------------------------------------------------------------
// How to render each element so that together they show every indicator of a feed, and its
// pure layout (injection, malformed and property tests). Adding an element is one entry.

export type Attrs = Readonly<Record<string, string>>;

export interface ElementSpec {
  readonly tag: string;
  /** Imports (and so defines) the element. */
  readonly load: () => Promise<unknown>;
  /** One attribute set per element to render, so that together they show all of the feed. */
  readonly instances: (feed: Feed) => Attrs[];
  /** Every layout the element would compute for this feed, language and chart width. */
  readonly layouts: (feed: Feed, lang: Lang, width: number) => Promise<unknown[]>;
}

/** One element per indicator of `kind` (by `indicator` id), times each extra attribute set. */
export const perIndicator =
  (kind: IndicatorKind, variants: Attrs[] = [{}]) =>
  (feed: Feed): Attrs[] => {
    const ids = [...new Set((feed.indicators ?? []).filter((i) => i.kind === kind).map((i) => i.id))];
    return ids.flatMap((id) => variants.map((v) => ({ indicator: id, ...v })));
  };

/** Every indicator of `kind` in a feed (duplicates of an id included). */
export const ofKind = <K extends IndicatorKind>(feed: Feed, kind: K) =>
  (feed.indicators ?? []).filter((i): i is Extract<typeof i, { kind: K }> => i.kind === kind);

export const SPECS: readonly ElementSpec[] = [
  {
    tag: 'commitment-progress',
    load: () => import('../../src/components/commitment-progress/commitment-progress.js'),
    instances: () => [{}],
    layouts: async (feed, lang) => {
      const { layoutCommitments } = await import('../../src/components/commitment-progress/commitment-progress.layout.js');
      return [layoutCommitments(feed, { lang }), layoutCommitments(feed, { lang, groupBy: 'status' })];
    },
  },
  {
    tag: 'contract-platform-chart',
    load: () => import('../../src/components/contract-platform-chart/contract-platform-chart.js'),
    instances: perIndicator('contract-platforms'),
    layouts: async (feed, lang, width) => {
      const { layoutContractPlatforms, VARIANTS } = await import('../../src/components/contract-platform-chart/contract-platform-chart.layout.js');
      return ofKind(feed, 'contract-platforms').flatMap((i) => VARIANTS.map((variant) => layoutContractPlatforms(i, { lang, width, variant })));
    },
  },
  {
    tag: 'attendance-breakdown',
    load: () => import('../../src/components/attendance-breakdown/attendance-breakdown.js'),
    instances: perIndicator('attendance'),
    layouts: async (feed, lang, width) => {
      const { layoutAttendance, VARIANTS } = await import('../../src/components/attendance-breakdown/attendance-breakdown.layout.js');
      return ofKind(feed, 'attendance').flatMap((i) => VARIANTS.map((variant) => layoutAttendance(i, { lang, width, variant })));
    },
  },
  {
    tag: 'event-timeline',
    load: () => import('../../src/components/event-timeline/event-timeline.js'),
    instances: perIndicator('events'),
    layouts: async (feed, lang) => {
      const { layoutTimeline } = await import('../../src/components/event-timeline/event-timeline.layout.js');
      return ofKind(feed, 'events').map((i) => layoutTimeline(i, feed.report, lang));
    },
  },
  {
    tag: 'territory-breakdown',
    load: () => import('../../src/components/territory-breakdown/territory-breakdown.js'),
    instances: perIndicator('territory-counts'),
    layouts: async (feed, lang, width) => {
      const { layoutTerritories, SORTS } = await import('../../src/components/territory-breakdown/territory-breakdown.layout.js');
      return ofKind(feed, 'territory-counts').flatMap((i) => SORTS.map((sort) => layoutTerritories(i, { lang, width, sort })));
    },
  },
  {
    tag: 'indicator-figure',
    load: () => import('../../src/components/indicator-figure/indicator-figure.js'),
    instances: perIndicator('figure'),
    layouts: async (feed, lang, width) => {
      const { layoutFigure } = await import('../../src/components/indicator-figure/indicator-figure.layout.js');
      return ofKind(feed, 'figure').map((i) => layoutFigure(i, feed, lang, width));
    },
  },
  {
    tag: 'evidence-list',
    load: () => import('../../src/components/evidence-list/evidence-list.js'),
    // Each links indicator, and each commitment's own evidence.
    instances: (feed) => [...perIndicator('links')(feed), ...feed.commitments.filter((c) => c.evidence?.length).map((c) => ({ commitment: String(c.number) }))],
    layouts: async (feed, lang) => {
      const { layoutEvidence } = await import('../../src/components/evidence-list/evidence-list.layout.js');
      return [...ofKind(feed, 'links').map((i) => layoutEvidence(feed, { lang, indicator: i.id })), ...feed.commitments.map((c) => layoutEvidence(feed, { lang, commitment: c.number }))];
    },
  },
  {
    tag: 'transparency-report',
    load: () => import('../../src/components/transparency-report/transparency-report.js'),
    instances: () => [{}],
    layouts: async (feed, lang) => {
      const { layoutReport } = await import('../../src/components/transparency-report/transparency-report.layout.js');
      return [layoutReport(feed, lang)];
    },
  },
];

/** Loads every element of SPECS. */
export const loadAll = () => Promise.all(SPECS.map((e) => e.load()));

/**
 * Tags a widget's shadow root may hold. Anything else (script, img, iframe, math, style, a custom
 * element…) was injected. Extend it when a new element draws with another harmless tag.
 */
export const KNOWN_TAGS = new Set(
  (
    'section div span p ul ol li b strong em i small dl dt dd a button label select option table caption thead tbody tfoot tr th td ' +
    'details summary code time figure figcaption abbr br hr h1 h2 h3 h4 h5 h6 header footer nav meter progress slot ' +
    'svg g rect line path circle ellipse polyline polygon text tspan title desc clippath lineargradient stop defs mask pattern'
  ).split(' '),
);

/**
 * One render that shows everything the elements can show of a feed: the whole report (it draws
 * every indicator with the element of its kind), plus the standalone elements in the variants
 * the report does not use (commitment lists grouped, a commitment's evidence list, bars, stacked
 * bars, territories by name).
 */
export const ROTATION_INSTANCES = (feed: Feed): { tag: string; attrs: Attrs }[] =>
  [
    ['transparency-report', [{}]],
    ['commitment-progress', [{}, { 'group-by': 'office' }, { 'group-by': 'status' }]],
    ['evidence-list', feed.commitments.filter((c) => c.evidence?.length).map((c) => ({ commitment: String(c.number) }))],
    ['contract-platform-chart', perIndicator('contract-platforms', [{ variant: 'bars' }])(feed)],
    ['attendance-breakdown', perIndicator('attendance', [{ variant: 'stacked' }])(feed)],
    ['territory-breakdown', perIndicator('territory-counts', [{ sort: 'name' }])(feed)],
  ].flatMap(([tag, list]) => (list as Attrs[]).map((attrs) => ({ tag: tag as string, attrs })));
