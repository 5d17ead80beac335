/**
 * Evidence and links: feed + options → view model. Pure (no DOM) and never mutates the feed.
 *
 * Two sources: a `links` indicator (by id, else the feed's first), or the evidence of one
 * commitment. When both are asked for, the indicator wins: it is the more specific choice, and
 * a page that names one means that list. Items are grouped by kind in a fixed order, each keeping
 * its order in the feed. A URL becomes a link only when `safeHref` allows it (http, https,
 * mailto); any other stays out of the view, and its label shows as plain text.
 */
import { pickIndicator, translated } from '../../feed/pick.js';
import { EVIDENCE_KINDS } from '../../feed/schema.js';
import type { Evidence, EvidenceKind, Feed } from '../../feed/types.js';
import { safeHref } from '../../format/links.js';
import type { Lang } from '../../format/locale.js';
import { formatDate, formatNumber } from '../../format/number.js';
import { FRAME } from '../../format/ui.js';
import type { ModelResult } from '../../internal/ruta-element.js';
import { EVIDENCE_MESSAGES } from './evidence-list.messages.js';

export interface EvidenceOptions {
  readonly lang: Lang;
  /** Id of a `links` indicator; wins over `commitment`. */
  readonly indicator?: string | null | undefined;
  /** A commitment's number: its evidence, when no indicator is named. */
  readonly commitment?: number | string | null | undefined;
  /** Only this kind; an unknown kind is ignored. */
  readonly kind?: string | null | undefined;
}

export interface EvidenceItem {
  readonly label: string;
  /** ISO date and its formatted text, when the feed gives one. */
  readonly iso?: string;
  readonly date?: string;
  /** Only for http(s) and mailto URLs. */
  readonly href?: string;
  /** A `mailto:` link (its hidden name says it writes an email). */
  readonly mail?: boolean;
}

export interface EvidenceGroup {
  readonly kind: EvidenceKind;
  /** "Comunicados de prensa (7)" */
  readonly heading: string;
  readonly items: readonly EvidenceItem[];
}

export interface EvidenceView {
  readonly groups: readonly EvidenceGroup[];
  /** The feed's language, when it differs from the reader's (labels are never translated). */
  readonly feedLang?: string;
}

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

export function layoutEvidence(feed: Feed, o: EvidenceOptions): ModelResult<EvidenceView> {
  const { lang } = o;
  const m = EVIDENCE_MESSAGES[lang];
  const count = (n: number) => formatNumber(n, lang, 0);
  const wanted = o.commitment == null ? '' : String(o.commitment).trim();
  let title: string;
  let list: readonly Evidence[];
  let csvName: string;
  if (o.indicator || !wanted) {
    const picked = pickIndicator(feed, 'links', o.indicator);
    if (!picked.ok) return { kind: 'problem', title: '', message: FRAME[lang].indicatorMissing('links', o.indicator ?? undefined, picked.available) };
    const ind = picked.indicator;
    title = translated(ind, 'title', ind.title, lang);
    list = ind.items;
    csvName = ind.id;
  } else {
    const c = feed.commitments.find((x) => x.number === Number(wanted));
    if (!c) return { kind: 'problem', title: '', message: m.noCommitment(wanted) };
    title = m.of(c.number) + (c.title ? `: ${translated(c, 'title', c.title, lang)}` : '');
    list = c.evidence ?? [];
    csvName = `commitment-${c.number}`;
  }
  const only = EVIDENCE_KINDS.find((k) => k === o.kind);
  const shown = list.filter((e) => !only || e.kind === only);
  if (!shown.length) return { kind: 'empty', title };

  const items = shown.map((e): EvidenceItem & { kind: EvidenceKind } => {
    const href = safeHref(e.url);
    return {
      kind: e.kind,
      label: e.label,
      ...(e.date ? { iso: e.date, date: formatDate(e.date, lang) } : {}),
      ...(href ? { href, mail: href.startsWith('mailto:') } : {}),
    };
  });
  const groups = EVIDENCE_KINDS.map((kind) => {
    const of = items.filter((d) => d.kind === kind);
    return { kind, heading: `${cap(m.kinds[kind][1])} (${count(of.length)})`, items: of };
  }).filter((g) => g.items.length);
  const parts = groups.map((g) => `${count(g.items.length)} ${m.kinds[g.kind][g.items.length === 1 ? 0 : 1]}`);
  const linked = items.filter((d) => d.href).length;
  const { language } = feed.report;

  return {
    kind: 'model',
    title,
    summary: `${m.items(count(items.length), items.length)}: ${parts.join(', ')}; ${m.linked(count(linked))}.`,
    csvName: `evidence-list-${csvName}`,
    table: {
      columns: m.columns.map((label) => ({ label })),
      rows: items.map((d) => ({
        cells: [d.label, d.kind, d.iso, d.href],
        display: [d.label, cap(m.kinds[d.kind][0]), d.date ?? '', d.href ?? ''],
      })),
    },
    view: { groups, ...(language.toLowerCase().split('-')[0] === lang ? {} : { feedLang: language }) },
  };
}
