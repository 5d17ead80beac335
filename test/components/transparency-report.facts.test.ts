// The Ibagué 2020 report's facts, each of which must appear in the rendered <transparency-report>:
// figures formatted es-CO, dates, offices, and every link of the source document. A fact that
// silently disappears from the report (a child element dropping a value, a section lost, a
// link turned into plain text) fails here. Facts are taken from the source document
// (/work/shared/seed/000_ceadf8f2df6d7604.txt, as transcribed in demo/feeds/ibague-2020.json) and
// are looked for in the section of the commitment they belong to.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/transparency-report/transparency-report.js';
import type { TransparencyReport } from '../../src/components/transparency-report/transparency-report.js';
import { deepText, IBAGUE_URL, until } from '../support/element.js';

/** [commitment number, or 0 for the report's header and overview; text that must show]. */
const FACTS: readonly (readonly [number, string])[] = [
  [0, 'Alcaldía de Ibagué'],
  [0, 'Avances Ruta por la Transparencia y la Integridad'],
  [0, '1 de enero de 2020 – 31 de diciembre de 2020'],
  [0, 'Secretaría de Planeación – Despacho'],
  [0, '2 de 12 compromisos cumplidos'],
  [0, 'Cumplido: 2'],
  [0, 'Sin estado declarado: 10'],
  [0, '3 advertencias'],
  // 1
  [1, 'Compromiso 1: Enlace para la política de integridad'],
  [1, 'Secretaría de Planeación'],
  [1, 'declarado 100 %'],
  // 2: contracts by platform (PISAMI, cut 29 Dec 2020)
  [2, 'Oficina de Contratación'],
  [2, 'SECOP II 2.255 · 98,34 %'],
  [2, 'Tienda Virtual 30 · 1,31 %'],
  [2, 'Bolsa Mercantil 8 · 0,35 %'],
  [2, 'Total: 2.293 contratos'],
  [2, 'Fuente: PISAMI, corte al 29 de diciembre de 2020'],
  // 3: milestones
  [3, 'Ley de Transparencia y Acceso a la Información'],
  [3, '31 de enero de 2020'],
  [3, '30 de abril de 2020'],
  [3, '31 de agosto de 2020'],
  [3, '31 de diciembre de 2020'],
  // 4: attendance, territories and figures
  [4, 'Secretaría de Gobierno – Dirección de Participación Ciudadana'],
  [4, 'Zona urbana: 503 (Hombres 272, Mujeres 231)'],
  [4, 'Zona rural: 172 (Hombres 105, Mujeres 67), total declarado 178'],
  [4, 'Acción comunal al barrio (virtual): 174 (Hombres 85, Mujeres 89)'],
  [4, 'el total declarado de «Zona rural» es 178, pero la suma de sus partes es 172'],
  [4, '1.000 personas'],
  [4, '15 encuentros'],
  [4, '9 comunas'],
  [4, '10 corregimientos'],
  [4, '16 instituciones educativas públicas'],
  [4, 'Total: 10 Consejos de Seguridad Comunitarios'],
  [4, 'Comuna 2: 1'],
  [4, 'Comuna 5: 2'],
  [4, 'Comuna 7: 2'],
  [4, 'Comuna 10: 1'],
  [4, 'Comuna 11: 2'],
  [4, 'Comuna 13: 2'],
  [4, '39 mujeres'],
  [4, '19 grupos de organizaciones sociales'],
  [4, '50 líderes religiosos'],
  [4, '700 familias'],
  [4, '263 personas capacitadas'],
  [4, '111 parqueaderos'],
  [4, '13 comunas'],
  [4, '29 de abril de 2020'],
  // 5
  [5, 'Secretaría Administrativa – Dirección de Talento Humano'],
  [5, 'Circular No. 0050 de agosto 04 de 2020'],
  // 6
  [6, 'Secretaría Administrativa – Dirección de Recursos Físicos'],
  [6, 'Ley general de archivos y digitalización'],
  // 7: a monthly meeting, four dates, "two" in the text
  [7, 'Reunión mensual del nivel directivo (MIPG)'],
  [7, 'medido 33 % (4 de 12 meses)'],
  [7, '29 de enero de 2020'],
  [7, '26 de junio de 2020'],
  [7, '23 de septiembre de 2020'],
  [7, '5 de diciembre de 2020'],
  [7, 'el texto declara 2 eventos, pero se listan 4 fechas'],
  [7, 'el compromiso 7 promete una frecuencia mensual; en el periodo hubo eventos en 4 de 12 meses'],
  // 8
  [8, 'Secretaría de las TIC'],
  [8, '15 servicios publicados'],
  [8, '3 aplicaciones móviles'],
  [8, '150 Zonas Vibra'],
  [8, 'comisariavirtual@ibague.gov.co'],
  [8, 'atencionusuariosVUE@ibague.gov.co'],
  // 9: COMPOS and Concejo sessions
  [9, 'Secretaría General · Secretaría de Desarrollo Social'],
  [9, '4 de junio de 2020'],
  [9, '1 de julio de 2020'],
  [9, '3 de septiembre de 2020'],
  [9, '29 de diciembre de 2020'],
  [9, '26 de junio de 2020'],
  [9, '9 de noviembre de 2020'],
  [9, '18 de noviembre de 2020'],
  // 10
  [10, 'Secretaría de Hacienda'],
  [10, '69 % menos que en diciembre de 2019'],
  // 11
  [11, 'Oficina de Comunicaciones'],
  [11, 'Conpes aprobó $ 466.573 millones para poner en marcha el SETP de Ibagué'],
  [11, '7 comunicados de prensa'],
  // 12
  [12, 'Informes semestrales de avance'],
  [12, 'medido 100 % (2 de 2 semestres)'],
  [12, '30 de junio de 2020'],
];

/** Every link of the source document (its `&amp;` read as `&`), plus the e-mail addresses it gives. */
const URLS = [
  'http://www.ibague.gov.co',
  'http://ibagueaprendetic.ibague.gov.co/',
  'http://www.ibague.gov.co/convocatorias-tic',
  'https://meet.google.com/uzv-iwee-wjd',
  'https://www.ibague.gov.co/portal/seccion/contenido/contenido.php?type=2&cnt=2&subtype=1&subcnt=449',
  'https://www.ibague.gov.co/portal/admin/archivos/publicaciones/2020/31855-DOC-20201126224338.PDF',
  'https://www.ibague.gov.co/portal/admin/archivos/publicaciones/2020/31219-CIR-20200831190145.pdf',
  'https://www.facebook.com/ConcejoMunicipalDelbague/videos/1548546721993391/',
  'https://web.facebook.com/ConcejoMunicipalDelbague/videos/701528580771823/',
  'https://web.facebook.com/ConcejoMunicipalDelbague/videos/1736695036492868/',
  'https://www.facebook.com/290121174369222/videos/190770949312741',
  'https://www.ibague.gov.co/portal/seccion/noticias/index.php?idnt=8953',
  'https://www.ibague.gov.co/portal/seccion/noticias/index.php?idnt=8958',
  'https://www.ibague.gov.co/portal/seccion/noticias/index.php?idnt=8962',
  'https://www.ibague.gov.co/portal/seccion/noticias/index.php?idnt=8973',
  'https://www.ibague.gov.co/portal/seccion/noticias/index.php?idnt=8998',
  'https://www.ibague.gov.co/portal/seccion/noticias/index.php?idnt=9006',
  'https://www.ibague.gov.co/portal/seccion/noticias/index.php?idnt=9037',
  'mailto:comisariavirtual@ibague.gov.co',
  'mailto:atencionusuariosVUE@ibague.gov.co',
];

/** Every `href` in a tree, shadow roots included. */
function hrefs(node: Element | ShadowRoot): string[] {
  const out: string[] = [];
  for (const el of node.querySelectorAll('*')) {
    if (el instanceof HTMLAnchorElement && el.hasAttribute('href')) out.push(el.getAttribute('href')!);
    if (el.shadowRoot) out.push(...hrefs(el.shadowRoot));
  }
  return out;
}

/** The nested elements, once every one has rendered its data. */
async function rendered(el: TransparencyReport): Promise<Element[]> {
  await until(() => !!el.shadowRoot?.querySelector('.ind'), 8000, 'the report');
  const kids = [...el.shadowRoot!.querySelectorAll('.ind > :first-child')];
  await until(() => kids.every((k) => k.shadowRoot?.querySelector('[aria-busy="false"]')), 15000, 'every indicator');
  await Promise.all(kids.map((k) => (k as TransparencyReport).updateComplete));
  return kids;
}

describe('<transparency-report>: the facts of the Ibagué 2020 report', () => {
  let el: TransparencyReport;
  before(async () => {
    el = await fixture<TransparencyReport>(html`<transparency-report src=${IBAGUE_URL} loading="eager"></transparency-report>`);
    await rendered(el);
  });

  it('lists enough facts to matter: every commitment, every indicator kind, every link', async () => {
    expect(FACTS.length + URLS.length).to.be.at.least(60);
    for (let n = 1; n <= 12; n++) expect(FACTS.some(([c]) => c === n), `a fact of commitment ${n}`).to.equal(true);
    const feed = (await (await fetch(IBAGUE_URL)).json()) as { indicators: { kind: string }[] };
    const kinds = new Set(feed.indicators.map((i) => i.kind));
    expect([...kinds].sort()).to.deep.equal(['attendance', 'contract-platforms', 'events', 'figure', 'links', 'territory-counts']);
  });

  it('shows every fact, in the section of its commitment', () => {
    const sections = [...el.shadowRoot!.querySelectorAll('section.commitment')];
    expect(sections).to.have.length(12);
    const text = (n: number) => (n ? deepText(sections[n - 1]!) : deepText(el));
    const missing = FACTS.filter(([n, fact]) => !text(n).includes(fact)).map(([n, fact]) => `${n}: ${fact}`);
    expect(missing).to.deep.equal([]);
  });

  it('links every URL of the source document', () => {
    const found = new Set(hrefs(el.shadowRoot!));
    expect(URLS.filter((u) => !found.has(u))).to.deep.equal([]);
  });

  it('draws each indicator kind with its own element', () => {
    const tags = [...el.shadowRoot!.querySelectorAll('.ind > :first-child')].map((k) => k.localName);
    for (const tag of ['contract-platform-chart', 'attendance-breakdown', 'event-timeline', 'territory-breakdown', 'indicator-figure', 'evidence-list']) {
      expect(tags, tag).to.include(tag);
    }
    expect(tags).to.have.length(36);
  });
});
