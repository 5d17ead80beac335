import type { Lang } from '../../format/locale.js';

/**
 * Every word `<attendance-breakdown>` says, in Spanish and English. The layout assembles its
 * sentences from these (numbers arrive formatted by `Intl`, es-CO or en-US): both languages put
 * the pieces in the same order, so one template per sentence serves both, and a phrase such as
 * "total declarado" is written once for the note, the frame notes and the summary. A language
 * with another word order would turn its piece into a function.
 */
export interface AttendanceMessages {
  /** Title when the frame has nothing better (a missing indicator). */
  readonly title: string;
  /** Table columns: the group names, the sums of their parts. */
  readonly group: string;
  readonly sum: string;
  /** "total declarado 178" (note, summary); the table column. */
  readonly declared: string;
  readonly declaredColumn: string;
  /** "… la suma es 172" (note). */
  readonly sumIs: string;
  /** Tooltip: "Zona rural · Hombres: 105 de 172 (61 %)". */
  readonly of: string;
  /** Summary: "849 personas en total. … Por categoría: …". */
  readonly inAll: string;
  readonly byCategory: string;
  /** `formatted` people; `n` is the raw count, for the plural. */
  readonly people: (formatted: string, n: number) => string;
}

export const ATTENDANCE_MESSAGES: Record<Lang, AttendanceMessages> = {
  es: {
    title: 'Asistencia por grupo',
    group: 'Grupo',
    sum: 'Suma',
    declared: 'total declarado',
    declaredColumn: 'Total declarado',
    sumIs: 'la suma es',
    of: 'de',
    inAll: 'en total',
    byCategory: 'Por categoría',
    people: (f, n) => `${f} ${n === 1 ? 'persona' : 'personas'}`,
  },
  en: {
    title: 'Attendance by group',
    group: 'Group',
    sum: 'Sum',
    declared: 'declared total',
    declaredColumn: 'Declared total',
    sumIs: 'the sum is',
    of: 'of',
    inAll: 'in all',
    byCategory: 'By category',
    people: (f, n) => `${f} ${n === 1 ? 'person' : 'people'}`,
  },
};
