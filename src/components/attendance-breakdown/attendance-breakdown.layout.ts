/**
 * Attendance per group and category: data + width + language → view model. Pure (no DOM); the
 * element only draws what this returns.
 *
 * Two orientations, chosen by the width: columns (groups side by side, bars upright) when every
 * group gets a band wide enough for its labels, rows (groups one under another, bars lying
 * down) otherwise, which is what a phone gets. One routine lays out both: a bar is measured
 * along the value axis (`u`, from the zero line) and across it, and only its box depends on
 * the orientation. Every count is written as text by its bar, with each group's total, and a
 * note beside any group whose declared total is not the sum of its parts.
 *
 * Band positions and the linear scale are plain arithmetic: d3-scale's `scaleBand` and
 * `scaleLinear` would ship a module (and its dependencies) for two multiplications.
 */
import { groupSum } from '../../feed/measures.js';
import { translated } from '../../feed/pick.js';
import type { AttendanceIndicator } from '../../feed/types.js';
import type { Lang } from '../../format/locale.js';
import { formatNumber, formatPercent } from '../../format/number.js';
import { FRAME } from '../../format/ui.js';
import type { Cell } from '../../internal/csv.js';
import { SERIES_COUNT } from '../../internal/frame.styles.js';
import type { ChartModel, TableRow } from '../../internal/ruta-element.js';
import { estimateTextWidth, fitText } from '../../viz/text.js';
import { ATTENDANCE_MESSAGES } from './attendance-breakdown.messages.js';

export type AttendanceVariant = 'grouped' | 'stacked';
export const VARIANTS: readonly AttendanceVariant[] = ['grouped', 'stacked'];
export type Orientation = 'columns' | 'rows';

export interface LayoutOptions {
  readonly lang: Lang;
  /** Width available for the chart, in CSS pixels. */
  readonly width: number;
  readonly variant: AttendanceVariant;
}

// ---------------------------------------------------------------------------------------------
// Data: the indicator as a grid of groups × categories.

export interface CategoryData {
  readonly id: string;
  readonly label: string;
  /** 1-based series colour. */
  readonly series: number;
  /** Sum over all groups. */
  readonly total: number;
}

export interface GroupData {
  /** The feed's id (feeds may repeat one: the validator warns, the chart still draws both). */
  readonly id: string;
  readonly label: string;
  /** One count per category, in category order; `undefined` where the feed gives none. */
  readonly counts: readonly (number | undefined)[];
  /** The sum of the group's counts (what the parts add up to). */
  readonly sum: number;
  readonly declaredTotal: number | undefined;
  /** The feed declares a total that is not the sum. */
  readonly mismatch: boolean;
}

export interface AttendanceData {
  readonly categories: readonly CategoryData[];
  readonly groups: readonly GroupData[];
  readonly total: number;
}

/**
 * The indicator as a grid. Categories are the declared ones in their order, then any category
 * a group counts without declaring it (the validator warns about those; the chart shows them
 * under their id rather than hide people from the total). Sums come from `groupSum`, the same
 * computation the validator compares with `declaredTotal`.
 */
export function attendanceData(indicator: AttendanceIndicator): AttendanceData {
  const labels = new Map<string, string>();
  for (const c of indicator.categories) if (!labels.has(c.id)) labels.set(c.id, c.label);
  for (const g of indicator.groups) for (const id of Object.keys(g.counts)) if (!labels.has(id)) labels.set(id, id);
  const ids = [...labels.keys()];
  const groups = indicator.groups.map((g): GroupData => {
    const sum = groupSum(g);
    return {
      id: g.id,
      label: g.label,
      counts: ids.map((id) => (Object.hasOwn(g.counts, id) ? g.counts[id] : undefined)),
      sum,
      declaredTotal: g.declaredTotal,
      mismatch: g.declaredTotal !== undefined && g.declaredTotal !== sum,
    };
  });
  const categories = ids.map((id, i) => ({
    id,
    label: labels.get(id)!,
    series: (i % SERIES_COUNT) + 1,
    total: groups.reduce((t, g) => t + (g.counts[i] ?? 0), 0),
  }));
  return { categories, groups, total: groups.reduce((t, g) => t + g.sum, 0) };
}

// ---------------------------------------------------------------------------------------------
// View model.

/** One bar (grouped) or bar segment (stacked): a focusable mark. */
export interface BarMark {
  /** Ids of its group and category. */
  readonly group: string;
  readonly category: string;
  readonly count: number;
  readonly series: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The same sentence for pointer and keyboard: "Zona rural · Hombres: 105 de 172 (61 %)". */
  readonly tip: string;
}

/**
 * What a text on the chart is, which is also its class: a group's label or total, a
 * category's name (grouped), a count next to its bar or segment, a line of a note.
 */
export type TextKind = 'label' | 'total' | 'tick' | 'value' | 'note-text';

/** A line of text at a point; `y` is the baseline. */
export interface TextItem {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly kind: TextKind;
}

/** The declared-total note drawn next to its group, on a warning background. */
export interface GroupNote {
  /** Id of the group. */
  readonly group: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly lines: readonly TextItem[];
}

export interface LegendItem {
  readonly label: string;
  readonly series: number;
  /** The category's total over all groups, formatted. */
  readonly value: string;
}

export interface AttendanceView {
  readonly variant: AttendanceVariant;
  readonly orientation: Orientation;
  readonly width: number;
  readonly height: number;
  readonly marks: readonly BarMark[];
  /** Every text but the notes', in drawing order. */
  readonly texts: readonly TextItem[];
  readonly notes: readonly GroupNote[];
  readonly legend: readonly LegendItem[];
  /** The y of the columns' zero line; rows have none. */
  readonly baseline?: number;
}

// ---------------------------------------------------------------------------------------------
// Geometry.

/** Counts, category names, notes. */
const FONT = 13;
/** Group labels and totals: 14 px bold, a little wider than the estimate (for regular weight). */
const LABEL_FONT = 14 * 1.08;
/**
 * Text that must not touch its neighbours (category names, notes) is measured with a margin:
 * wide fonts such as DejaVu Sans run about a tenth wider than the estimate.
 */
const TIGHT_FONT = FONT * 1.12;
const LINE = 18;
const NOTE_LINE = 17;
const NOTE_PAD = 8;
/** Rows: thickness of a bar (grouped) and of a stack (stacked); gap between groups. */
const BAR = 18;
const BAR_GAP = 4;
const STACK = 26;
const GROUP_GAP = 20;
/**
 * The thinnest bar or segment drawn for a count above zero, in pixels: 3 people among 1.000
 * would be a hairline no one could see, point at or focus. Labels, tooltips and the table keep
 * the exact count.
 */
export const MIN_BAR = 3;
/** Columns: plot height, room above it (for the counts over grouped bars), widest bar drawn. */
const PLOT = 240;
const TOP = 22;
const MAX_COLUMN = 72;
/** Columns only from this width and this band per group; narrower gets rows. */
export const MIN_COLUMNS_WIDTH = 480;
const MIN_BAND = 110;
/** The narrowest chart laid out; the frame never offers less. */
const MIN_WIDTH = 160;
const MISSING = '—';

const textWidth = (text: string) => estimateTextWidth(text, FONT);

/**
 * A group label (or a part of a note) in at most two lines no wider than `width`: greedy breaks
 * at spaces, a longer rest shortened with an ellipsis on the second line (the table, the
 * tooltip and the notes under the chart keep it whole).
 */
export function wrapLabel(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.length - 1;
    if (last < 0 || (last === 0 && estimateTextWidth(`${lines[0]} ${word}`, fontSize) > width)) lines.push(word);
    else lines[last] += ` ${word}`;
  }
  return lines.map((line) => fitText(line, width, fontSize));
}

/**
 * Where labels start along one axis, each wanting to be centred at `at` and taking `size`: in
 * their order, without overlapping, within [0, end], as near their wish as the others allow (a
 * forward pass, then a backward one). If they cannot all fit, they overlap rather than leave
 * the chart.
 */
function spread(items: readonly { at: number; size: number }[], end: number): number[] {
  const starts: number[] = [];
  items.forEach((item, i) => starts.push(Math.max(item.at - item.size / 2, i ? starts[i - 1]! + items[i - 1]!.size : 0)));
  for (let i = starts.length - 1; i >= 0; i--) {
    starts[i] = Math.max(0, Math.min(starts[i]!, (starts[i + 1] ?? end) - items[i]!.size));
  }
  return starts;
}

/**
 * Marks, texts and notes for one orientation and variant. `text` holds the formatted counts,
 * [group][category] (the missing sign where the feed gives none); `noteParts` each group's
 * note in two parts ("total declarado 178", "la suma es 172"), if it has one.
 */
function geometry(
  data: AttendanceData,
  text: readonly (readonly string[])[],
  noteParts: readonly (readonly string[] | undefined)[],
  { lang, width, variant }: LayoutOptions,
): Omit<AttendanceView, 'legend'> {
  const { categories, groups } = data;
  const m = ATTENDANCE_MESSAGES[lang];
  const n = (v: number) => formatNumber(v, lang);
  const w = Math.max(MIN_WIDTH, width);
  const grouped = variant === 'grouped';

  // Columns: each group gets a cell of w / n, its bars in the middle 80 % (the band), split per
  // category when grouped, and its label and note as wide as the cell less a margin; only if
  // every band is wide enough for its category names and counts.
  const step = w / groups.length;
  const band = step * 0.8;
  const sub = band / categories.length;
  const widest = Math.max(0, ...text.flat().map(textWidth));
  const columns = w >= MIN_COLUMNS_WIDTH && band >= MIN_BAND && !(grouped && widest > sub - 2);
  const barWidth = Math.min(grouped ? sub * 0.8 : band * 0.4, MAX_COLUMN);
  // Labels, category names and counts over bars are centred in columns, flush left in rows.
  const align = columns ? 'middle' : 'start';
  const base = columns ? TOP + PLOT : 0;

  // Rows, grouped: category names before the bars, counts after them.
  const sideLabels = grouped && !columns;
  const tickWidth = sideLabels ? Math.min(w * 0.35, Math.max(0, ...categories.map((k) => estimateTextWidth(k.label, TIGHT_FONT)))) : 0;
  const plotX = sideLabels ? tickWidth + 8 : 0;
  const length = columns ? PLOT : Math.max(20, w - plotX - (sideLabels ? widest + 6 : 0));

  // Pixels per person. No bar is thinner than MIN_BAR; a stack keeps that much room per
  // category off its scale, so the longest stack fits however many of its segments are thin
  // (up to half the length: more categories than that would not fit at MIN_BAR anyway).
  const max = Math.max(1, ...groups.flatMap((g) => (grouped ? g.counts.map((c) => c ?? 0) : [g.sum])));
  const perPerson = (length - (grouped ? 0 : Math.min(categories.length * MIN_BAR, length / 2))) / max;

  const marks: BarMark[] = [];
  const texts: TextItem[] = [];
  const notes: GroupNote[] = [];
  const item = (x: number, y: number, text: string, anchor: TextItem['anchor'], kind: TextKind): TextItem => ({ x, y, text, anchor, kind });
  const put = (...args: Parameters<typeof item>) => texts.push(item(...args));
  let y = 0; // rows: top of the next group
  let height = base; // columns: the lowest text so far
  groups.forEach((g, gi) => {
    const center = step * (gi + 0.5);
    // The width the group's label and note may take: the chart's, or its cell's less a margin.
    const room = columns ? step - 8 : w;
    const total = `${FRAME[lang].total}: ${n(g.sum)}`;

    // Rows: label and total head the group, its note under them, then its bars.
    // Columns: the bars stand on the zero line (category names under it); label, total and
    // note go below.
    let at = columns ? base + (grouped ? 4 + LINE : 4) : y;
    for (const line of wrapLabel(g.label, columns ? room : w - estimateTextWidth(total, LABEL_FONT) - 12, LABEL_FONT)) {
      put(columns ? center : 0, at + 15, line, align, 'label');
      at += LINE;
    }
    if (columns) {
      put(center, at + 15, total, 'middle', 'total');
      at += LINE;
    } else put(w, y + 15, total, 'end', 'total');
    at += 6;

    const parts = noteParts[gi];
    if (parts) {
      // Broken after the semicolon ("total declarado 178;" / "la suma es 172"), each part again
      // if the room is narrower still: a line is never shortened before it has to be.
      const lines = [`${parts[0]};`, parts[1]!].flatMap((part) => wrapLabel(part, room - 2 * NOTE_PAD, TIGHT_FONT));
      const boxWidth = Math.max(...lines.map((l) => estimateTextWidth(l, TIGHT_FONT))) + 2 * NOTE_PAD;
      const left = columns ? center - boxWidth / 2 : 0;
      const top = at;
      const boxHeight = lines.length * NOTE_LINE + 10;
      notes.push({
        group: g.id,
        x: left,
        y: top,
        width: boxWidth,
        height: boxHeight,
        lines: lines.map((line, i) => item(left + NOTE_PAD, top + 17 + i * NOTE_LINE, line, 'start', 'note-text')),
      });
      at += boxHeight + 6;
    }

    const top = at; // rows: where the group's bars start
    let end = 0; // stacked: where the last segment ended, along the value axis
    // Stacked: the counts, placed once the stack is done.
    const counts: { at: number; size: number; text: string }[] = [];
    categories.forEach((category, ci) => {
      const count = g.counts[ci];
      const value = text[gi]![ci]!;
      // Along the value axis: grouped bars from zero, segments one after another.
      const u0 = grouped ? 0 : end;
      const u1 = (end = u0 + (count ? Math.max(MIN_BAR, count * perPerson) : 0));
      // Across it: grouped bars side by side (columns) or one under another (rows).
      const across = grouped ? (columns ? center - band / 2 + (ci + 0.5) * sub - barWidth / 2 : top + ci * (BAR + BAR_GAP)) : columns ? center - barWidth - 3 : top;
      const thickness = columns ? barWidth : grouped ? BAR : STACK;
      const box = columns
        ? { x: across, y: base - u1, width: thickness, height: u1 - u0 }
        : { x: plotX + u0, y: across, width: u1 - u0, height: thickness };
      if (count) {
        const share = formatPercent((count / g.sum) * 100, lang, 1);
        const tip = `${g.label} · ${category.label}: ${value} ${m.of} ${n(g.sum)} (${share})`;
        marks.push({ group: g.id, category: category.id, count, series: category.series, ...box, tip });
      }
      if (grouped) {
        // The category's name by its bar (never colour alone), the count past the bar's end.
        const name = fitText(category.label, columns ? sub - 6 : tickWidth, TIGHT_FONT);
        const mid = across + thickness / 2;
        put(columns ? mid : 0, columns ? base + 16 : mid + 4, name, align, 'tick');
        put(columns ? mid : box.x + box.width + 6, columns ? box.y - 5 : mid + 4, value, align, 'value');
      } else if (count) counts.push({ at: (u0 + u1) / 2, size: columns ? FONT + 2 : textWidth(value) + 6, text: value });
    });
    // Stacked counts go beside the column (which stands left of the band's middle, leaving the
    // right half for them) or under the stack, each as near its segment's middle as its
    // neighbours allow: a thin segment's count does not fit on it, and every count reads alike.
    const starts = spread(counts, columns ? base : w);
    counts.forEach((o, i) => {
      if (columns) put(center + 3, base - starts[i]! - 4, o.text, 'start', 'value');
      else put(starts[i]!, top + STACK + 14, o.text, 'start', 'value');
    });

    if (columns) height = Math.max(height, at);
    else y = top + (grouped ? categories.length * (BAR + BAR_GAP) - BAR_GAP : STACK + (counts.length ? LINE : 0)) + GROUP_GAP;
  });
  return {
    variant,
    orientation: columns ? 'columns' : 'rows',
    width: w,
    height: columns ? height : Math.max(0, y - GROUP_GAP),
    marks,
    texts,
    notes,
    baseline: columns ? base : undefined,
  };
}

/** The whole model the frame needs: title, summary, caption, notes, table, view. */
export function layoutAttendance(indicator: AttendanceIndicator, options: LayoutOptions): ChartModel<AttendanceView> {
  const { lang } = options;
  const m = ATTENDANCE_MESSAGES[lang];
  const frame = FRAME[lang];
  const n = (v: number) => formatNumber(v, lang);
  const data = attendanceData(indicator);
  const { categories, groups } = data;
  const text = groups.map((g) => g.counts.map((c) => (c === undefined ? MISSING : n(c))));
  // "total declarado 178", "la suma es 172": said next to the group, in the notes, in the summary.
  const noteParts = groups.map((g) => (g.mismatch ? [`${m.declared} ${n(g.declaredTotal!)}`, `${m.sumIs} ${n(g.sum)}`] : undefined));
  const title = translated(indicator, 'title', indicator.title, lang);
  const people = m.people(n(data.total), data.total);
  const source = indicator.source;
  const sourceText = source?.system || source?.cutDate ? frame.source(source.system, source.cutDate) : '';

  // "Zona rural: 172 (Hombres 105, Mujeres 67), total declarado 178"
  const groupsText = groups.map(
    (g, gi) =>
      `${g.label}: ${n(g.sum)} (${categories.map((k, ci) => `${k.label} ${text[gi]![ci]}`).join(', ')})` +
      (noteParts[gi] ? `, ${noteParts[gi][0]}` : ''),
  );
  const categoriesText = categories.map((k) => `${k.label} ${n(k.total)}`).join(', ');

  // One row per group, then the totals; a declared-total column only if some group declares one.
  const declared = groups.some((g) => g.declaredTotal !== undefined);
  const cut = <T>(all: T[]) => (declared ? all : all.slice(0, -1));
  const row = (all: Cell[], blank: string): TableRow => {
    const cells = cut(all);
    return { cells, display: cells.map((c) => (typeof c === 'number' ? n(c) : (c ?? blank))) };
  };
  const labels = [m.group, ...categories.map((k) => k.label), m.sum, m.declaredColumn];

  return {
    kind: 'model',
    title,
    summary: `${title}. ${people} ${m.inAll}. ${groupsText.join('; ')}. ${m.byCategory}: ${categoriesText}.${sourceText ? ' ' + sourceText : ''}`,
    caption: `${frame.total}: ${people}${sourceText ? '. ' + sourceText : ''}`,
    notes: groups.flatMap((g, gi) => (noteParts[gi] ? [`${g.label}: ${noteParts[gi].join('; ')}.`] : [])),
    csvName: `attendance-breakdown-${indicator.id}`,
    table: {
      columns: cut(labels).map((label, i) => ({ label, numeric: i > 0 })),
      rows: [
        ...groups.map((g) => row([g.label, ...g.counts, g.sum, g.declaredTotal], MISSING)),
        row([frame.total, ...categories.map((k) => k.total), data.total, undefined], ''),
      ],
    },
    view: {
      ...geometry(data, text, noteParts, options),
      legend: categories.map((k) => ({ label: k.label, series: k.series, value: n(k.total) })),
    },
  };
}
