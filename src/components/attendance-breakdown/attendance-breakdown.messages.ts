import type { Lang } from '../../format/locale.js';

/**
 * Every sentence `<attendance-breakdown>` says, in Spanish and English. Numbers arrive already
 * formatted (`Intl`, es-CO or en-US); `n` is the raw count, for plurals.
 */
export interface AttendanceMessages {
  /** Title when the frame has nothing better (a missing indicator). */
  readonly title: string;
  readonly group: string;
  readonly sum: string;
  readonly declaredTotal: string;
  /** A missing count, in the table and next to a bar. */
  readonly missing: string;
  readonly people: (formatted: string, n: number) => string;
  /** The group total drawn next to each group: "Total: 503". */
  readonly total: (formatted: string) => string;
  /** The note drawn next to a group whose declared total is not its sum. */
  readonly groupNote: (declared: string, sum: string) => string;
  /** The same discrepancy in the frame's notes, naming the group. */
  readonly note: (group: string, declared: string, sum: string) => string;
  /** Tooltip and accessible name of one bar segment. */
  readonly tip: (group: string, category: string, count: string, sum: string, share: string) => string;
  /** One group in the summary: "Zona rural: 172 (Hombres 105, Mujeres 67)". */
  readonly summaryGroup: (group: string, sum: string, parts: string, declared: string | undefined) => string;
  readonly summary: (total: string, groups: string, categories: string) => string;
}

export const ATTENDANCE_MESSAGES: Record<Lang, AttendanceMessages> = {
  es: {
    title: 'Asistencia por grupo',
    group: 'Grupo',
    sum: 'Suma',
    declaredTotal: 'Total declarado',
    missing: '—',
    people: (f, n) => `${f} ${n === 1 ? 'persona' : 'personas'}`,
    total: (f) => `Total: ${f}`,
    groupNote: (d, s) => `total declarado ${d}; la suma es ${s}`,
    note: (g, d, s) => `${g}: total declarado ${d}; la suma es ${s}.`,
    tip: (g, c, n, s, p) => `${g} · ${c}: ${n} de ${s} (${p})`,
    summaryGroup: (g, s, parts, d) => `${g}: ${s} (${parts})${d ? `, total declarado ${d}` : ''}`,
    summary: (total, groups, cats) => `${total} en total. ${groups}. Por categoría: ${cats}.`,
  },
  en: {
    title: 'Attendance by group',
    group: 'Group',
    sum: 'Sum',
    declaredTotal: 'Declared total',
    missing: '—',
    people: (f, n) => `${f} ${n === 1 ? 'person' : 'people'}`,
    total: (f) => `Total: ${f}`,
    groupNote: (d, s) => `declared total ${d}; the sum is ${s}`,
    note: (g, d, s) => `${g}: declared total ${d}; the sum is ${s}.`,
    tip: (g, c, n, s, p) => `${g} · ${c}: ${n} of ${s} (${p})`,
    summaryGroup: (g, s, parts, d) => `${g}: ${s} (${parts})${d ? `, declared total ${d}` : ''}`,
    summary: (total, groups, cats) => `${total} in all. ${groups}. By category: ${cats}.`,
  },
};
