/**
 * The demo page: loads a feed (the Ibagué 2020 report by default, or `?src=<url>` to preview
 * another) through the shared loader and shows the report's header, the validator's findings
 * and the three widgets embedded as a portal would. Every value is set as text: feed text never
 * reaches HTML parsing.
 */
import '../src/components/attendance-breakdown/attendance-breakdown.js';
import '../src/components/commitment-progress/commitment-progress.js';
import '../src/components/contract-platform-chart/contract-platform-chart.js';
import '../src/components/event-timeline/event-timeline.js';
import '../src/components/evidence-list/evidence-list.js';
import '../src/components/indicator-figure/indicator-figure.js';
import '../src/components/territory-breakdown/territory-breakdown.js';
import { feedLoader, type FeedState } from '../src/feed/store.js';
import { checkConsistency } from '../src/feed/consistency.js';
import { jsonPath } from '../src/feed/issues.js';
import { resolveLang, type Lang } from '../src/format/locale.js';
import { failureMessage, issueMessage } from '../src/format/messages.js';
import { TOOL_MESSAGES } from '../src/format/warning-messages.js';
import { formatDateShort, formatNumber } from '../src/format/number.js';

const UI: Record<Lang, Record<string, string>> = {
  es: {
    period: 'Periodo', office: 'Responsable', source: 'Fuente', feed: 'Feed', fetched: 'Datos obtenidos',
    findings: 'Validación del feed (lo que ve quien publica)',
    contractsSection: 'Contratación pública',
    contractsLead: 'Compromiso 2: contratos publicados en cada plataforma de contratación pública.',
    participationSection: 'Participación ciudadana',
    participationLead: 'Compromiso 4: asistentes a las jornadas de formación, por zona y sexo.',
    progressSection: 'Avance de los 12 compromisos',
    followupSection: 'Seguimiento',
    followupLead: 'Compromisos 4, 7, 8, 10 y 11: reuniones, consejos por comuna, cifras y comunicados.',
    footer: 'Datos: informe de avances 2020 de la Ruta por la Transparencia y la Integridad, Alcaldía de Ibagué.',
    skip: 'Saltar al contenido', summary: '{c} compromisos y {i} indicadores.', notStated: 'no indicado',
    errorTitle: 'No se pudieron cargar los datos',
  },
  en: {
    period: 'Period', office: 'Compiled by', source: 'Source', feed: 'Feed', fetched: 'Data fetched',
    findings: 'Feed validation (what the publisher sees)',
    contractsSection: 'Public procurement',
    contractsLead: 'Commitment 2: contracts published on each public procurement platform.',
    participationSection: 'Citizen participation',
    participationLead: 'Commitment 4: people attending the training sessions, by zone and sex.',
    progressSection: 'Progress on the 12 commitments',
    followupSection: 'Follow-up',
    followupLead: 'Commitments 4, 7, 8, 10 and 11: meetings, councils per comuna, figures and press releases.',
    footer: 'Data: 2020 progress report of the Route for Transparency and Integrity, Mayor\'s Office of Ibagué.',
    skip: 'Skip to content', summary: '{c} commitments and {i} indicators.', notStated: 'not stated',
    errorTitle: 'The data could not be loaded',
  },
};

const params = new URLSearchParams(location.search);
const src = params.get('src') ?? './feeds/ibague-2020.json';
let lang: Lang = resolveLang(params.get('lang') ?? document.documentElement.lang);
let state: FeedState | undefined;

const slot = (name: string) => document.querySelector<HTMLElement>(`[data-slot="${name}"]`)!;
const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
};

type Translations = Record<string, { title?: string; text?: string }> | undefined;

/** The feed's own English where it has one, else its Spanish: never a machine translation. */
function translated(original: string, pick: (t: { title?: string; text?: string }) => string | undefined, tr: Translations) {
  return (lang !== 'es' && tr?.[lang] && pick(tr[lang]!)) || original;
}

function render(): void {
  const ui = UI[lang];
  const m = TOOL_MESSAGES[lang];
  document.documentElement.lang = lang === 'es' ? 'es-CO' : 'en';
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) node.textContent = ui[node.dataset.i18n!] ?? '';
  document.querySelector('.skip')!.textContent = ui.skip!;
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
  const link = slot('feed-link') as HTMLAnchorElement;
  link.href = src;
  link.textContent = new URL(src, location.href).pathname.split('/').pop() ?? src;

  const section = document.querySelector('.report')!;
  section.setAttribute('aria-busy', String(!state || state.status === 'loading'));
  const status = slot('status');
  const issues = slot('issues');
  issues.replaceChildren();
  status.className = 'findings__status';

  if (!state || state.status === 'loading') {
    slot('title').textContent = m.loading;
    status.textContent = m.loading;
    return;
  }
  const { feed, failure } = state;
  if (!feed) {
    slot('title').textContent = ui.errorTitle!;
    status.textContent = failure ? failureMessage(failure, lang) : '';
    status.classList.add('is-error');
    if (failure?.kind === 'schema') {
      for (const e of failure.errors) issues.append(issueItem(jsonPath(e.path), issueMessage(e, lang), 'error'));
    }
    return;
  }

  const r = feed.report;
  slot('entity').textContent = r.entity;
  slot('title').textContent = translated(r.title, (t) => t.title, r.translations);
  slot('period').textContent = m.period(r.period.start, r.period.end, lang);
  slot('office').textContent = r.office ?? ui.notStated!;
  slot('source').textContent = r.source?.title ?? ui.notStated!;
  slot('fetched').textContent = state.fetchedAt ? formatDateShort(state.fetchedAt, lang) : '—';

  const counts = ui.summary!
    .replace('{c}', formatNumber(feed.commitments.length, lang))
    .replace('{i}', formatNumber(feed.indicators?.length ?? 0, lang));
  // The widgets check a feed's shape only; the page shows the publisher's consistency warnings too.
  const warnings = checkConsistency(feed);
  status.textContent = `${m.valid} ${counts} ${warnings.length ? m.warningsCount(warnings.length) + ':' : m.noWarnings}`;
  if (state.stale && state.fetchedAt) {
    status.textContent += ` ${m.stale(state.fetchedAt, lang)}`;
    status.classList.add('is-stale');
  }
  for (const w of warnings) issues.append(issueItem(jsonPath(w.path), issueMessage(w, lang), 'warning'));

}

function issueItem(path: string, message: string, kind: 'error' | 'warning'): HTMLLIElement {
  const li = el('li', undefined, `issue issue--${kind}`);
  li.append(el('code', path), document.createTextNode(' '), el('span', message));
  return li;
}

for (const b of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  b.addEventListener('click', () => {
    lang = resolveLang(b.dataset.lang);
    render();
  });
}

for (const b of document.querySelectorAll<HTMLButtonElement>('[data-theme]')) {
  b.addEventListener('click', () => {
    const theme = b.dataset.theme!;
    for (const other of document.querySelectorAll('[data-theme]')) other.setAttribute('aria-pressed', String(other === b));
    for (const w of document.querySelectorAll('.widget')) w.setAttribute('theme', theme);
    document.documentElement.dataset.theme = theme;
  });
}
for (const w of document.querySelectorAll('.widget')) w.setAttribute('src', src);

try {
  feedLoader(src).subscribe((s) => {
    state = s;
    render();
  });
} catch {
  state = { status: 'error', failure: { kind: 'bad-url', url: src }, stale: false, revision: 0 };
  render();
}
