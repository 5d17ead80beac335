import type { Lang } from '../../format/locale.js';

/**
 * What `<transparency-report>` says around the feed, in Spanish and English. The commitments'
 * own words (statuses, "Responsable", "Evidencias", "2 de 12 compromisos cumplidos") come from
 * `<commitment-progress>`'s table, and the warnings from `format/warning-messages.ts`.
 */
export interface ReportMessages {
  readonly entity: string;
  readonly period: string;
  readonly published: string;
  readonly office: string;
  readonly source: string;
  /** Name of the table of contents. */
  readonly contents: string;
  /** Before each consistency warning: on paper, it must not rest on colour. */
  readonly warning: string;
  /** Indicators pointing to a commitment the feed does not have. */
  readonly orphans: string;
  /** The line on every printed page: "Datos consultados el 29/12/2020". */
  readonly fetched: string;
  /** Under the contents of a long report, for the commitments not shown yet: "y 9.950 más". */
  readonly andMore: (n: string) => string;
}

export const REPORT_MESSAGES: Record<Lang, ReportMessages> = {
  es: {
    entity: 'Entidad',
    period: 'Periodo',
    published: 'Publicado',
    office: 'Elaborado por',
    source: 'Fuente',
    contents: 'Contenido',
    warning: 'Advertencia',
    orphans: 'Indicadores sin compromiso',
    fetched: 'Datos consultados el',
    andMore: (n) => `y ${n} más`,
  },
  en: {
    entity: 'Entity',
    period: 'Period',
    published: 'Published',
    office: 'Compiled by',
    source: 'Source',
    contents: 'Contents',
    warning: 'Warning',
    orphans: 'Indicators without a commitment',
    fetched: 'Data retrieved on',
    andMore: (n) => `and ${n} more`,
  },
};
