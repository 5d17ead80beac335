/**
 * The whole report: feed + language → view model. Pure (no DOM). The commitments' view and the
 * overall count come from `<commitment-progress>`'s layout (one computation of statuses and of
 * declared and measured progress); this adds the report's header, each commitment's notes and
 * indicators, and places every consistency warning under what its JSON path points to.
 */
import { checkConsistency } from '../../feed/consistency.js';
import { jsonPath, type FeedWarning } from '../../feed/issues.js';
import { translated } from '../../feed/pick.js';
import type { Feed, IndicatorKind } from '../../feed/types.js';
import { safeHref } from '../../format/links.js';
import type { Lang } from '../../format/locale.js';
import { issueMessage } from '../../format/messages.js';
import { formatDate, formatNumber } from '../../format/number.js';
import { TOOL_MESSAGES } from '../../format/warning-messages.js';
import type { ModelResult } from '../../internal/ruta-element.js';
import { layoutCommitments, STATUS_KEYS, type CommitmentItem } from '../commitment-progress/commitment-progress.layout.js';
import { COMMITMENT_MESSAGES } from '../commitment-progress/commitment-progress.messages.js';
import { REPORT_MESSAGES } from './transparency-report.messages.js';

export interface Warn {
  /** `$.indicators[3].groups[1].declaredTotal` */
  readonly path: string;
  readonly text: string;
}

export interface IndicatorRef {
  /** Position in the feed's list: unique, unlike a feed's ids. */
  readonly index: number;
  readonly kind: IndicatorKind;
  readonly id: string;
  /**
   * Its title, given to its element as `label`: shown while it loads too, and numbered where
   * two indicators share one, so every element on the page has its own name.
   */
  readonly label: string;
  readonly warnings: readonly Warn[];
}

export interface Section {
  readonly item: CommitmentItem;
  /** The commitment's notes, in the feed's language. */
  readonly notes: readonly string[];
  readonly warnings: readonly Warn[];
  readonly indicators: readonly IndicatorRef[];
}

export interface HeaderField {
  readonly label: string;
  readonly value: string;
  readonly href?: string;
}

export interface ReportView {
  readonly header: readonly HeaderField[];
  /** "2 de 12 compromisos cumplidos" */
  readonly summaryLine: string;
  /** "Cumplido: 2", "Sin estado declarado: 10" (statuses with none left out), then "3 advertencias". */
  readonly statuses: readonly string[];
  /** Warnings about the report itself (its period). */
  readonly warnings: readonly Warn[];
  readonly sections: readonly Section[];
  /** Indicators of a commitment the feed does not have: shown, not hidden. */
  readonly orphans: readonly IndicatorRef[];
}

/** Consistency warnings by feed object: a width change must not check the feed again. */
const checked = new WeakMap<Feed, readonly FeedWarning[]>();

export function layoutReport(feed: Feed, lang: Lang): ModelResult<ReportView> {
  const base = layoutCommitments(feed, { lang });
  if (base.kind !== 'model') return base;
  const m = REPORT_MESSAGES[lang];
  const cm = COMMITMENT_MESSAGES[lang];
  const t = TOOL_MESSAGES[lang];
  const { report } = feed;

  let all = checked.get(feed);
  if (!all) checked.set(feed, (all = checkConsistency(feed)));
  // Where each warning goes: under what its path starts with (a commitment, an indicator, the report).
  const at = (...start: (string | number)[]) =>
    all.filter((w) => start.every((s, i) => w.path[i] === s)).map((w) => ({ path: jsonPath(w.path), text: issueMessage(w, lang) }));

  // An indicator goes under the first commitment of its number (the validator warns of repeats).
  const first = new Map<number, number>();
  feed.commitments.forEach((c, i) => first.has(c.number) || first.set(c.number, i));
  const byCommitment = new Map<number | undefined, IndicatorRef[]>();
  const titles = new Map<string, number>();
  (feed.indicators ?? []).forEach((ind, index) => {
    const key = first.get(ind.commitment);
    const list = byCommitment.get(key) ?? [];
    const title = translated(ind, 'title', ind.title, lang);
    const seen = (titles.get(title) ?? 0) + 1;
    titles.set(title, seen);
    const label = seen > 1 ? `${title} (${seen})` : title;
    list.push({ index, kind: ind.kind, id: ind.id, label, warnings: at('indicators', index) });
    byCommitment.set(key, list);
  });

  const count = all.length ? t.warningsCount(all.length) : t.noWarnings;
  const items = base.view.groups.flatMap((g) => g.items);
  const header: HeaderField[] = [
    { label: m.entity, value: report.entity },
    { label: m.period, value: t.period(report.period.start, report.period.end, lang) },
  ];
  if (report.published) header.push({ label: m.published, value: formatDate(report.published, lang) });
  if (report.office) header.push({ label: m.office, value: report.office });
  if (report.source) {
    const href = safeHref(report.source.url);
    header.push({ label: m.source, value: report.source.title, ...(href ? { href } : {}) });
  }

  return {
    ...base,
    summary: `${base.summary} ${count}`,
    csvName: 'transparency-report',
    view: {
      header,
      summaryLine: base.view.summaryLine,
      statuses: [
        ...STATUS_KEYS.map((s) => [s, items.filter((d) => d.status === s).length] as const)
          .filter(([, n]) => n)
          .map(([s, n]) => `${cm.statuses[s]}: ${formatNumber(n, lang)}`),
        count,
      ],
      warnings: at('report'),
      sections: items.map((item) => ({
        item,
        notes: feed.commitments[item.index]!.notes ?? [],
        warnings: at('commitments', item.index),
        indicators: byCommitment.get(item.index) ?? [],
      })),
      orphans: byCommitment.get(undefined) ?? [],
    },
  };
}
