/**
 * Every string `<commitment-progress>` shows, in Spanish and English. Typed: a string missing in
 * one language does not compile. Numbers arrive already formatted (through `Intl`), with the raw
 * count alongside where a plural depends on it.
 */
import type { Cadence, Status } from '../../feed/types.js';
import type { Lang } from '../../format/locale.js';

/** A status on the fixed scale, or `none` when the feed declares none. */
export type StatusKey = Status | 'none';

export interface CommitmentMessages {
  readonly commitment: string;
  readonly number: string;
  /** Label of one office, and of the office filter. */
  readonly office: string;
  readonly offices: string;
  readonly status: string;
  readonly statuses: Readonly<Record<StatusKey, string>>;
  readonly progress: string;
  /** Lower case: they start "declarado 100 %" and "medido 33 % (4 de 12 meses)". */
  readonly declared: string;
  readonly measured: string;
  /** Table columns, and with `meterLabel` a bar's accessible name. */
  readonly declaredProgress: string;
  readonly measuredProgress: string;
  /** "Avance medido del compromiso 7" */
  readonly meterLabel: (progress: string, n: number) => string;
  /** "4 de 12 meses" */
  readonly heldOf: (held: string, expected: string, n: number, cadence: Cadence) => string;
  readonly noProgress: string;
  readonly evidence: string;
  readonly more: string;
  readonly less: string;
  /** "2 de 12 compromisos cumplidos" */
  readonly completedOf: (done: string, total: string, n: number) => string;
  readonly groupBy: string;
  readonly all: string;
  readonly noGrouping: string;
  readonly noMatch: string;
  readonly clearFilters: string;
  readonly missingCommitment: (n: string) => string;
  /** "Mostrar 50 más (quedan 9.950)": `k` and `n` formatted, `left` the raw count. */
  readonly showMore: (k: string, n: string, left: number) => string;
}

/** Each cadence's slot, singular and plural. */
const SLOTS: Record<Lang, Record<Cadence, readonly [string, string]>> = {
  es: { monthly: ['mes', 'meses'], quarterly: ['trimestre', 'trimestres'], semiannual: ['semestre', 'semestres'], annual: ['año', 'años'] },
  en: { monthly: ['month', 'months'], quarterly: ['quarter', 'quarters'], semiannual: ['half-year', 'half-years'], annual: ['year', 'years'] },
};

export const COMMITMENT_MESSAGES: Record<Lang, CommitmentMessages> = {
  es: {
    commitment: 'Compromiso',
    number: 'N.º',
    office: 'Responsable',
    offices: 'Responsables',
    status: 'Estado',
    statuses: {
      'not-started': 'No iniciado',
      started: 'Iniciado',
      advanced: 'Avanzado',
      completed: 'Cumplido',
      none: 'Sin estado declarado',
    },
    progress: 'Avance',
    declared: 'declarado',
    measured: 'medido',
    declaredProgress: 'Avance declarado',
    measuredProgress: 'Avance medido',
    meterLabel: (p, n) => `${p} del compromiso ${n}`,
    heldOf: (h, e, n, c) => `${h} de ${e} ${SLOTS.es[c][n === 1 ? 0 : 1]}`,
    noProgress: 'Sin avance declarado ni medido',
    evidence: 'Evidencias',
    more: 'Ver más',
    less: 'Ver menos',
    completedOf: (d, t, n) => `${d} de ${t} ${n === 1 ? 'compromiso cumplido' : 'compromisos cumplidos'}`,
    groupBy: 'Agrupar por',
    all: 'Todos',
    noGrouping: 'Sin agrupar',
    noMatch: 'Ningún compromiso coincide con el filtro.',
    clearFilters: 'Quitar filtros',
    missingCommitment: (n) => `El feed no tiene el compromiso ${n}.`,
    showMore: (k, n, left) => `Mostrar ${k} más (${left === 1 ? 'queda' : 'quedan'} ${n})`,
  },
  en: {
    commitment: 'Commitment',
    number: 'No.',
    office: 'Responsible office',
    offices: 'Responsible offices',
    status: 'Status',
    statuses: {
      'not-started': 'Not started',
      started: 'Started',
      advanced: 'Advanced',
      completed: 'Completed',
      none: 'No status declared',
    },
    progress: 'Progress',
    declared: 'declared',
    measured: 'measured',
    declaredProgress: 'Declared progress',
    measuredProgress: 'Measured progress',
    meterLabel: (p, n) => `${p} of commitment ${n}`,
    heldOf: (h, e, n, c) => `${h} of ${e} ${SLOTS.en[c][n === 1 ? 0 : 1]}`,
    noProgress: 'No progress declared or measured',
    evidence: 'Evidence',
    more: 'Show more',
    less: 'Show less',
    completedOf: (d, t, n) => `${d} of ${t} ${n === 1 ? 'commitment' : 'commitments'} completed`,
    groupBy: 'Group by',
    all: 'All',
    noGrouping: 'No grouping',
    noMatch: 'No commitment matches the filter.',
    clearFilters: 'Clear filters',
    missingCommitment: (n) => `The feed has no commitment ${n}.`,
    showMore: (k, n) => `Show ${k} more (${n} left)`,
  },
};
