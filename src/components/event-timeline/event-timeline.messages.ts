import type { Cadence } from '../../feed/types.js';
import type { Lang } from '../../format/locale.js';

/**
 * Every word `<event-timeline>` says, in Spanish and English. Numbers and dates arrive formatted
 * by `Intl` (es-CO or en-US).
 *
 * The feed does not say what its events are (meetings, sessions, reports, milestones), so an
 * expected period with none says "sin registro": the report records nothing for it, whatever
 * the event would have been.
 */
export interface TimelineMessages {
  /** Title when the frame has nothing better (a missing indicator). */
  readonly title: string;
  /** An expected period with no event: on its slot, in the table, in the summary. */
  readonly none: string;
  /** Summary: "Sin registro: febrero de 2020, …". */
  readonly missing: string;
  /** Table columns. */
  readonly slot: string;
  readonly date: string;
  readonly event: string;
  readonly link: string;
  /** An event dated outside the report period: tooltip, table; the note lists them. */
  readonly out: string;
  readonly outNote: string;
  /** "periodo del informe: 1 de enero de 2020 – 31 de diciembre de 2020" (caption). */
  readonly period: string;
  /** Slot names for quarters and halves: "T1 2020" / "Q1 2020", "S1 2020" / "H1 2020". */
  readonly quarter: string;
  readonly half: string;
  /** A cadence's unit, singular and plural: "mes", "meses". */
  readonly units: Record<Cadence, readonly [string, string]>;
  /** "4 de 12 meses con registro" (caption, summary); `unit` already in the right number. */
  readonly held: (held: string, expected: string, unit: string) => string;
  /** `formatted` events; `n` is the raw count, for the plural. */
  readonly events: (formatted: string, n: number) => string;
  /** A declared count that is not the number of events listed (note). */
  readonly declared: (declared: string, listed: string) => string;
}

export const TIMELINE_MESSAGES: Record<Lang, TimelineMessages> = {
  es: {
    title: 'Eventos',
    none: 'sin registro',
    missing: 'Sin registro',
    slot: 'Periodo',
    date: 'Fecha',
    event: 'Evento',
    link: 'Enlace',
    out: 'fuera del periodo',
    outNote: 'Fuera del periodo del informe',
    period: 'periodo del informe',
    quarter: 'T',
    half: 'S',
    units: { monthly: ['mes', 'meses'], quarterly: ['trimestre', 'trimestres'], semiannual: ['semestre', 'semestres'], annual: ['año', 'años'] },
    held: (h, e, u) => `${h} de ${e} ${u} con registro`,
    events: (f, n) => `${f} ${n === 1 ? 'evento' : 'eventos'}`,
    declared: (d, l) => `El informe declara ${d}; lista ${l}.`,
  },
  en: {
    title: 'Events',
    none: 'none recorded',
    missing: 'None recorded',
    slot: 'Period',
    date: 'Date',
    event: 'Event',
    link: 'Link',
    out: 'outside the period',
    outNote: 'Outside the report period',
    period: 'report period',
    quarter: 'Q',
    half: 'H',
    units: { monthly: ['month', 'months'], quarterly: ['quarter', 'quarters'], semiannual: ['half-year', 'half-years'], annual: ['year', 'years'] },
    held: (h, e, u) => `${h} of ${e} ${u} with a record`,
    events: (f, n) => `${f} ${n === 1 ? 'event' : 'events'}`,
    declared: (d, l) => `The report declares ${d}; it lists ${l}.`,
  },
};
