/**
 * Which language a widget or the CLI speaks. Spanish (Colombia) first, English too.
 */

export const LANGS = ['es', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The locale used when nothing else says: the product's users are Colombian municipalities. */
export const DEFAULT_LANG: Lang = 'es';

/** The `Intl` locale for each language: es-CO groups thousands with a dot ("2.293"). */
export const INTL_LOCALE: Record<Lang, string> = { es: 'es-CO', en: 'en-US' };

/**
 * Maps a BCP 47 tag (`es`, `es-CO`, `en-GB`, `EN`) to a supported language; anything else,
 * including an empty or missing tag, falls back to Spanish.
 */
export function resolveLang(tag: string | null | undefined): Lang {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(base ?? '') ? (base as Lang) : DEFAULT_LANG;
}
