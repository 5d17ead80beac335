/**
 * One `figure` indicator → view model. Pure (no DOM); the element only draws what this returns.
 *
 * The big figure is the value with its unit beside it, and under it the change against the
 * baseline, in words with an arrow ("▼ 69 % menos que en diciembre de 2019"). A figure with a
 * change and no value (Ibagué's spending) makes the change's size the big figure, its words
 * beside it and the unit under it. The figure's font is as large as fits the width.
 */
import { translated } from '../../feed/pick.js';
import { LINK_PATTERN } from '../../feed/schema.js';
import type { Feed, FigureIndicator } from '../../feed/types.js';
import type { Lang } from '../../format/locale.js';
import { formatCurrency, formatDate, formatDateWith, formatNumber, formatPercent } from '../../format/number.js';
import { FRAME } from '../../format/ui.js';
import type { ModelResult } from '../../internal/ruta-element.js';
import { estimateTextWidth } from '../../viz/text.js';
import { FIGURE_MESSAGES } from './indicator-figure.messages.js';

export interface FigureView {
  /** "Compromiso 10 · Austeridad en el gasto". */
  readonly context: string;
  /** The value as the feed formats it ("2.293", "45 %", "$ 1.500"); empty when there is none. */
  readonly value: string;
  readonly unit?: string | undefined;
  /** The feed's language, where it differs from the reader's (the unit is never translated). */
  readonly unitLang?: string | undefined;
  /** The change: ▲ up, ▼ down, = none; its size ("69 %"); its words ("menos que en diciembre de 2019"). */
  readonly arrow: string;
  readonly pct: string;
  readonly words: string;
  /** Font size of the big figure (the value, or arrow and change), in pixels: as large as fits. */
  readonly size: number;
  /** Source and cut date: "Fuente: PISAMI, corte al 29 de diciembre de 2020." */
  readonly caption: string;
  /** The source's URL, only when http(s) or mailto. */
  readonly href?: string | undefined;
}

export const MIN_SIZE = 20;
export const MAX_SIZE = 56;

/** The figure's font size for a width: as large as fits (estimated), within [MIN_SIZE, MAX_SIZE]. */
export const figureSize = (text: string, width: number) => Math.floor(Math.max(MIN_SIZE, Math.min(MAX_SIZE, width / estimateTextWidth(text, 1.1))));

export function layoutFigure(f: FigureIndicator, feed: Feed, lang: Lang, width: number): ModelResult<FigureView> {
  const m = FIGURE_MESSAGES[lang];
  const title = translated(f, 'title', f.title, lang);
  const { value, change, unit, source } = f;
  // The schema requires one of the two; a feed set by code past the validator might not.
  if (value === undefined && !change) return { kind: 'empty', title };
  const { language } = feed.report;
  const unitLang = language.toLowerCase().split('-')[0] === lang ? undefined : language;
  const shown =
    value === undefined
      ? ''
      : f.format === 'percent'
        ? formatPercent(value, lang)
        : f.format === 'currency' && f.currency
          ? formatCurrency(value, lang, f.currency)
          : formatNumber(value, lang);

  // The change's size, and its direction in words and by an arrow. The baseline is the feed's
  // text, or for a reader of another language the month of its date ("December 2019").
  const sign = Math.sign(change?.value ?? 0);
  const pct = change ? formatPercent(Math.abs(change.value), lang) : '';
  const base = change ? (unitLang && change.baselineDate ? formatDateWith(change.baselineDate, lang, { month: 'long', year: 'numeric' }) : change.baseline) : '';
  const words = change ? m.change(sign, base) : '';

  const c = feed.commitments.find((x) => x.number === f.commitment);
  const context = `${m.commitment} ${f.commitment}` + (c?.title ? ` · ${translated(c, 'title', c.title, lang)}` : '');
  const cut = source?.cutDate ?? f.date;
  const caption = source?.system || cut ? FRAME[lang].source(source?.system, cut) : '';
  const said = shown ? `${shown} ${unit ?? ''}${change ? `, ${pct} ${words}` : ''}` : `${pct} ${words}${unit ? `, ${unit}` : ''}`;
  const date = f.date ?? source?.cutDate;
  const from = source?.system ?? source?.url;
  const cells = [title, value, unit, change?.value, change?.baseline, date, from];
  const display = [title, shown, unit, change ? (sign > 0 ? '+' : '') + formatPercent(change.value, lang) : '', base, date && formatDate(date, lang), from];

  return {
    kind: 'model',
    title,
    summary: `${title}: ${said.trim()}. ${context}. ${caption}`.trim(),
    ...(f.notes ? { notes: f.notes } : {}),
    csvName: `indicator-figure-${f.id}`,
    table: {
      columns: m.columns.map((label, i) => ({ label, numeric: i === 1 || i === 3 })),
      rows: [{ cells, display: display.map((d) => d ?? '') }],
    },
    view: {
      context,
      value: shown,
      unit,
      unitLang,
      arrow: change ? (sign > 0 ? '▲' : sign < 0 ? '▼' : '=') : '',
      pct,
      words,
      size: figureSize(shown || `▼ ${pct}`, width),
      caption,
      href: source?.url && LINK_PATTERN.test(source.url) ? source.url : undefined,
    },
  };
}
