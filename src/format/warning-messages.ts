/**
 * The consistency warnings as sentences, in Spanish and English. Apart from messages.ts because
 * only publishers' tools and the whole-report element show them: the three chart widgets do not
 * ship these strings.
 */
import type { IssueParams, WarningCode } from '../feed/issues.js';
import type { Lang } from './locale.js';
import { formatDate, formatDateShort } from './number.js';
import { date, n, pct, s } from './params.js';

type WarningMessages = { readonly [C in WarningCode]: (p: IssueParams, lang: Lang) => string };

const CADENCE_ES: Record<string, string> = { monthly: 'mensual', quarterly: 'trimestral', semiannual: 'semestral', annual: 'anual' };
const CADENCE_EN: Record<string, string> = { monthly: 'monthly', quarterly: 'quarterly', semiannual: 'semiannual', annual: 'annual' };
const CADENCE_UNIT_ES: Record<string, string> = { monthly: 'meses', quarterly: 'trimestres', semiannual: 'semestres', annual: 'años' };
const CADENCE_UNIT_EN: Record<string, string> = { monthly: 'months', quarterly: 'quarters', semiannual: 'half-years', annual: 'years' };

export const WARNING_MESSAGES: Record<Lang, WarningMessages> = {
  es: {
    'total-mismatch': (p, l) =>
      `el total declarado${p.group ? ` de «${s(p.group)}»` : ''} es ${n(p.declared, l)}, pero la suma de sus partes es ${n(p.sum, l)}`,
    'share-mismatch': (p, l) => `el porcentaje declarado de «${s(p.name)}» es ${pct(p.declared, l)}, pero el calculado es ${pct(p.computed, l)}`,
    'progress-mismatch': (p, l) =>
      `el compromiso ${s(p.commitment)} declara ${pct(p.declared, l)} de avance, pero su indicador «${s(p.id)}» mide ${pct(p.measured, l)} (${n(p.held, l)} de ${n(p.expected, l)})`,
    'cadence-shortfall': (p, l) =>
      `el compromiso ${s(p.commitment)} promete una frecuencia ${CADENCE_ES[s(p.cadence)] ?? s(p.cadence)}; en el periodo hubo eventos en ${n(p.held, l)} de ${n(p.expected, l)} ${CADENCE_UNIT_ES[s(p.cadence)] ?? 'periodos'}`,
    'count-mismatch': (p, l) => `el texto declara ${n(p.declared, l)} eventos, pero se listan ${n(p.listed, l)} fechas`,
    'date-outside-period': (p, l) => `la fecha ${date(p.date, l)} está fuera del periodo del informe (${date(p.start, l)} – ${date(p.end, l)})`,
    'period-reversed': (p, l) => `el periodo empieza (${date(p.start, l)}) después de terminar (${date(p.end, l)})`,
    'duplicate-id': (p) => `el id «${s(p.id)}» está repetido`,
    'duplicate-commitment': (p) => `el compromiso número ${s(p.number)} está repetido`,
    'duplicate-entry': (p) => `«${s(p.key)}» está repetido en el indicador «${s(p.id)}»`,
    'unknown-commitment': (p) => `el indicador «${s(p.id)}» apunta al compromiso ${s(p.commitment)}, que no existe`,
    'unknown-category': (p) => `la categoría «${s(p.key)}» no está en «categories» del indicador «${s(p.id)}»`,
    'unknown-territory': (p) => `el territorio «${s(p.key)}» no está en «territories» del indicador «${s(p.id)}»`,
  },
  en: {
    'total-mismatch': (p, l) =>
      `the declared total${p.group ? ` of "${s(p.group)}"` : ''} is ${n(p.declared, l)}, but its parts add up to ${n(p.sum, l)}`,
    'share-mismatch': (p, l) => `the declared share of "${s(p.name)}" is ${pct(p.declared, l)}, but the computed share is ${pct(p.computed, l)}`,
    'progress-mismatch': (p, l) =>
      `commitment ${s(p.commitment)} declares ${pct(p.declared, l)} progress, but its indicator "${s(p.id)}" measures ${pct(p.measured, l)} (${n(p.held, l)} of ${n(p.expected, l)})`,
    'cadence-shortfall': (p, l) =>
      `commitment ${s(p.commitment)} promises a ${CADENCE_EN[s(p.cadence)] ?? s(p.cadence)} cadence; events took place in ${n(p.held, l)} of ${n(p.expected, l)} ${CADENCE_UNIT_EN[s(p.cadence)] ?? 'periods'} of the period`,
    'count-mismatch': (p, l) => `the text declares ${n(p.declared, l)} events, but ${n(p.listed, l)} dates are listed`,
    'date-outside-period': (p, l) => `the date ${date(p.date, l)} is outside the report period (${date(p.start, l)} – ${date(p.end, l)})`,
    'period-reversed': (p, l) => `the period starts (${date(p.start, l)}) after it ends (${date(p.end, l)})`,
    'duplicate-id': (p) => `the id "${s(p.id)}" is repeated`,
    'duplicate-commitment': (p) => `commitment number ${s(p.number)} is repeated`,
    'duplicate-entry': (p) => `"${s(p.key)}" is repeated in indicator "${s(p.id)}"`,
    'unknown-commitment': (p) => `indicator "${s(p.id)}" points to commitment ${s(p.commitment)}, which does not exist`,
    'unknown-category': (p) => `category "${s(p.key)}" is not among the "categories" of indicator "${s(p.id)}"`,
    'unknown-territory': (p) => `territory "${s(p.key)}" is not among the "territories" of indicator "${s(p.id)}"`,
  },
};

/** What the publishers' validator and the demo page say around the findings. */
export interface ToolMessages {
  readonly cadence: Record<string, string>;
  readonly warningsCount: (n: number) => string;
  readonly noWarnings: string;
  readonly valid: string;
  readonly loading: string;
  readonly stale: (fetchedAt: Date, lang: Lang) => string;
  readonly period: (start: string, end: string, lang: Lang) => string;
}

export const TOOL_MESSAGES: Record<Lang, ToolMessages> = {
  es: {
    cadence: CADENCE_ES,
    warningsCount: (k) => (k === 1 ? '1 advertencia' : `${k} advertencias`),
    noWarnings: 'Sin advertencias de consistencia.',
    valid: 'El feed es válido.',
    loading: 'Cargando datos…',
    stale: (d, l) => `Datos del ${formatDateShort(d, l)}; no se pudo actualizar.`,
    period: (a, b, l) => `${formatDate(a, l)} – ${formatDate(b, l)}`,
  },
  en: {
    cadence: CADENCE_EN,
    warningsCount: (k) => (k === 1 ? '1 warning' : `${k} warnings`),
    noWarnings: 'No consistency warnings.',
    valid: 'The feed is valid.',
    loading: 'Loading data…',
    stale: (d, l) => `Data from ${formatDateShort(d, l)}; could not update.`,
    period: (a, b, l) => `${formatDate(a, l)} – ${formatDate(b, l)}`,
  },
};
