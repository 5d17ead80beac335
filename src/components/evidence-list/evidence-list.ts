import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Feed } from '../../feed/types.js';
import type { Lang } from '../../format/locale.js';
import { frameStyles, tokens } from '../../internal/frame.styles.js';
import { RutaElement, type ModelResult } from '../../internal/ruta-element.js';
import { layoutEvidence, type EvidenceView } from './evidence-list.layout.js';
import { EVIDENCE_MESSAGES } from './evidence-list.messages.js';
import { styles } from './evidence-list.styles.js';

const TAG = 'evidence-list';

/**
 * Documents, services, press releases, videos and records, grouped by kind (each kind named and
 * drawn with its own shape), with their dates. Links open only for http(s) and mailto URLs;
 * anything else (`javascript:`, `data:`, a relative path) shows as plain text, never as a link.
 * Each link's accessible name says it opens the source (or writes an email); on paper, every
 * link prints its URL after its label.
 *
 * The list comes from a `links` indicator (`indicator`, default the feed's first), or from one
 * commitment's evidence (`commitment`). If both attributes are set, `indicator` wins.
 *
 * @summary Evidence and links by kind, from a `links` indicator or a commitment's evidence.
 *
 * @attr src - URL of the feed (JSON). Widgets on one URL share one request.
 * @attr indicator - Id of the `links` indicator to show; default: the first. Wins over `commitment`.
 * @attr commitment - Number of a commitment whose evidence to show (e.g. `11`), when no `indicator` is set.
 * @attr kind - Show only one kind: `document`, `video`, `press`, `service` or `record`. Other values are ignored.
 * @attr refresh - Seconds between refreshes of `src`; absent or 0: load once.
 * @attr lang - `es` (default) or `en`; otherwise the nearest ancestor's `lang`.
 * @attr theme - `auto` (default, follows the reader), `light` or `dark`.
 * @attr label - A title to show instead of the feed's.
 * @attr heading-level - Heading level of the title, 1–6 (default 3); kind headings take the level below.
 * @attr loading - `lazy` (default): fetch and lay out only when near the viewport; `eager`: at once.
 *
 * @prop {unknown} data - The feed as an object; wins over `src` and inline JSON.
 *
 * @slot - An inline `<script type="application/json">` with the feed, for pages with no separate file; any other content (a link to the report or its CSV) is a fallback shown only where scripts do not run.
 *
 * @fires ruta-download - The reader downloaded the CSV; `detail: { filename, csv }`.
 *
 * @csspart base - The frame around everything.
 * @csspart title - The title.
 * @csspart status - Loading, error, empty and stale messages.
 * @csspart chart - The list area.
 * @csspart group - A kind's heading, with its shape, name and count.
 * @csspart list - The list of one kind.
 * @csspart item - One item: its label (a link when it has a safe URL) and date.
 * @csspart link - A link.
 * @csspart table-toggle - The "view table" button.
 * @csspart download - The CSV button.
 * @csspart table - The data table.
 *
 * @cssproperty --evidence-list-background - Background (falls back to `--ruta-background`).
 * @cssproperty --evidence-list-foreground - Text colour and kind shapes (falls back to `--ruta-foreground`).
 * @cssproperty --evidence-list-muted - Dates and secondary text (falls back to `--ruta-muted`).
 * @cssproperty --evidence-list-border - Frame and table borders (falls back to `--ruta-border`).
 * @cssproperty --evidence-list-accent - Links, buttons and focus ring (falls back to `--ruta-accent`).
 * @cssproperty --evidence-list-track - Skeleton and button hover (falls back to `--ruta-track`).
 * @cssproperty --evidence-list-warning-foreground - Stale text (falls back to `--ruta-warning-foreground`).
 * @cssproperty --evidence-list-warning-background - Stale background (falls back to `--ruta-warning-background`).
 * @cssproperty --evidence-list-error-foreground - Error text (falls back to `--ruta-error-foreground`).
 * @cssproperty --evidence-list-error-background - Error background (falls back to `--ruta-error-background`).
 * @cssproperty --evidence-list-font-family - Font (falls back to `--ruta-font-family`, then the system font).
 * @cssproperty --evidence-list-radius - Corner radius (falls back to `--ruta-radius`).
 */
export class EvidenceList extends RutaElement<EvidenceView> {
  static override styles = [tokens(TAG), frameStyles, styles];
  protected readonly tag = TAG;

  /** Id of the `links` indicator to show; default: the first. Wins over `commitment`. */
  @property() indicator?: string;

  /** Number of a commitment whose evidence to show, when no `indicator` is set. */
  @property() commitment?: string;

  /** Only this kind (`document`, `video`, `press`, `service`, `record`); others are ignored. */
  @property() kind?: string;

  protected model(feed: Feed, lang: Lang): ModelResult<EvidenceView> {
    return layoutEvidence(feed, { lang, indicator: this.indicator, commitment: this.commitment, kind: this.kind });
  }

  protected renderChart(view: EvidenceView, lang: Lang): TemplateResult {
    const m = EVIDENCE_MESSAGES[lang];
    const fl = view.feedLang ?? nothing;
    return html`${view.groups.map(
      (g) => html`<div part="group" class="h" role="heading" aria-level=${Math.min(6, Number(this.clampedLevel()) + 1)}><span class="i k-${g.kind}"></span>${g.heading}</div>
        <ul part="list" role="list">
          ${g.items.map(
            (d) => html`<li part="item">
              ${d.href ? html`<a part="link" href=${d.href}><span lang=${fl}>${d.label}</span><span class="sr-only">${d.mail ? m.mail : m.opens}</span></a>` : html`<span lang=${fl}>${d.label}</span>`}
              ${d.date ? html`<time class="muted" datetime=${d.iso!}>${d.date}</time>` : nothing}
            </li>`,
          )}
        </ul>`,
    )}`;
  }
}

// A page may load two copies of the library (two widgets pasted from two sources, or two
// versions): the first definition stays, the second copy's must not throw.
if (!customElements.get('evidence-list')) customElements.define('evidence-list', EvidenceList);

declare global {
  interface HTMLElementTagNameMap {
    [TAG]: EvidenceList;
  }
}
