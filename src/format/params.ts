/** How issue parameters read inside a sentence: numbers, percentages and dates localized. */
import type { Lang } from './locale.js';
import { formatDate, formatNumber, formatPercent } from './number.js';

export const s = (v: unknown): string => String(v ?? '');
export const n = (v: unknown, lang: Lang): string => (typeof v === 'number' ? formatNumber(v, lang) : s(v));
export const pct = (v: unknown, lang: Lang): string => (typeof v === 'number' ? formatPercent(v, lang) : s(v));
export const date = (v: unknown, lang: Lang): string =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDate(v, lang) : s(v);
