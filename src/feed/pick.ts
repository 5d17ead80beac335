/**
 * Picking the indicator a widget shows: the one named by `indicator="…"`, else the first of the
 * widget's kind (the only one, in most feeds).
 */
import type { Feed, IndicatorKind, IndicatorOf } from './types.js';

export type Pick<K extends IndicatorKind> =
  | { readonly ok: true; readonly indicator: IndicatorOf<K> }
  | { readonly ok: false; readonly available: readonly string[] };

export function pickIndicator<K extends IndicatorKind>(feed: Feed, kind: K, id?: string | null): Pick<K> {
  const ofKind = (feed.indicators ?? []).filter((i): i is IndicatorOf<K> => i.kind === kind);
  const found = id ? ofKind.find((i) => i.id === id) : ofKind[0];
  return found ? { ok: true, indicator: found } : { ok: false, available: ofKind.map((i) => i.id) };
}

type Translatable = { readonly translations?: Readonly<Record<string, { readonly title?: string; readonly text?: string }>> | undefined };

/**
 * A text in the reader's language when the feed gives one (`translations.en.title`), else the
 * feed's own text. Never a machine translation.
 */
export function translated(item: Translatable, field: 'title' | 'text', original: string, lang: string): string {
  return item.translations?.[lang]?.[field] ?? original;
}
