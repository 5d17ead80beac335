/**
 * Dated events across the report period: indicator + period + language → view model. Pure (no
 * DOM); the element only draws what this returns.
 *
 * The period is cut into the slots `cadenceCoverage` counts, the computation behind the
 * validator's "cadence not met" warning, so the widget and the warning cannot disagree. With a
 * cadence, every expected slot is a row, held or plainly missing: four monthly meetings in 2020
 * are 4 months held and 8 missing. Without one, the slots are months (years for periods of three
 * calendar years or more): a time axis on which months with no event are only blank.
 *
 * No event is dropped: those dated outside the period go to a row before or after the slots,
 * headed "fuera del periodo", and are named in a note.
 *
 * The rows are the whole view: the element's styles lay them out as a horizontal axis on wide
 * containers and as a vertical list on narrow ones (a container query), with no geometry here.
 */
import { cadenceCoverage } from '../../feed/measures.js';
import { translated } from '../../feed/pick.js';
import type { EventsIndicator, Report } from '../../feed/types.js';
import { safeHref } from '../../format/links.js';
import type { Lang } from '../../format/locale.js';
import { formatDate, formatDateWith, formatNumber } from '../../format/number.js';
import type { ChartModel, TableRow } from '../../internal/ruta-element.js';
import { TIMELINE_MESSAGES } from './event-timeline.messages.js';

/** One event: a focusable mark (a link when its URL may be followed). */
export interface EventMark {
  /** Index of the event in the feed. */
  readonly key: number;
  readonly date: string;
  /** Short date on the mark: "29 de ene" (with the year outside the period). */
  readonly text: string;
  readonly label?: string | undefined;
  /** Full date and label, for the tooltip and the summary. */
  readonly tip: string;
  /** Only an http(s) or mailto URL; any other is never a link. */
  readonly href?: string | undefined;
}

/**
 * `held`: a slot with events; `miss`: an expected slot (of a cadence) without; `none`: a month
 * of an indicator with no cadence, without events (nothing was expected); `out`: events before or
 * after the period.
 */
export type RowKind = 'held' | 'miss' | 'none' | 'out';

export interface Row {
  /** The slot's name on the chart ("ene de 2020", "T1 2020", "S2 2020", "2020"), or "fuera del periodo". */
  readonly head: string;
  /** The same in full ("enero de 2020"), for the table and the summary. */
  readonly name: string;
  readonly kind: RowKind;
  readonly events: readonly EventMark[];
}

/** Past this many slots in the period, runs of slots without events are merged into one row. */
export const MAX_ROWS = 60;

export function layoutTimeline(ind: EventsIndicator, report: Pick<Report, 'period'>, lang: Lang): ChartModel<readonly Row[]> {
  const m = TIMELINE_MESSAGES[lang];
  const { period } = report;
  const { cadence } = ind;
  const n = (v: number) => formatNumber(v, lang);
  const date = (iso: string) => formatDate(iso, lang);
  const cov = cadenceCoverage(
    { events: ind.events, cadence: cadence ?? (+period.end.slice(0, 4) - +period.start.slice(0, 4) < 3 ? 'monthly' : 'annual') },
    period,
  );

  const outs: string[] = [];
  const marks = ind.events
    .map((e, key) => ({ ...e, key }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map(({ key, date: iso, label, url }): EventMark & { out: boolean } => {
      const out = iso < period.start || iso > period.end;
      const tip = label ? `${date(iso)} · ${label}` : date(iso);
      if (out) outs.push(tip);
      return {
        key,
        date: iso,
        text: formatDateWith(iso, lang, out ? { day: 'numeric', month: 'short', year: 'numeric' } : { day: 'numeric', month: 'short' }),
        label,
        tip: out ? `${tip} (${m.out})` : tip,
        href: safeHref(url),
        out,
      };
    });

  // Events before the period, each slot with its events, then whatever is left (after the period).
  const rows: Row[] = [];
  const outRow = (events: EventMark[]) => events.length && rows.push({ head: m.out, name: m.out, kind: 'out', events });
  let i = 0;
  while (marks[i] && marks[i]!.date < period.start) i++;
  outRow(marks.slice(0, i));
  const slotName = (start: string, short: boolean) => {
    const [y, mo] = [start.slice(0, 4), +start.slice(5, 7)];
    return cov.cadence === 'monthly'
      ? formatDateWith(start, lang, { month: short ? 'short' : 'long', year: 'numeric' })
      : cov.cadence === 'annual'
        ? y
        : `${cov.cadence === 'quarterly' ? m.quarter + Math.ceil(mo / 3) : m.half + Math.ceil(mo / 6)} ${y}`;
  };
  // A long period (a feed may span centuries) would give thousands of rows: past MAX_ROWS slots,
  // each run of slots without events becomes one row ("feb de 2020 – may de 2020"), so the rows
  // grow with the events, not with the length of the period. Names are formatted only for rows.
  const many = cov.slots.length > MAX_ROWS;
  let run: (typeof cov.slots)[number][] = [];
  const flush = () => {
    if (!run.length) return;
    const [a, b] = [run[0]!.start, run[run.length - 1]!.start];
    const range = (short: boolean) => (run.length > 1 ? `${slotName(a, short)} – ${slotName(b, short)}` : slotName(a, short));
    rows.push({ head: range(true), name: range(false), kind: cadence ? 'miss' : 'none', events: [] });
    run = [];
  };
  for (const s of cov.slots) {
    const events: EventMark[] = [];
    while (marks[i] && !marks[i]!.out && marks[i]!.date <= s.end) events.push(marks[i++]!);
    if (many && !s.events) {
      run.push(s);
      continue;
    }
    flush();
    rows.push({ head: slotName(s.start, true), name: slotName(s.start, false), kind: s.events ? 'held' : cadence ? 'miss' : 'none', events });
  }
  flush();
  outRow(marks.slice(i));

  // The table: one row per event, and per expected slot without one; the slot first when there is a cadence.
  const table: TableRow[] = [];
  for (const r of rows) {
    const add = (iso?: string, label?: string, url?: string) => {
      const cells = [r.name, iso, label, url];
      const display = [r.name, iso ? date(iso) : '—', label ?? '', url ?? ''];
      table.push(cadence ? { cells, display } : { cells: cells.slice(1), display: display.slice(1) });
    };
    if (r.kind === 'miss') add(undefined, m.none);
    for (const d of r.events) add(d.date, d.label, ind.events[d.key]!.url);
  }

  const title = translated(ind, 'title', ind.title, lang);
  const notes: string[] = [];
  if (ind.declaredCount !== undefined && ind.declaredCount !== marks.length) {
    notes.push(m.declared(m.events(n(ind.declaredCount), ind.declaredCount), n(marks.length)));
  }
  if (outs.length) notes.push(`${m.outNote}: ${outs.join('; ')}.`);
  const missing = rows.filter((r) => r.kind === 'miss').map((r) => r.name);
  const caption =
    (cadence ? m.held(n(cov.held), n(cov.expected), m.units[cadence][cov.expected === 1 ? 0 : 1]) : m.events(n(marks.length), marks.length)) +
    `; ${m.period}: ${date(period.start)} – ${date(period.end)}`;

  return {
    kind: 'model',
    title,
    summary: [
      `${title}. ${caption}.`,
      ...(marks.length ? [marks.map((d) => d.tip).join('; ') + '.'] : []),
      ...(missing.length ? [`${m.missing}: ${missing.join(', ')}.`] : []),
      ...notes,
    ].join(' '),
    caption,
    notes,
    csvName: `event-timeline-${ind.id}`,
    table: { columns: [...(cadence ? [m.slot] : []), m.date, m.event, m.link].map((label) => ({ label })), rows: table },
    view: rows,
  };
}
