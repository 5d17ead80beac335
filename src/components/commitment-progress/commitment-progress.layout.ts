/**
 * Commitments and their progress: feed + options → view model. Pure (no DOM) and never mutates
 * the feed; the element only draws what this returns.
 *
 * Two kinds of progress sit side by side and are never merged: the progress the publisher
 * *declares* (`commitment.progress`) and the progress its evidence *measures* (an `events`
 * indicator of that commitment with a promised cadence, over the report's period: four monthly
 * meetings in a year hold 4 of 12 months, 33 %). Where both exist both show, and where they
 * differ a note says so. A commitment with no declared status says "Sin estado declarado";
 * nothing here ever invents a status or a progress.
 */
import { PROGRESS_TOLERANCE } from '../../feed/consistency.js';
import { cadenceCoverage } from '../../feed/measures.js';
import { translated } from '../../feed/pick.js';
import { LINK_PATTERN, STATUSES } from '../../feed/schema.js';
import type { Cadence, Commitment, EvidenceKind, Feed } from '../../feed/types.js';
import { INTL_LOCALE, type Lang } from '../../format/locale.js';
import { formatDate, formatNumber, formatPercent } from '../../format/number.js';
import type { ChartModel } from '../../internal/ruta-element.js';
import { estimateTextWidth } from '../../viz/text.js';
import { COMMITMENT_MESSAGES, type StatusKey } from './commitment-progress.messages.js';

export type { StatusKey } from './commitment-progress.messages.js';
export type GroupBy = 'office' | 'status';

/** The fixed scale, in its order, then "no status declared". */
export const STATUS_KEYS: readonly StatusKey[] = [...STATUSES, 'none'];
export const GROUP_BYS: readonly GroupBy[] = ['office', 'status'];

/** Texts longer than this many (estimated) lines are clamped behind "ver más". */
export const CLAMP_LINES = 3;
/** Font size of a commitment's text, in pixels (1rem). */
const TEXT_FONT = 16;
/** Horizontal padding and border of one item (commitment-progress.styles.ts), in pixels. */
const ITEM_INSET = 2 * 12 + 2;
/**
 * Text widths are estimates: a text is clamped only when it runs clearly past `CLAMP_LINES` (by
 * this many lines), so a "ver más" that reveals nothing is rare; a text just over shows whole.
 */
const CLAMP_MARGIN = 0.5;
/**
 * From this width (of the list, in pixels) an item puts its text in a column beside its status
 * and progress; the text column takes `WIDE_TEXT` of the item (see `.wide` in the styles).
 */
export const WIDE_FROM = 680;
const WIDE_TEXT = 0.6;
const WIDE_GAP = 24;

export interface LayoutOptions {
  readonly lang: Lang;
  /** Width available for the list, in CSS pixels. */
  readonly width: number;
  /** Show only this commitment (the `commitment` attribute, as given). */
  readonly commitment?: number | string | null | undefined;
  /** Show only commitments of this office (matched ignoring case, accents and spacing). */
  readonly office?: string | null | undefined;
  /** Show only commitments with this status (`none`: no status declared). Unknown values are ignored. */
  readonly status?: string | null | undefined;
  /** `office` or `status`; anything else: one ungrouped list. */
  readonly groupBy?: string | null | undefined;
}

/** One measurement of a commitment's progress by an events indicator with a cadence. */
export interface Measure {
  readonly indicator: string;
  readonly indicatorTitle: string;
  readonly cadence: Cadence;
  readonly held: number;
  readonly expected: number;
  /** held / expected, 0–100. */
  readonly progress: number;
  /** "33 %" */
  readonly valueText: string;
  /** "4 de 12 meses" */
  readonly detail: string;
}

/** A progress bar: declared or measured. Keyboard-focusable, with a tooltip. */
export interface Meter {
  readonly key: string;
  readonly which: 'declared' | 'measured';
  /** 0–100, for the bar's width and `aria-valuenow`. */
  readonly value: number;
  /** "Declarado" / "Medido": the bar's visible label. */
  readonly shortLabel: string;
  /** Accessible name: "Avance medido del compromiso 7". */
  readonly label: string;
  /** `aria-valuetext` and the value shown: "33 % (4 de 12 meses)". */
  readonly valueText: string;
  /** The same sentence for pointer and keyboard. */
  readonly tip: string;
}

export interface EvidenceView {
  readonly key: string;
  readonly label: string;
  readonly kind: EvidenceKind;
  readonly kindLabel: string;
  /** Formatted date, when the feed gives one. */
  readonly date?: string;
  /** Only for http(s) and mailto links. */
  readonly href?: string;
  /** A URL that is not a safe link, kept as plain text. */
  readonly rejectedUrl?: string;
}

export interface CommitmentItem {
  /** Unique within the view (a commitment with two offices appears in both groups). */
  readonly key: string;
  /** Position in the feed's list: the same commitment in two groups shares it. */
  readonly index: number;
  readonly number: number;
  readonly numberLabel: string;
  /** "Compromiso 7" */
  readonly heading: string;
  readonly title?: string;
  /** Set when `title` is in the feed's own language and that differs from the reader's. */
  readonly titleLang?: string;
  readonly text: string;
  /** Set when `text` is in the feed's own language and that differs from the reader's. */
  readonly textLang?: string;
  /** The feed's language, for offices and evidence, which feeds never translate. */
  readonly feedLang?: string;
  /** Long texts clamp to `CLAMP_LINES` lines with a "ver más" button. */
  readonly clamp: boolean;
  readonly offices: readonly string[];
  readonly officesLabel: string;
  readonly status: StatusKey;
  readonly statusLabel: string;
  readonly declared?: number;
  readonly measures: readonly Measure[];
  /** "declarado 100 % · medido 33 % (4 de 12 meses)", or "sin avance declarado ni medido". */
  readonly progressText: string;
  readonly meters: readonly Meter[];
  readonly evidence: readonly EvidenceView[];
  /** "Evidencias (4)" */
  readonly evidenceLabel: string;
}

export interface CommitmentGroup {
  readonly key: string;
  /** Absent for the one group of an ungrouped list. */
  readonly heading?: string;
  /** For status groups: the status, so the heading can carry its icon. */
  readonly status?: StatusKey;
  readonly items: readonly CommitmentItem[];
}

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export interface SelectView {
  readonly value: string;
  readonly options: readonly SelectOption[];
}

export interface FiltersView {
  readonly office: SelectView;
  readonly status: SelectView;
  readonly groupBy: SelectView;
  /** A filter narrows the list. */
  readonly active: boolean;
}

export interface CommitmentView {
  /** "2 de 12 compromisos cumplidos" */
  readonly summaryLine: string;
  readonly groups: readonly CommitmentGroup[];
  /** Commitments shown (each counted once). */
  readonly count: number;
  readonly completed: number;
  /** Absent when one commitment is asked for (`commitment="7"`). */
  readonly filters?: FiltersView;
  /** Why nothing shows, when nothing does. */
  readonly empty?: { readonly reason: 'no-commitments' | 'no-match' | 'missing-commitment'; readonly message: string };
  /** One commitment asked for: its evidence opens at once. */
  readonly single: boolean;
  /** Wide enough for the text beside its status and progress. */
  readonly wide: boolean;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Lower case, no accents, single spaces: how an HTML author's `office="…"` is matched. */
export function normalizeName(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The link a reader may follow, or undefined: only absolute http(s) and mailto URLs, as the
 * feed schema allows. Checked again here because layouts take typed data, not validated data:
 * a `javascript:` URL must never become a link, whatever path it took.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (typeof url !== 'string' || !LINK_PATTERN.test(url)) return undefined;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' || protocol === 'mailto:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A percentage with no decimals, unless rounding would reach 0 or 100 when the value does not. */
function roundPercent(value: number, lang: Lang): string {
  const r = Math.round(value);
  const digits = (r === 100 && value < 100) || (r === 0 && value > 0) ? 1 : 0;
  return formatPercent(value, lang, digits);
}

function statusOf(c: Commitment): StatusKey {
  return c.status && (STATUSES as readonly string[]).includes(c.status) ? c.status : 'none';
}

function parseCommitment(value: LayoutOptions['commitment']): number | undefined | null {
  if (value === undefined || value === null || value === '') return undefined;
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  // null: asked for, but not a commitment number at all.
  return Number.isInteger(n) && n > 0 ? n : null;
}

/** Measures of each commitment, from its events indicators with a cadence, over the report period. */
function measuresByCommitment(feed: Feed, lang: Lang): Map<number, Measure[]> {
  const m = COMMITMENT_MESSAGES[lang];
  const out = new Map<number, Measure[]>();
  const { period } = feed.report;
  if (!(period.start <= period.end)) return out;
  for (const ind of feed.indicators ?? []) {
    if (ind.kind !== 'events' || !ind.cadence) continue;
    const coverage = cadenceCoverage({ events: ind.events, cadence: ind.cadence }, period);
    // A period that asks for nothing measures nothing (and must not read as 0 %).
    if (coverage.expected <= 0 || !Number.isFinite(coverage.progress)) continue;
    const list = out.get(ind.commitment) ?? [];
    list.push({
      indicator: ind.id,
      indicatorTitle: translated(ind, 'title', ind.title, lang),
      cadence: ind.cadence,
      held: coverage.held,
      expected: coverage.expected,
      progress: coverage.progress,
      valueText: roundPercent(coverage.progress, lang),
      detail: m.heldOf(formatNumber(coverage.held, lang), formatNumber(coverage.expected, lang), coverage.expected, ind.cadence),
    });
    out.set(ind.commitment, list);
  }
  return out;
}

interface Base {
  readonly index: number;
  readonly commitment: Commitment;
  readonly status: StatusKey;
  readonly declared: number | undefined;
  readonly measures: readonly Measure[];
}

function progressText(b: Base, lang: Lang): string {
  const m = COMMITMENT_MESSAGES[lang];
  const parts: string[] = [];
  if (b.declared !== undefined) parts.push(m.declaredValue(formatPercent(b.declared, lang)));
  for (const x of b.measures) parts.push(m.measuredValue(x.valueText, x.detail));
  return parts.length ? parts.join(' · ') : m.noProgress;
}

interface Context {
  readonly lang: Lang;
  readonly width: number;
  /** The feed's own language, when it differs from the reader's. */
  readonly feedLang: string | undefined;
  readonly wide: boolean;
}

function item(b: Base, key: string, { lang, width, feedLang, wide }: Context): CommitmentItem {
  const m = COMMITMENT_MESSAGES[lang];
  const c = b.commitment;
  const number = formatNumber(c.number, lang, 0);
  const heading = m.commitmentN(number);
  const text = translated(c, 'text', c.text, lang);
  const title = c.title !== undefined ? translated(c, 'title', c.title, lang) : undefined;
  const meters: Meter[] = [];
  if (b.declared !== undefined) {
    const valueText = formatPercent(b.declared, lang);
    meters.push({
      key: 'declared',
      which: 'declared',
      value: Math.min(100, Math.max(0, b.declared)),
      shortLabel: m.declared,
      label: m.meterLabel('declared', number),
      valueText,
      tip: `${heading}: ${m.declaredValue(valueText)}`,
    });
  }
  b.measures.forEach((x, i) => {
    const several = b.measures.length > 1;
    const valueText = `${x.valueText} (${x.detail})`;
    meters.push({
      key: `measured-${i}`,
      which: 'measured',
      value: Math.min(100, Math.max(0, x.progress)),
      shortLabel: m.measured,
      label: m.meterLabel('measured', number, several ? x.indicatorTitle : undefined),
      valueText,
      tip: `${heading}: ${m.measuredValue(x.valueText, x.detail)}${several ? ` · ${x.indicatorTitle}` : ''}`,
    });
  });
  const inner = Math.max(120, width - ITEM_INSET);
  const available = wide ? (inner - WIDE_GAP) * WIDE_TEXT : inner;
  const evidence = (c.evidence ?? []).map((e, i): EvidenceView => {
    const href = safeHref(e.url);
    return {
      key: String(i),
      label: e.label,
      kind: e.kind,
      kindLabel: m.evidenceKinds[e.kind] ?? e.kind,
      ...(e.date ? { date: formatDate(e.date, lang) } : {}),
      ...(href ? { href } : e.url ? { rejectedUrl: e.url } : {}),
    };
  });
  return {
    key,
    index: b.index,
    number: c.number,
    numberLabel: number,
    heading,
    ...(title !== undefined ? { title } : {}),
    ...(title !== undefined && c.translations?.[lang]?.title === undefined && feedLang ? { titleLang: feedLang } : {}),
    text,
    ...(c.translations?.[lang]?.text === undefined && feedLang ? { textLang: feedLang } : {}),
    ...(feedLang ? { feedLang } : {}),
    clamp: estimateTextWidth(text, TEXT_FONT) / available > CLAMP_LINES + CLAMP_MARGIN,
    offices: c.offices,
    officesLabel: m.offices(c.offices.length),
    status: b.status,
    statusLabel: m.statuses[b.status],
    ...(b.declared !== undefined ? { declared: b.declared } : {}),
    measures: b.measures,
    progressText: progressText(b, lang),
    meters,
    evidence,
    evidenceLabel: `${m.evidence} (${formatNumber(evidence.length, lang, 0)})`,
  };
}

/** The whole model the frame needs: title, summary, notes, table, view. */
export function layoutCommitments(feed: Feed, options: LayoutOptions): ChartModel<CommitmentView> {
  const { lang } = options;
  const width = Number.isFinite(options.width) ? options.width : 640;
  const m = COMMITMENT_MESSAGES[lang];
  const title = translated(feed.report, 'title', feed.report.title, lang);
  const feedBase = feed.report.language.toLowerCase().split('-')[0];
  const ctx: Context = { lang, width, feedLang: feedBase === lang ? undefined : feed.report.language, wide: width >= WIDE_FROM };
  const collator = new Intl.Collator(INTL_LOCALE[lang], { sensitivity: 'base', numeric: true });
  const measures = measuresByCommitment(feed, lang);
  const all: Base[] = feed.commitments.map((commitment, index) => ({
    index,
    commitment,
    status: statusOf(commitment),
    declared: typeof commitment.progress === 'number' && Number.isFinite(commitment.progress) ? commitment.progress : undefined,
    measures: measures.get(commitment.number) ?? [],
  }));

  // What is asked for.
  const wanted = parseCommitment(options.commitment);
  const single = wanted !== undefined;
  const statusFilter = (STATUS_KEYS as readonly string[]).includes(options.status ?? '') ? (options.status as StatusKey) : undefined;
  const officeWanted = options.office ? normalizeName(options.office) : '';
  const groupBy = (GROUP_BYS as readonly string[]).includes(options.groupBy ?? '') ? (options.groupBy as GroupBy) : undefined;

  // Offices of the whole feed, in collation order, with their counts; the canonical spelling of
  // the filter is the feed's.
  const officeCounts = new Map<string, number>();
  for (const b of all) for (const o of new Set(b.commitment.offices)) officeCounts.set(o, (officeCounts.get(o) ?? 0) + 1);
  const offices = [...officeCounts.keys()].sort(collator.compare);
  const officeFilter = officeWanted ? (offices.find((o) => normalizeName(o) === officeWanted) ?? options.office!.trim()) : undefined;

  let shown: Base[];
  if (single) shown = wanted === null ? [] : all.filter((b) => b.commitment.number === wanted).slice(0, 1);
  else
    shown = all.filter(
      (b) =>
        (officeFilter === undefined || b.commitment.offices.some((o) => normalizeName(o) === normalizeName(officeFilter))) &&
        (statusFilter === undefined || b.status === statusFilter),
    );

  // Groups.
  let groups: CommitmentGroup[];
  const itemsOf = (list: readonly Base[], g: number) => list.map((b) => item(b, `${g}-${b.index}`, ctx));
  if (single || !groupBy) {
    groups = shown.length ? [{ key: 'all', items: itemsOf(shown, 0) }] : [];
  } else if (groupBy === 'status') {
    groups = STATUS_KEYS.map((s) => shown.filter((b) => b.status === s))
      .map((list, i) => ({ status: STATUS_KEYS[i]!, list }))
      .filter((g) => g.list.length > 0)
      .map((g, i) => ({
        key: `status-${g.status}`,
        heading: `${m.statuses[g.status]} (${formatNumber(g.list.length, lang, 0)})`,
        status: g.status,
        items: itemsOf(g.list, i),
      }));
  } else {
    const present = offices.filter((o) => shown.some((b) => b.commitment.offices.includes(o)));
    groups = present.map((o, i) => {
      const list = shown.filter((b) => b.commitment.offices.includes(o));
      return { key: `office-${o}`, heading: `${o} (${formatNumber(list.length, lang, 0)})`, items: itemsOf(list, i) };
    });
  }

  // Counts and texts.
  const count = shown.length;
  const completed = shown.filter((b) => b.status === 'completed').length;
  const summaryLine = m.completedOf(formatNumber(completed, lang, 0), formatNumber(count, lang, 0), count);
  const statusParts = STATUS_KEYS.map((s) => [s, shown.filter((b) => b.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${m.statuses[s].toLowerCase()}: ${formatNumber(n, lang, 0)}`);
  const progressParts = shown
    .filter((b) => b.declared !== undefined || b.measures.length > 0)
    .map((b) => `${m.commitmentN(formatNumber(b.commitment.number, lang, 0))}, ${progressText(b, lang)}`);
  const filterParts = single
    ? []
    : [
        ...(officeFilter !== undefined ? [`${m.filterOffice.toLowerCase()} «${officeFilter}»`] : []),
        ...(statusFilter !== undefined ? [`${m.filterStatus.toLowerCase()} «${m.statuses[statusFilter]}»`] : []),
      ];
  const summary = [
    `${title}.`,
    `${summaryLine}.`,
    statusParts.length ? m.statusBreakdown(statusParts.join('; ')) : '',
    progressParts.length ? m.progressSummary(progressParts.join('; ')) : '',
    filterParts.length ? m.filteredBy(filterParts.join('; ')) : '',
  ]
    .filter(Boolean)
    .join(' ');

  // Discrepancies, plainly.
  const notes: string[] = [];
  const shownNumbers = new Set(shown.map((b) => b.commitment.number));
  for (const b of shown) {
    if (b.declared === undefined) continue;
    for (const x of b.measures) {
      if (Math.abs(b.declared - x.progress) > PROGRESS_TOLERANCE + 1e-9) {
        notes.push(m.progressMismatch(formatNumber(b.commitment.number, lang, 0), formatPercent(b.declared, lang), x.valueText, x.detail));
      }
    }
  }
  for (const ind of feed.indicators ?? []) {
    if (ind.kind !== 'events' || ind.declaredCount === undefined || !shownNumbers.has(ind.commitment)) continue;
    if (ind.declaredCount !== ind.events.length) {
      notes.push(
        m.countMismatch(
          formatNumber(ind.commitment, lang, 0),
          formatNumber(ind.declaredCount, lang),
          formatNumber(ind.events.length, lang),
          ind.declaredCount,
        ),
      );
    }
  }

  // Filters the reader can use (not for one commitment).
  const statusCount = (s: StatusKey) => all.filter((b) => b.status === s).length;
  const filters: FiltersView | undefined = single
    ? undefined
    : {
        active: officeFilter !== undefined || statusFilter !== undefined,
        office: {
          value: officeFilter ?? '',
          options: [
            { value: '', label: m.allOffices },
            ...offices.map((o) => ({ value: o, label: `${o} (${formatNumber(officeCounts.get(o) ?? 0, lang, 0)})` })),
            // An office the author named that the feed does not have still shows as selected.
            ...(officeFilter !== undefined && !offices.includes(officeFilter) ? [{ value: officeFilter, label: `${officeFilter} (0)` }] : []),
          ],
        },
        status: {
          value: statusFilter ?? '',
          options: [
            { value: '', label: m.all },
            ...STATUS_KEYS.map((s) => ({ value: s, label: `${m.statuses[s]} (${formatNumber(statusCount(s), lang, 0)})` })),
          ],
        },
        groupBy: {
          value: groupBy ?? '',
          options: [
            { value: '', label: m.noGrouping },
            { value: 'office', label: m.byOffice },
            { value: 'status', label: m.byStatus },
          ],
        },
      };

  const empty: CommitmentView['empty'] =
    feed.commitments.length === 0
      ? { reason: 'no-commitments', message: m.noCommitments }
      : single && count === 0
        ? { reason: 'missing-commitment', message: m.missingCommitment(String(options.commitment ?? '').trim()) }
        : count === 0
          ? { reason: 'no-match', message: m.noMatch }
          : undefined;

  // The table: one row per commitment shown, in the feed's order, however the list is grouped.
  const measuredCell = (b: Base) =>
    b.measures.length === 0 ? undefined : b.measures.length === 1 ? round2(b.measures[0]!.progress) : b.measures.map((x) => round2(x.progress)).join('; ');
  const measuredDisplay = (b: Base) => (b.measures.length ? b.measures.map((x) => `${x.valueText} (${x.detail})`).join('; ') : '—');

  return {
    kind: 'model',
    title,
    summary,
    notes,
    csvName: single && wanted ? `commitment-progress-${wanted}` : 'commitment-progress',
    table: {
      columns: [
        { label: m.number, numeric: true },
        { label: m.commitment },
        { label: m.offices(2) },
        { label: m.status },
        { label: m.declaredProgress, numeric: true },
        { label: m.measuredProgress, numeric: true },
        { label: m.evidence, numeric: true },
      ],
      rows: shown.map((b) => {
        const c = b.commitment;
        const n = c.evidence?.length ?? 0;
        return {
          cells: [c.number, translated(c, 'text', c.text, lang), c.offices.join('; '), m.statuses[b.status], b.declared, measuredCell(b), n],
          display: [
            formatNumber(c.number, lang, 0),
            translated(c, 'text', c.text, lang),
            c.offices.join(' · '),
            m.statuses[b.status],
            b.declared !== undefined ? formatPercent(b.declared, lang) : '—',
            measuredDisplay(b),
            formatNumber(n, lang, 0),
          ],
        };
      }),
    },
    view: {
      summaryLine,
      groups,
      count,
      completed,
      ...(filters ? { filters } : {}),
      ...(empty ? { empty } : {}),
      single,
      wide: ctx.wide,
    },
  };
}
