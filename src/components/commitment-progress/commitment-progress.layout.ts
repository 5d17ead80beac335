/**
 * Commitments and their progress: feed + options → view model. Pure (no DOM) and never mutates
 * the feed; the element only draws what this returns.
 *
 * Two kinds of progress sit side by side and are never merged: the progress the publisher
 * *declares* (`commitment.progress`) and the progress its evidence *measures* (an `events`
 * indicator of that commitment with a promised cadence, over the report's period: four monthly
 * meetings in a year hold 4 of 12 months, 33 %). Where both exist both show. A commitment with
 * no declared status says "Sin estado declarado"; nothing here ever invents a status or a progress.
 */
import { cadenceCoverage } from '../../feed/measures.js';
import { translated } from '../../feed/pick.js';
import { STATUSES } from '../../feed/schema.js';
import type { Commitment, Feed } from '../../feed/types.js';
import { safeHref } from '../../format/links.js';
import { INTL_LOCALE, type Lang } from '../../format/locale.js';
import { formatDate, formatNumber, formatPercent } from '../../format/number.js';
import type { ModelResult } from '../../internal/ruta-element.js';
import { COMMITMENT_MESSAGES, type StatusKey } from './commitment-progress.messages.js';

export type { StatusKey } from './commitment-progress.messages.js';

/** The fixed scale, in its order, then "no status declared". */
export const STATUS_KEYS: readonly StatusKey[] = [...STATUSES, 'none'];
const GROUP_BYS = ['office', 'status'];

/**
 * Texts longer than this many characters clamp to three lines (in CSS) behind "ver más". Three
 * lines hold about 90 characters at 280 px and about 250 at 1,200 px: longer texts would make a
 * phone's list very long, shorter ones show whole at any width.
 */
export const CLAMP_CHARS = 200;

export interface LayoutOptions {
  readonly lang: Lang;
  /** Show only this commitment (the `commitment` attribute, as given). */
  readonly commitment?: number | string | null | undefined;
  /** Show only commitments of this office (matched ignoring case, accents and spacing). */
  readonly office?: string | null | undefined;
  /** Show only commitments with this status (`none`: no status declared). Unknown values are ignored. */
  readonly status?: string | null | undefined;
  /** `office` or `status`; anything else: one ungrouped list. */
  readonly groupBy?: string | null | undefined;
}

/** A progress bar, declared or measured: keyboard-focusable, with a tooltip. */
export interface Meter {
  readonly which: 'declared' | 'measured';
  /** 0–100: the bar's width and `aria-valuenow`. */
  readonly value: number;
  /** Accessible name: "Avance medido del compromiso 7", plus the indicator when it has several. */
  readonly label: string;
  /** "33 % (4 de 12 meses)": `aria-valuetext` and the table's cell. */
  readonly valueText: string;
  /** "medido 33 % (4 de 12 meses)": shown over the bar, and in the tooltip and the summary. */
  readonly text: string;
}

export interface EvidenceView {
  readonly label: string;
  /** Formatted date, when the feed gives one. */
  readonly date?: string;
  /** Only for http(s) and mailto links; any other URL is not shown. */
  readonly href?: string;
}

export interface CommitmentItem {
  /** Unique within the view (a commitment with two offices shows in both office groups). */
  readonly key: string;
  /** Position in the feed's list: the same commitment in two groups shares it. */
  readonly index: number;
  readonly number: number;
  readonly title?: string;
  readonly text: string;
  /**
   * The feed's language where it differs from the reader's: `titleLang` and `textLang` when the
   * feed has no translation of that text, `feedLang` for offices and evidence (never translated).
   */
  readonly titleLang?: string;
  readonly textLang?: string;
  readonly feedLang?: string;
  /** Longer than `CLAMP_CHARS`: clamps to three lines with a "ver más" button. */
  readonly clamp: boolean;
  readonly offices: readonly string[];
  readonly status: StatusKey;
  /** Declared first, then one per measuring indicator; none: nothing declared or measured. */
  readonly meters: readonly Meter[];
  readonly evidence: readonly EvidenceView[];
}

export interface CommitmentGroup {
  readonly key: string;
  /** "Cumplido (2)"; absent for the one group of an ungrouped list. */
  readonly heading?: string;
  readonly items: readonly CommitmentItem[];
}

/** What the reader chose ('' for none), and the feed's offices to choose from. */
export interface FiltersView {
  readonly office: string;
  readonly status: string;
  readonly groupBy: string;
  readonly offices: readonly string[];
}

export interface CommitmentView {
  /** "2 de 12 compromisos cumplidos" */
  readonly summaryLine: string;
  readonly groups: readonly CommitmentGroup[];
  /** Absent when one commitment is asked for (`commitment="7"`). */
  readonly filters?: FiltersView;
  /** The filters match nothing: the list keeps its frame, so the reader can change them. */
  readonly noMatch: boolean;
  /** One commitment asked for: its evidence opens at once. */
  readonly single: boolean;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Lower case, no accents, single spaces: how an HTML author's `office="…"` is matched. */
export function normalizeName(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Kept here too for this element's callers; the rule lives in `format/links.ts`. */
export { safeHref };

/** A percentage with no decimals, unless rounding would reach 0 or 100 when the value does not. */
function roundPercent(value: number, lang: Lang): string {
  const r = Math.round(value);
  return formatPercent(value, lang, (r === 100 && value < 100) || (r === 0 && value > 0) ? 1 : 0);
}

/** One commitment, before it is placed in groups. */
interface Row {
  readonly index: number;
  readonly c: Commitment;
  readonly status: StatusKey;
  readonly declared: number | undefined;
  readonly meters: readonly Meter[];
}

export function layoutCommitments(feed: Feed, options: LayoutOptions): ModelResult<CommitmentView> {
  const { lang } = options;
  const m = COMMITMENT_MESSAGES[lang];
  const count = (n: number) => formatNumber(n, lang, 0);
  const title = translated(feed.report, 'title', feed.report.title, lang);
  const { language, period } = feed.report;
  const feedLang = language.toLowerCase().split('-')[0] === lang ? undefined : language;

  // Measured progress: each events indicator with a cadence, over the report's period.
  const measured = new Map<number, { title: string; progress: number; valueText: string }[]>();
  for (const ind of feed.indicators ?? []) {
    if (ind.kind !== 'events' || !ind.cadence || !(period.start <= period.end)) continue;
    const { held, expected, progress } = cadenceCoverage({ events: ind.events, cadence: ind.cadence }, period);
    // A period that asks for nothing measures nothing (and must not read as 0 %).
    if (!(expected > 0)) continue;
    const list = measured.get(ind.commitment) ?? [];
    list.push({
      title: translated(ind, 'title', ind.title, lang),
      progress,
      valueText: `${roundPercent(progress, lang)} (${m.heldOf(count(held), count(expected), expected, ind.cadence)})`,
    });
    measured.set(ind.commitment, list);
  }

  const all: Row[] = feed.commitments.map((c, index) => {
    const declared = typeof c.progress === 'number' && Number.isFinite(c.progress) ? c.progress : undefined;
    const measures = measured.get(c.number) ?? [];
    const meter = (which: Meter['which'], value: number, valueText: string, label: string): Meter => ({
      which,
      value: Math.min(100, Math.max(0, value)),
      label,
      valueText,
      text: `${m[which]} ${valueText}`,
    });
    const meters = measures.map((x) =>
      meter('measured', x.progress, x.valueText, m.meterLabel(m.measuredProgress, c.number) + (measures.length > 1 ? ` (${x.title})` : '')),
    );
    if (declared !== undefined) meters.unshift(meter('declared', declared, formatPercent(declared, lang), m.meterLabel(m.declaredProgress, c.number)));
    const status = c.status && (STATUSES as readonly string[]).includes(c.status) ? c.status : 'none';
    return { index, c, status, declared, meters };
  });

  // What is asked for. A `commitment` that is not a commitment number (0, 7.5, "siete") finds none.
  const wanted = options.commitment == null ? '' : String(options.commitment).trim();
  const single = wanted !== '';
  const status = STATUS_KEYS.find((s) => s === options.status);
  const groupBy = GROUP_BYS.find((g) => g === options.groupBy) ?? '';
  // Offices of the whole feed, in collation order; the filter takes the feed's spelling.
  const offices = [...new Set(all.flatMap((r) => r.c.offices))].sort(new Intl.Collator(INTL_LOCALE[lang], { numeric: true }).compare);
  const officeWanted = normalizeName(options.office ?? '');
  const office = officeWanted ? (offices.find((o) => normalizeName(o) === officeWanted) ?? options.office!.trim()) : undefined;

  const shown = single
    ? all.filter((r) => r.c.number === Number(wanted)).slice(0, 1)
    : all.filter((r) => (!office || r.c.offices.includes(office)) && (!status || r.status === status));

  if (!all.length || (single && !shown.length)) {
    return { kind: 'empty', title, ...(single && all.length ? { message: m.missingCommitment(wanted) } : {}) };
  }

  const item = (r: Row, key: string): CommitmentItem => {
    const { c } = r;
    const own = c.translations?.[lang];
    const text = own?.text ?? c.text;
    return {
      key,
      index: r.index,
      number: c.number,
      ...(c.title !== undefined ? { title: own?.title ?? c.title } : {}),
      text,
      ...(feedLang ? { feedLang, ...(own?.title ? {} : { titleLang: feedLang }), ...(own?.text ? {} : { textLang: feedLang }) } : {}),
      clamp: text.length > CLAMP_CHARS,
      offices: c.offices,
      status: r.status,
      meters: r.meters,
      evidence: (c.evidence ?? []).map((e) => {
        const href = safeHref(e.url);
        return { label: e.label, ...(e.date ? { date: formatDate(e.date, lang) } : {}), ...(href ? { href } : {}) };
      }),
    };
  };

  // Groups, in the scale's order or the offices' (a commitment with two offices shows in both).
  const group = (key: string, heading: string, rows: Row[]): CommitmentGroup => ({
    key,
    heading: `${heading} (${count(rows.length)})`,
    items: rows.map((r) => item(r, `${key}-${r.index}`)),
  });
  const groups: CommitmentGroup[] =
    single || !groupBy
      ? [{ key: 'all', items: shown.map((r) => item(r, String(r.index))) }]
      : groupBy === 'status'
        ? STATUS_KEYS.map((s) => group(s, m.statuses[s], shown.filter((r) => r.status === s)))
        : offices.map((o) => group(o, o, shown.filter((r) => r.c.offices.includes(o))));

  // The summary a screen reader reads: the line, the statuses, the progress.
  const summaryLine = m.completedOf(count(shown.filter((r) => r.status === 'completed').length), count(shown.length), shown.length);
  const statuses = STATUS_KEYS.map((s) => [s, shown.filter((r) => r.status === s).length] as const)
    .filter(([, n]) => n)
    .map(([s, n]) => `${m.statuses[s]}: ${count(n)}`);
  // Each commitment's progress only while the list is short: ten thousand would make a summary
  // no one can listen to (and slow the page); the table and the CSV hold every value.
  const metered = shown.filter((r) => r.meters.length);
  const progress = (metered.length > 50 ? [] : metered).map((r) => `${m.commitment} ${r.c.number}, ${r.meters.map((x) => x.text).join(' · ')}`);
  const summary = [`${title}.`, `${summaryLine}.`, ...(statuses.length ? [`${statuses.join('; ')}.`] : []), ...(progress.length ? [`${m.progress}: ${progress.join('; ')}.`] : [])].join(' ');

  return {
    kind: 'model',
    title,
    summary,
    csvName: single ? `commitment-progress-${wanted}` : 'commitment-progress',
    // One row per commitment shown, in the feed's order, however the list is grouped.
    table: {
      columns: [m.number, m.commitment, m.offices, m.status, m.declaredProgress, m.measuredProgress, m.evidence].map((label, i) => ({
        label,
        numeric: i === 0 || i > 3,
      })),
      rows: shown.map((r) => {
        const { c } = r;
        const text = translated(c, 'text', c.text, lang);
        const measures = r.meters.filter((x) => x.which === 'measured');
        const n = c.evidence?.length ?? 0;
        return {
          cells: [
            c.number,
            text,
            c.offices.join('; '),
            m.statuses[r.status],
            r.declared,
            measures.length ? (measures.length > 1 ? measures.map((x) => round2(x.value)).join('; ') : round2(measures[0]!.value)) : undefined,
            n,
          ],
          display: [
            String(c.number),
            text,
            c.offices.join(' · '),
            m.statuses[r.status],
            r.declared !== undefined ? r.meters[0]!.valueText : '—',
            measures.map((x) => x.valueText).join('; ') || '—',
            count(n),
          ],
        };
      }),
    },
    view: {
      summaryLine,
      groups: groups.filter((g) => g.items.length),
      ...(single ? {} : { filters: { office: office ?? '', status: status ?? '', groupBy, offices: office && !offices.includes(office) ? [...offices, office] : offices } }),
      noMatch: !shown.length,
      single,
    },
  };
}
