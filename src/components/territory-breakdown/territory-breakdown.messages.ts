import type { Lang } from '../../format/locale.js';

/**
 * Every word `<territory-breakdown>` says, in Spanish and English. Numbers arrive formatted by
 * `Intl` (es-CO or en-US); territory names and the unit are the feed's own text.
 */
export interface TerritoryMessages {
  /** Title when the frame has nothing better (a missing indicator). */
  readonly title: string;
  /** Table columns; `count` only when the feed names no unit. */
  readonly territory: string;
  readonly count: string;
  readonly share: string;
  /** Tooltip: "Comuna 5: 2 de 10 (20 %)". */
  readonly of: string;
  /** Summary: "… En cero: Comuna 1, Comuna 3." */
  readonly zero: string;
  /** The note when the declared total is not the sum of the counts. */
  readonly mismatch: (declared: string, sum: string) => string;
}

export const TERRITORY_MESSAGES: Record<Lang, TerritoryMessages> = {
  es: {
    title: 'Conteo por territorio',
    territory: 'Territorio',
    count: 'Cantidad',
    share: 'Porcentaje',
    of: 'de',
    zero: 'En cero',
    mismatch: (d, s) => `Total declarado ${d}; la suma por territorio es ${s}.`,
  },
  en: {
    title: 'Counts by territory',
    territory: 'Territory',
    count: 'Count',
    share: 'Share',
    of: 'of',
    zero: 'At zero',
    mismatch: (d, s) => `Declared total ${d}; the territories add up to ${s}.`,
  },
};
