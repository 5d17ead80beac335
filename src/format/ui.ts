/**
 * What the widgets say around their data (loading, errors, table, CSV), in Spanish and English.
 * Typed tables: a string missing in one language does not compile.
 */
import type { Lang } from './locale.js';
import { formatDate, formatDateShort } from './number.js';

export interface FrameMessages {
  readonly loading: string;
  readonly empty: string;
  readonly errorTitle: string;
  readonly details: string;
  readonly retry: string;
  readonly stale: (fetchedAt: Date | undefined) => string;
  readonly showTable: string;
  readonly hideTable: string;
  readonly download: string;
  readonly updated: string;
  readonly total: string;
  readonly source: (system: string | undefined, cutDate: string | undefined) => string;
  readonly indicatorMissing: (kind: string, id: string | undefined, available: readonly string[]) => string;
  readonly note: string;
}

export const FRAME: Record<Lang, FrameMessages> = {
  es: {
    loading: 'Cargando datos…',
    empty: 'No hay datos para mostrar.',
    errorTitle: 'No se pudieron mostrar los datos',
    details: 'Detalles',
    retry: 'Reintentar',
    stale: (d) => (d ? `Datos del ${formatDateShort(d, 'es')}; no se pudo actualizar.` : 'No se pudo actualizar.'),
    showTable: 'Ver tabla',
    hideTable: 'Ocultar tabla',
    download: 'Descargar datos (CSV)',
    updated: 'Datos actualizados.',
    total: 'Total',
    source: (system, cut) =>
      [system ? `Fuente: ${system}` : '', cut ? `corte al ${formatDate(cut, 'es')}` : ''].filter(Boolean).join(', ') + '.',
    indicatorMissing: (kind, id, available) =>
      id
        ? `El feed no tiene un indicador «${id}» de tipo ${kind}.${available.length ? ` Hay: ${available.join(', ')}.` : ''}`
        : `El feed no tiene indicadores de tipo ${kind}.`,
    note: 'Nota',
  },
  en: {
    loading: 'Loading data…',
    empty: 'There is no data to show.',
    errorTitle: 'The data could not be shown',
    details: 'Details',
    retry: 'Try again',
    stale: (d) => (d ? `Data from ${formatDateShort(d, 'en')}; could not update.` : 'Could not update.'),
    showTable: 'View table',
    hideTable: 'Hide table',
    download: 'Download data (CSV)',
    updated: 'Data updated.',
    total: 'Total',
    source: (system, cut) =>
      [system ? `Source: ${system}` : '', cut ? `cut on ${formatDate(cut, 'en')}` : ''].filter(Boolean).join(', ') + '.',
    indicatorMissing: (kind, id, available) =>
      id
        ? `The feed has no ${kind} indicator "${id}".${available.length ? ` It has: ${available.join(', ')}.` : ''}`
        : `The feed has no ${kind} indicators.`,
    note: 'Note',
  },
};
