import type { Lang } from '../../format/locale.js';

/**
 * Every word `<indicator-figure>` says, in Spanish and English. Numbers and dates arrive
 * formatted (`Intl`, es-CO or en-US); a change is said in words, with its direction, so that
 * neither its arrow nor any colour carries it alone.
 */
export interface FigureMessages {
  /** "Compromiso 10". */
  readonly commitment: string;
  /**
   * The words after a change's size, by its sign: "69 %" + "menos que en diciembre de 2019";
   * "0 %" + "de cambio frente a …".
   */
  readonly change: (sign: number, baseline: string) => string;
  /** The link to the source's URL. */
  readonly link: string;
  /** Table columns: indicator, value, unit, change, baseline, date, source. */
  readonly columns: readonly string[];
}

export const FIGURE_MESSAGES: Record<Lang, FigureMessages> = {
  es: {
    commitment: 'Compromiso',
    change: (sign, b) => (sign ? `${sign > 0 ? 'más' : 'menos'} que en ${b}` : `de cambio frente a ${b}`),
    link: 'Ver fuente',
    columns: ['Indicador', 'Valor', 'Unidad', 'Cambio', 'Referencia', 'Fecha', 'Fuente'],
  },
  en: {
    commitment: 'Commitment',
    change: (sign, b) => (sign ? `${sign > 0 ? 'higher' : 'lower'} than ${b}` : `change from ${b}`),
    link: 'View source',
    columns: ['Indicator', 'Value', 'Unit', 'Change', 'Baseline', 'Date', 'Source'],
  },
};
