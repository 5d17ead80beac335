/**
 * Every string `<commitment-progress>` shows, in Spanish and English. Typed: a string missing in
 * one language does not compile. Numbers arrive already formatted (through `Intl`), with the raw
 * count alongside where a plural depends on it.
 */
import type { Cadence, EvidenceKind, Status } from '../../feed/types.js';
import type { Lang } from '../../format/locale.js';

/** A status on the fixed scale, or `none` when the feed declares none. */
export type StatusKey = Status | 'none';

export interface CommitmentMessages {
  readonly commitment: string;
  /** "Compromiso 7" */
  readonly commitmentN: (n: string) => string;
  readonly number: string;
  readonly offices: (n: number) => string;
  readonly status: string;
  readonly statuses: Readonly<Record<StatusKey, string>>;
  readonly progress: string;
  readonly declared: string;
  readonly measured: string;
  readonly declaredProgress: string;
  readonly measuredProgress: string;
  /** "declarado 100 %" */
  readonly declaredValue: (pct: string) => string;
  /** "medido 33 % (4 de 12 meses)" */
  readonly measuredValue: (pct: string, detail: string) => string;
  /** "4 de 12 meses" */
  readonly heldOf: (held: string, expected: string, n: number, cadence: Cadence) => string;
  readonly noProgress: string;
  /** Accessible name of a bar: "Avance medido del compromiso 7". */
  readonly meterLabel: (which: 'declared' | 'measured', n: string, indicator?: string) => string;
  readonly evidence: string;
  readonly evidenceCount: (formatted: string, n: number) => string;
  readonly evidenceKinds: Readonly<Record<EvidenceKind, string>>;
  readonly newTab: string;
  readonly unsafeLink: string;
  readonly noEvidence: string;
  readonly more: string;
  readonly less: string;
  /** "2 de 12 compromisos cumplidos" */
  readonly completedOf: (done: string, total: string, n: number) => string;
  readonly statusBreakdown: (parts: string) => string;
  readonly progressSummary: (parts: string) => string;
  readonly filteredBy: (parts: string) => string;
  readonly filterOffice: string;
  readonly filterStatus: string;
  readonly groupBy: string;
  readonly all: string;
  readonly allOffices: string;
  readonly noGrouping: string;
  readonly byOffice: string;
  readonly byStatus: string;
  readonly filters: string;
  readonly noMatch: string;
  readonly clearFilters: string;
  readonly noCommitments: string;
  readonly missingCommitment: (n: string) => string;
  readonly progressMismatch: (n: string, declared: string, measured: string, detail: string) => string;
  readonly countMismatch: (n: string, declared: string, listed: string, count: number) => string;
}

const CADENCE_ES: Record<Cadence, [one: string, many: string]> = {
  monthly: ['mes', 'meses'],
  quarterly: ['trimestre', 'trimestres'],
  semiannual: ['semestre', 'semestres'],
  annual: ['año', 'años'],
};
const CADENCE_EN: Record<Cadence, [one: string, many: string]> = {
  monthly: ['month', 'months'],
  quarterly: ['quarter', 'quarters'],
  semiannual: ['half-year', 'half-years'],
  annual: ['year', 'years'],
};

export const COMMITMENT_MESSAGES: Record<Lang, CommitmentMessages> = {
  es: {
    commitment: 'Compromiso',
    commitmentN: (n) => `Compromiso ${n}`,
    number: 'N.º',
    offices: (n) => (n === 1 ? 'Responsable' : 'Responsables'),
    status: 'Estado',
    statuses: {
      'not-started': 'No iniciado',
      started: 'Iniciado',
      advanced: 'Avanzado',
      completed: 'Cumplido',
      none: 'Sin estado declarado',
    },
    progress: 'Avance',
    declared: 'Declarado',
    measured: 'Medido',
    declaredProgress: 'Avance declarado',
    measuredProgress: 'Avance medido',
    declaredValue: (p) => `declarado ${p}`,
    measuredValue: (p, d) => `medido ${p} (${d})`,
    heldOf: (h, e, n, c) => `${h} de ${e} ${CADENCE_ES[c][n === 1 ? 0 : 1]}`,
    noProgress: 'Sin avance declarado ni medido',
    meterLabel: (w, n, ind) => `${w === 'declared' ? 'Avance declarado' : 'Avance medido'} del compromiso ${n}${ind ? ` (${ind})` : ''}`,
    evidence: 'Evidencias',
    evidenceCount: (f, n) => `${f} ${n === 1 ? 'evidencia' : 'evidencias'}`,
    evidenceKinds: { document: 'Documento', video: 'Video', press: 'Comunicado de prensa', service: 'Servicio', record: 'Registro' },
    newTab: '(se abre en una pestaña nueva)',
    unsafeLink: 'enlace no admitido',
    noEvidence: 'Sin evidencias listadas',
    more: 'Ver más',
    less: 'Ver menos',
    completedOf: (d, t, n) => `${d} de ${t} ${n === 1 ? 'compromiso cumplido' : 'compromisos cumplidos'}`,
    statusBreakdown: (p) => `Estados: ${p}.`,
    progressSummary: (p) => `Avance: ${p}.`,
    filteredBy: (p) => `Filtro: ${p}.`,
    filterOffice: 'Responsable',
    filterStatus: 'Estado',
    groupBy: 'Agrupar por',
    all: 'Todos',
    allOffices: 'Todas las dependencias',
    noGrouping: 'Sin agrupar',
    byOffice: 'Responsable',
    byStatus: 'Estado',
    filters: 'Filtrar compromisos',
    noMatch: 'Ningún compromiso coincide con el filtro.',
    clearFilters: 'Quitar filtros',
    noCommitments: 'El informe no tiene compromisos.',
    missingCommitment: (n) => `El feed no tiene el compromiso ${n}.`,
    progressMismatch: (n, d, m, det) => `Compromiso ${n}: avance declarado ${d}; medido por su indicador ${m} (${det}).`,
    countMismatch: (n, d, l, c) => `Compromiso ${n}: el informe dice ${d} ${c === 1 ? 'evento' : 'eventos'}, pero lista ${l} fechas.`,
  },
  en: {
    commitment: 'Commitment',
    commitmentN: (n) => `Commitment ${n}`,
    number: 'No.',
    offices: (n) => (n === 1 ? 'Responsible office' : 'Responsible offices'),
    status: 'Status',
    statuses: {
      'not-started': 'Not started',
      started: 'Started',
      advanced: 'Advanced',
      completed: 'Completed',
      none: 'No status declared',
    },
    progress: 'Progress',
    declared: 'Declared',
    measured: 'Measured',
    declaredProgress: 'Declared progress',
    measuredProgress: 'Measured progress',
    declaredValue: (p) => `declared ${p}`,
    measuredValue: (p, d) => `measured ${p} (${d})`,
    heldOf: (h, e, n, c) => `${h} of ${e} ${CADENCE_EN[c][n === 1 ? 0 : 1]}`,
    noProgress: 'No progress declared or measured',
    meterLabel: (w, n, ind) => `${w === 'declared' ? 'Declared' : 'Measured'} progress of commitment ${n}${ind ? ` (${ind})` : ''}`,
    evidence: 'Evidence',
    evidenceCount: (f, n) => `${f} ${n === 1 ? 'piece of evidence' : 'pieces of evidence'}`,
    evidenceKinds: { document: 'Document', video: 'Video', press: 'Press release', service: 'Service', record: 'Record' },
    newTab: '(opens in a new tab)',
    unsafeLink: 'link not allowed',
    noEvidence: 'No evidence listed',
    more: 'Show more',
    less: 'Show less',
    completedOf: (d, t, n) => `${d} of ${t} ${n === 1 ? 'commitment' : 'commitments'} completed`,
    statusBreakdown: (p) => `Statuses: ${p}.`,
    progressSummary: (p) => `Progress: ${p}.`,
    filteredBy: (p) => `Filter: ${p}.`,
    filterOffice: 'Responsible office',
    filterStatus: 'Status',
    groupBy: 'Group by',
    all: 'All',
    allOffices: 'All offices',
    noGrouping: 'No grouping',
    byOffice: 'Office',
    byStatus: 'Status',
    filters: 'Filter commitments',
    noMatch: 'No commitment matches the filter.',
    clearFilters: 'Clear filters',
    noCommitments: 'The report has no commitments.',
    missingCommitment: (n) => `The feed has no commitment ${n}.`,
    progressMismatch: (n, d, m, det) => `Commitment ${n}: declared progress ${d}; its indicator measures ${m} (${det}).`,
    countMismatch: (n, d, l, c) => `Commitment ${n}: the report says ${d} ${c === 1 ? 'event' : 'events'}, but lists ${l} dates.`,
  },
};
