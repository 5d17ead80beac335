/**
 * Numbers and dates through `Intl`, with formatters cached per language (building one costs
 * far more than using it).
 *
 * Percent values in feeds are 0–100 (98.34 means 98,34 %), so percentages are formatted as
 * numbers with a sign appended: Spanish style puts a no-break space before "%" ("98,34 %"),
 * English does not ("98.34%").
 */
import { INTL_LOCALE, type Lang } from './locale.js';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `n${lang}${digits}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[lang], { maximumFractionDigits: digits, minimumFractionDigits: 0 });
    cache.set(key, f);
  }
  return f;
}

/** Calendar dates from a feed are UTC days; a `Date` (a fetch time) is shown in local time. */
function dateFormat(lang: Lang, style: 'long' | 'short', utc: boolean): Intl.DateTimeFormat {
  const key = `d${lang}${style}${utc}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    const opts: Intl.DateTimeFormatOptions =
      style === 'long'
        ? { day: 'numeric', month: 'long', year: 'numeric' }
        : { day: '2-digit', month: '2-digit', year: 'numeric' };
    if (utc) opts.timeZone = 'UTC';
    f = new Intl.DateTimeFormat(INTL_LOCALE[lang], opts);
    cache.set(key, f);
  }
  return f;
}

/** "2.293" (es) / "2,293" (en); up to `digits` decimals. */
export function formatNumber(value: number, lang: Lang, digits = 2): string {
  return numberFormat(lang, digits).format(value);
}

/** A percentage given on a 0–100 scale: "98,34 %" (es) / "98.34%" (en). */
export function formatPercent(value: number, lang: Lang, digits = 2): string {
  return formatNumber(value, lang, digits) + (lang === 'es' ? '\u00a0%' : '%');
}

/** Money in an ISO 4217 currency: "$ 1.500.000" (es, COP), "$2,293.50" (en, USD); whole amounts without cents. */
export function formatCurrency(value: number, lang: Lang, currency: string): string {
  return new Intl.NumberFormat(INTL_LOCALE[lang], { style: 'currency', currency, minimumFractionDigits: Number.isInteger(value) ? 0 : undefined }).format(value);
}

/** Parses `YYYY-MM-DD` as a UTC calendar date (no time-zone shift of the day). */
export function isoToDate(iso: string): Date {
  return new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));
}

/** "29 de diciembre de 2020" / "December 29, 2020". Accepts an ISO date or a Date. */
export function formatDate(value: string | Date, lang: Lang): string {
  return typeof value === 'string' ? dateFormat(lang, 'long', true).format(isoToDate(value)) : dateFormat(lang, 'long', false).format(value);
}

/** "29/12/2020" / "12/29/2020". */
export function formatDateShort(value: string | Date, lang: Lang): string {
  return typeof value === 'string' ? dateFormat(lang, 'short', true).format(isoToDate(value)) : dateFormat(lang, 'short', false).format(value);
}

/** A feed date with the given fields: `{ day: 'numeric', month: 'short' }` → "29 de ene" / "Jan 29". */
export function formatDateWith(iso: string, lang: Lang, options: Intl.DateTimeFormatOptions): string {
  const key = lang + JSON.stringify(options);
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(INTL_LOCALE[lang], { ...options, timeZone: 'UTC' })));
  return f.format(isoToDate(iso));
}
