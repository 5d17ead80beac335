/**
 * The demo's second page: the whole feed as one `<transparency-report>` (the Ibagué 2020 report
 * by default, or `?src=<feed URL>`), with the language and theme switches of the main page and a
 * print button (print it to see what a Concejo would receive).
 */
import '../src/components/transparency-report/transparency-report.js';
import { resolveLang, type Lang } from '../src/format/locale.js';

const UI: Record<Lang, Record<string, string>> = {
  es: { skip: 'Saltar al contenido', back: '← Widgets', print: 'Imprimir', title: 'Informe completo de la Ruta por la Transparencia' },
  en: { skip: 'Skip to content', back: '← Widgets', print: 'Print', title: 'Full report of the Route for Transparency' },
};

const params = new URLSearchParams(location.search);
const report = document.querySelector('transparency-report')!;
report.src = params.get('src') ?? './feeds/ibague-2020.json';

function setLang(lang: Lang): void {
  // The report follows the page's language (its nearest ancestor's `lang`).
  document.documentElement.lang = lang === 'es' ? 'es-CO' : 'en';
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) node.textContent = UI[lang][node.dataset.i18n!] ?? '';
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
}

for (const b of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) b.addEventListener('click', () => setLang(resolveLang(b.dataset.lang)));
for (const b of document.querySelectorAll<HTMLButtonElement>('[data-theme]')) {
  b.addEventListener('click', () => {
    for (const other of document.querySelectorAll('[data-theme]')) other.setAttribute('aria-pressed', String(other === b));
    report.setAttribute('theme', b.dataset.theme!);
    document.documentElement.dataset.theme = b.dataset.theme!;
  });
}
document.querySelector('.portal__print')!.addEventListener('click', () => print());
setLang(resolveLang(params.get('lang') ?? document.documentElement.lang));
