/**
 * Every string `<evidence-list>` shows, in Spanish and English. Typed: a string missing in one
 * language does not compile. Counts arrive formatted by `Intl`, with the raw number for plurals.
 */
import type { EvidenceKind } from '../../feed/types.js';
import type { Lang } from '../../format/locale.js';

export interface EvidenceMessages {
  /** Each kind, singular and plural, lower case ("comunicado de prensa", "comunicados de prensa"). */
  readonly kinds: Readonly<Record<EvidenceKind, readonly [one: string, many: string]>>;
  /** Title when the list is a commitment's evidence: "Evidencias del compromiso 5". */
  readonly of: (n: number) => string;
  /** "15 elementos" */
  readonly items: (formatted: string, n: number) => string;
  /** "8 con enlace" */
  readonly linked: (formatted: string) => string;
  /** Hidden end of a link's name: where it takes the reader. */
  readonly opens: string;
  readonly mail: string;
  /** Table columns. */
  readonly columns: readonly [item: string, kind: string, date: string, url: string];
  readonly noCommitment: (n: string) => string;
}

export const EVIDENCE_MESSAGES: Record<Lang, EvidenceMessages> = {
  es: {
    kinds: {
      document: ['documento', 'documentos'],
      video: ['video', 'videos'],
      press: ['comunicado de prensa', 'comunicados de prensa'],
      service: ['servicio', 'servicios'],
      record: ['registro', 'registros'],
    },
    of: (n) => `Evidencias del compromiso ${n}`,
    items: (f, n) => `${f} ${n === 1 ? 'elemento' : 'elementos'}`,
    linked: (f) => `${f} con enlace`,
    opens: ' (abre la fuente)',
    mail: ' (escribir un correo)',
    columns: ['Elemento', 'Tipo', 'Fecha', 'URL'],
    noCommitment: (n) => `El feed no tiene el compromiso ${n}.`,
  },
  en: {
    kinds: {
      document: ['document', 'documents'],
      video: ['video', 'videos'],
      press: ['press release', 'press releases'],
      service: ['service', 'services'],
      record: ['record', 'records'],
    },
    of: (n) => `Evidence for commitment ${n}`,
    items: (f, n) => `${f} ${n === 1 ? 'item' : 'items'}`,
    linked: (f) => `${f} with a link`,
    opens: ' (opens the source)',
    mail: ' (write an email)',
    columns: ['Item', 'Kind', 'Date', 'URL'],
    noCommitment: (n) => `The feed has no commitment ${n}.`,
  },
};
