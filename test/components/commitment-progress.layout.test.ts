// The pure layout of <commitment-progress>: tables of literal input and output, no DOM fixture.
import { expect } from '@open-wc/testing';
import type { Commitment, Feed } from '../../src/feed/types.js';
import {
  CLAMP_CHARS,
  layoutCommitments,
  normalizeName,
  safeHref,
  type CommitmentItem,
  type CommitmentView,
  type LayoutOptions,
} from '../../src/components/commitment-progress/commitment-progress.layout.js';
import type { ChartModel, ModelResult } from '../../src/internal/ruta-element.js';
import { ibagueFeed, nbsp } from '../support/element.js';

type Model = ChartModel<CommitmentView>;

const result = (feed: Feed, options: Partial<LayoutOptions> = {}): ModelResult<CommitmentView> =>
  layoutCommitments(feed, { lang: 'es', ...options });

/** The model, for a feed and options that have something to show. */
function layout(feed: Feed, options: Partial<LayoutOptions> = {}): Model {
  const r = result(feed, options);
  if (r.kind !== 'model') throw new Error(`expected a model, got ${JSON.stringify(r)}`);
  return r;
}

/** Every item of the view, in order, groups flattened. */
const items = (m: Model): CommitmentItem[] => m.view.groups.flatMap((g) => g.items);
const numbers = (m: Model) => items(m).map((d) => d.number);
const item = (m: Model, n: number) => items(m).find((d) => d.number === n)!;
/** What an item shows over its bars: "declarado 100 % · medido 33 % (4 de 12 meses)". */
const progress = (d: CommitmentItem) => nbsp(d.meters.map((x) => x.text).join(' · ')) || 'none';

/** A small feed: the shape of the Ibagué report, with only what a test needs. */
function tiny(commitments: Partial<Commitment>[], extra: Partial<Feed> = {}): Feed {
  return {
    version: 1,
    report: { entity: 'Alcaldía de Prueba', title: 'Informe', period: { start: '2020-01-01', end: '2020-12-31' }, language: 'es-CO' },
    commitments: commitments.map((c, i) => ({ number: i + 1, text: `Compromiso ${i + 1}`, offices: ['Oficina'], ...c })),
    ...extra,
  } as Feed;
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}

describe('commitment-progress layout', () => {
  let feed: Feed;
  beforeEach(async () => {
    feed = await ibagueFeed();
  });

  describe('the Ibagué report', () => {
    it('lists the 12 commitments in order, with numbers, offices and text', () => {
      const m = layout(feed);
      expect(numbers(m)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      expect(item(m, 9).offices).to.deep.equal(['Secretaría General', 'Secretaría de Desarrollo Social']);
      expect(item(m, 7).offices).to.deep.equal(['Secretaría de Planeación']);
      expect(item(m, 7).title).to.equal('Reunión mensual del nivel directivo (MIPG)');
      expect(item(m, 7).text).to.match(/^Realizar una reunión mensual/);
    });

    it('shows declared statuses and never invents one', () => {
      const m = layout(feed);
      const table = items(m).map((d) => [d.number, d.status]);
      expect(table).to.deep.equal([
        [1, 'completed'],
        [2, 'completed'],
        ...[3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((n) => [n, 'none']),
      ]);
      expect(m.table.rows.map((r) => r.display[3])).to.deep.equal([...Array(2).fill('Cumplido'), ...Array(10).fill('Sin estado declarado')]);
    });

    it('counts completed commitments in the summary line', () => {
      const m = layout(feed);
      expect(m.view.summaryLine).to.equal('2 de 12 compromisos cumplidos');
    });

    it('shows declared progress, measured progress, or says there is none', () => {
      const m = layout(feed);
      const rows = items(m).map((d) => [d.number, progress(d), d.meters.map((x) => [x.which, Math.round(x.value * 100) / 100])]);
      expect(rows).to.deep.equal([
        [1, 'declarado 100 %', [['declared', 100]]],
        [2, 'declarado 100 %', [['declared', 100]]],
        [3, 'none', []],
        [4, 'none', []],
        [5, 'none', []],
        [6, 'none', []],
        [7, 'medido 33 % (4 de 12 meses)', [['measured', 33.33]]],
        [8, 'none', []],
        [9, 'none', []],
        [10, 'none', []],
        [11, 'none', []],
        [12, 'medido 100 % (2 de 2 semestres)', [['measured', 100]]],
      ]);
    });

    it('gives each bar an accessible name, a value text and a text', () => {
      const [meter] = item(layout(feed), 7).meters;
      expect(meter!.label).to.equal('Avance medido del compromiso 7');
      expect(nbsp(meter!.valueText)).to.equal('33 % (4 de 12 meses)');
      expect(nbsp(meter!.text)).to.equal('medido 33 % (4 de 12 meses)');
      expect(item(layout(feed), 1).meters[0]!.label).to.equal('Avance declarado del compromiso 1');
      expect(item(layout(feed, { lang: 'en' }), 1).meters[0]!.label).to.equal('Declared progress of commitment 1');
    });

    it('builds the table: number, commitment, offices, status, declared, measured, evidence', () => {
      const m = layout(feed);
      expect(m.table.columns.map((c) => c.label)).to.deep.equal([
        'N.º',
        'Compromiso',
        'Responsables',
        'Estado',
        'Avance declarado',
        'Avance medido',
        'Evidencias',
      ]);
      expect(m.table.rows).to.have.length(12);
      const r7 = m.table.rows[6]!;
      expect(r7.display.map(nbsp)).to.deep.equal([
        '7',
        feed.commitments[6]!.text,
        'Secretaría de Planeación',
        'Sin estado declarado',
        '—',
        '33 % (4 de 12 meses)',
        '4',
      ]);
      expect(r7.cells).to.deep.equal([7, feed.commitments[6]!.text, 'Secretaría de Planeación', 'Sin estado declarado', undefined, 33.33, 4]);
      expect(m.table.rows[0]!.cells.slice(3, 6)).to.deep.equal(['Cumplido', 100, undefined]);
      expect(m.table.rows[8]!.cells[2]).to.equal('Secretaría General; Secretaría de Desarrollo Social');
      expect(m.csvName).to.equal('commitment-progress');
    });

    it('writes a summary with its numbers, in Spanish and English', () => {
      expect(nbsp(layout(feed).summary)).to.equal(
        'Avances Ruta por la Transparencia y la Integridad. 2 de 12 compromisos cumplidos. ' +
          'Cumplido: 2; Sin estado declarado: 10. ' +
          'Avance: Compromiso 1, declarado 100 %; Compromiso 2, declarado 100 %; ' +
          'Compromiso 7, medido 33 % (4 de 12 meses); Compromiso 12, medido 100 % (2 de 2 semestres).',
      );
      expect(layout(feed, { lang: 'en' }).summary).to.equal(
        'Progress on the Route for Transparency and Integrity. 2 of 12 commitments completed. ' +
          'Completed: 2; No status declared: 10. ' +
          'Progress: Commitment 1, declared 100%; Commitment 2, declared 100%; ' +
          'Commitment 7, measured 33% (4 of 12 months); Commitment 12, measured 100% (2 of 2 half-years).',
      );
    });

    it('speaks English where the feed has translations, and marks Spanish where it has none', () => {
      const m = layout(feed, { lang: 'en' });
      const d = item(m, 7);
      expect(d.title).to.equal('Monthly management meeting (MIPG)');
      expect(d.text).to.match(/^Hold a monthly meeting/);
      expect(d.textLang).to.equal(undefined);
      expect(d.feedLang).to.equal('es-CO');
      expect(progress(d)).to.equal('measured 33% (4 of 12 months)');
      expect(m.table.rows[6]!.display[3]).to.equal('No status declared');
      expect(m.view.summaryLine).to.equal('2 of 12 commitments completed');
      expect(item(layout(feed), 7).feedLang).to.equal(undefined);
    });

    it('lists evidence with its date; only safe URLs become links', () => {
      const ev = item(layout(feed), 7).evidence;
      expect(ev).to.have.length(4);
      expect(ev[0]).to.deep.equal({ label: 'Comité Institucional de Gestión y Desempeño, Enero 29 de 2020', date: '29 de enero de 2020' });
      const links = items(layout(feed)).flatMap((d) => d.evidence.filter((e) => e.href).map((e) => e.href!));
      expect(links.length).to.be.greaterThan(10);
      for (const href of links) expect(href).to.match(/^(https?:|mailto:)/);
      expect(item(layout(feed), 11).evidence).to.have.length(9);
    });

    it('does not mutate the feed', () => {
      const before = structuredClone(feed);
      deepFreeze(feed);
      layout(feed, { groupBy: 'office' });
      layout(feed, { groupBy: 'status', status: 'none', lang: 'en' });
      layout(feed, { commitment: '7' });
      expect(feed).to.deep.equal(before);
    });
  });

  describe('declared against measured', () => {
    it('shows both when they differ', () => {
      feed.commitments[6]!.progress = 100;
      const m = layout(feed);
      const d = item(m, 7);
      expect(progress(d)).to.equal('declarado 100 % · medido 33 % (4 de 12 meses)');
      expect(d.meters.map((x) => x.which)).to.deep.equal(['declared', 'measured']);
      expect(m.table.rows[6]!.cells.slice(4, 6)).to.deep.equal([100, 33.33]);
      expect(m.table.rows[6]!.display.slice(4, 6).map(nbsp)).to.deep.equal(['100 %', '33 % (4 de 12 meses)']);
      expect(nbsp(m.summary)).to.contain('Compromiso 7, declarado 100 % · medido 33 % (4 de 12 meses)');
    });

    it('shows both when they agree too', () => {
      feed.commitments[11]!.progress = 100;
      expect(progress(item(layout(feed), 12))).to.equal('declarado 100 % · medido 100 % (2 de 2 semestres)');
    });

    it('measures only events indicators with a cadence (commitment 3 has dated events, no cadence)', () => {
      expect(item(layout(feed), 3).meters).to.deep.equal([]);
    });

    it('rounds measured shares without reaching 0 % or 100 % falsely', () => {
      const events = (dates: string[]) => dates.map((date) => ({ date }));
      const months = Array.from({ length: 11 }, (_, i) => `2020-${String(i + 1).padStart(2, '0')}-15`);
      const f = tiny([{}, {}, {}], {
        indicators: [
          { id: 'a', commitment: 1, kind: 'events', title: 'A', cadence: 'monthly', events: events(months) },
          { id: 'b', commitment: 2, kind: 'events', title: 'B', cadence: 'monthly', events: [] },
          { id: 'c', commitment: 3, kind: 'events', title: 'C', cadence: 'quarterly', events: events(['2020-02-01', '2020-03-01']) },
        ],
      });
      const m = layout(f);
      expect(items(m).map(progress)).to.deep.equal([
        'medido 92 % (11 de 12 meses)',
        'medido 0 % (0 de 12 meses)',
        'medido 25 % (1 de 4 trimestres)',
      ]);
      const long = tiny([{}], {
        report: { entity: 'A', title: 'T', period: { start: '2001-01-01', end: '2020-12-31' }, language: 'es-CO' },
        indicators: [
          {
            id: 'a',
            commitment: 1,
            kind: 'events',
            title: 'A',
            cadence: 'monthly',
            events: events(Array.from({ length: 239 }, (_, i) => `${2001 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`)),
          },
        ],
      });
      expect(progress(items(layout(long))[0]!)).to.equal('medido 99,6 % (239 de 240 meses)');
    });

    it('shows one bar per measuring indicator, named by its indicator', () => {
      const f = tiny([{ progress: 50 }], {
        indicators: [
          { id: 'a', commitment: 1, kind: 'events', title: 'Sesiones', cadence: 'semiannual', events: [{ date: '2020-03-01' }] },
          { id: 'b', commitment: 1, kind: 'events', title: 'Informes', cadence: 'annual', events: [{ date: '2020-03-01' }] },
        ],
      });
      const m = layout(f);
      const d = items(m)[0]!;
      expect(d.meters.map((x) => x.label)).to.deep.equal([
        'Avance declarado del compromiso 1',
        'Avance medido del compromiso 1 (Sesiones)',
        'Avance medido del compromiso 1 (Informes)',
      ]);
      expect(progress(d)).to.equal('declarado 50 % · medido 50 % (1 de 2 semestres) · medido 100 % (1 de 1 año)');
      expect(m.table.rows[0]!.cells[5]).to.equal('50; 100');
    });
  });

  describe('filters and grouping', () => {
    it('filters by office, ignoring case and accents', () => {
      const m = layout(feed, { office: '  secretaria DE planeacion ' });
      expect(numbers(m)).to.deep.equal([1, 3, 7, 12]);
      expect(m.view.summaryLine).to.equal('1 de 4 compromisos cumplidos');
      expect(m.view.filters!.office).to.equal('Secretaría de Planeación');
      expect(m.table.rows.map((r) => r.cells[0])).to.deep.equal([1, 3, 7, 12]);
    });

    it('filters by a commitment\'s second office too', () => {
      expect(numbers(layout(feed, { office: 'Secretaría de Desarrollo Social' }))).to.deep.equal([9]);
    });

    it('filters by status, including "no status declared"', () => {
      const table = (['completed', 'none', 'started', 'nonsense', ''] as const).map((status) => [status, numbers(layout(feed, { status })).length]);
      expect(table).to.deep.equal([
        ['completed', 2],
        ['none', 10],
        ['started', 0],
        ['nonsense', 12],
        ['', 12],
      ]);
      expect(layout(feed, { status: 'nonsense' }).view.filters!.status).to.equal('');
      expect(layout(feed, { status: 'none' }).view.filters!.status).to.equal('none');
    });

    it('says so when filters match nothing, and keeps the filters', () => {
      const m = layout(feed, { office: 'Oficina de Contratación', status: 'none' });
      expect(numbers(m)).to.deep.equal([]);
      expect(m.view.noMatch).to.equal(true);
      expect(layout(feed).view.noMatch).to.equal(false);
      expect(m.view.summaryLine).to.equal('0 de 0 compromisos cumplidos');
      expect(m.view.filters).to.not.equal(undefined);
      expect(m.table.rows).to.deep.equal([]);
    });

    it('keeps an office the feed does not have as the selected option', () => {
      const m = layout(feed, { office: 'Concejo' });
      expect(m.view.noMatch).to.equal(true);
      expect(m.view.filters!.office).to.equal('Concejo');
      expect(m.view.filters!.offices.at(-1)).to.equal('Concejo');
    });

    it('offers every office of the feed, once each, in alphabetical order', () => {
      const f = layout(feed, { office: 'Oficina de Comunicaciones' }).view.filters!;
      expect(f.offices).to.have.length(10);
      expect(f.offices).to.include('Secretaría de Planeación');
      expect(f.offices).to.deep.equal([...f.offices].sort((a, b) => a.localeCompare(b, 'es')));
      expect(layout(feed).view.filters).to.deep.equal({ office: '', status: '', groupBy: '', offices: f.offices });
    });

    it('groups by status in the order of the scale', () => {
      const m = layout(feed, { groupBy: 'status' });
      expect(m.view.groups.map((g) => [g.heading, g.items.length])).to.deep.equal([
        ['Cumplido (2)', 2],
        ['Sin estado declarado (10)', 10],
      ]);
      expect(m.view.filters!.groupBy).to.equal('status');
    });

    it('groups by office; a commitment with two offices shows in both, counted once', () => {
      const m = layout(feed, { groupBy: 'office' });
      const groups = m.view.groups.map((g) => [g.heading, g.items.map((d) => d.number)]);
      expect(groups).to.deep.include(['Secretaría de Planeación (4)', [1, 3, 7, 12]]);
      expect(groups).to.deep.include(['Secretaría General (1)', [9]]);
      expect(groups).to.deep.include(['Secretaría de Desarrollo Social (1)', [9]]);
      expect(items(m)).to.have.length(13);
      const keys = items(m).map((d) => d.key);
      expect(new Set(keys).size).to.equal(keys.length);
      expect(m.view.summaryLine).to.equal('2 de 12 compromisos cumplidos');
      expect(m.table.rows).to.have.length(12);
    });

    it('filters and groups together', () => {
      const m = layout(feed, { groupBy: 'status', office: 'Secretaría de Planeación' });
      expect(m.view.groups.map((g) => [g.heading, g.items.map((d) => d.number)])).to.deep.equal([
        ['Cumplido (1)', [1]],
        ['Sin estado declarado (3)', [3, 7, 12]],
      ]);
    });

    it('ignores an unknown grouping', () => {
      const m = layout(feed, { groupBy: 'colour' });
      expect(m.view.groups).to.have.length(1);
      expect(m.view.groups[0]!.heading).to.equal(undefined);
      expect(m.view.filters!.groupBy).to.equal('');
    });
  });

  describe('one commitment', () => {
    it('commitment="7" shows only commitment 7, without filters, whatever the filters say', () => {
      const m = layout(feed, { commitment: '7', status: 'completed', groupBy: 'office' });
      expect(numbers(m)).to.deep.equal([7]);
      expect(m.view.single).to.equal(true);
      expect(m.view.filters).to.equal(undefined);
      expect(m.view.summaryLine).to.equal('0 de 1 compromiso cumplido');
      expect(m.csvName).to.equal('commitment-progress-7');
      expect(m.table.rows).to.have.length(1);
      expect(layout(feed, { commitment: 1 }).view.summaryLine).to.equal('1 de 1 compromiso cumplido');
      expect(numbers(layout(feed, { commitment: ' 12 ' }))).to.deep.equal([12]);
    });

    it('says when the commitment does not exist or is not a number', () => {
      for (const commitment of ['99', 'siete', '0', '-1', '7.5']) {
        expect(result(feed, { commitment }), commitment).to.deep.equal({
          kind: 'empty',
          title: 'Avances Ruta por la Transparencia y la Integridad',
          message: `El feed no tiene el compromiso ${commitment}.`,
        });
      }
    });
  });

  describe('links', () => {
    it('allows only http(s) and mailto', () => {
      const table: [string | undefined, string | undefined][] = [
        ['https://www.ibague.gov.co/portal/seccion/noticias/index.php?idnt=8953', 'https://www.ibague.gov.co/portal/seccion/noticias/index.php?idnt=8953'],
        ['http://ibagueaprendetic.ibague.gov.co/', 'http://ibagueaprendetic.ibague.gov.co/'],
        ['mailto:planeacion@ibague.gov.co', 'mailto:planeacion@ibague.gov.co'],
        ['javascript:alert(1)', undefined],
        ['JavaScript:alert(1)', undefined],
        [' javascript:alert(1)', undefined],
        ['java\tscript:alert(1)', undefined],
        [' https://example.org', undefined],
        ['data:text/html,<script>alert(1)</script>', undefined],
        ['vbscript:msgbox(1)', undefined],
        ['ftp://example.org/file', undefined],
        ['//example.org/x', undefined],
        ['/relative/path', undefined],
        ['https://', undefined],
        ['mailto:', undefined],
        ['', undefined],
        [undefined, undefined],
      ];
      for (const [url, href] of table) expect(safeHref(url), String(url)).to.equal(href);
    });

    it('keeps unsafe URLs as plain text', () => {
      const f = tiny([
        {
          evidence: [
            { label: 'Bueno', kind: 'document', url: 'https://example.org/a' },
            { label: 'Malo', kind: 'video', url: 'javascript:alert(1)' },
            { label: 'Correo', kind: 'record', url: 'mailto:a@b.co' },
            { label: 'Sin enlace', kind: 'press' },
          ],
        },
      ]);
      const ev = items(layout(f))[0]!.evidence;
      expect(ev.map((e) => [e.label, e.href])).to.deep.equal([
        ['Bueno', 'https://example.org/a'],
        ['Malo', undefined],
        ['Correo', 'mailto:a@b.co'],
        ['Sin enlace', undefined],
      ]);
    });
  });

  describe('edge cases', () => {
    it('clamps texts longer than CLAMP_CHARS, in the language shown', () => {
      const clamped = (lang: 'es' | 'en') => items(layout(feed, { lang })).filter((d) => d.clamp).map((d) => d.number);
      // Commitments 1, 6 and 7 run to 236, 220 and 322 characters; their English to 228, 172, 242.
      expect(clamped('es')).to.deep.equal([1, 6, 7]);
      expect(clamped('en')).to.deep.equal([1, 7]);
      const at = (n: number) => items(layout(tiny([{ text: 'x'.repeat(n) }])))[0]!.clamp;
      expect([at(CLAMP_CHARS), at(CLAMP_CHARS + 1)]).to.deep.equal([false, true]);
    });

    it('has nothing to show for a report without commitments, whatever is asked', () => {
      for (const options of [{}, { commitment: 1 }, { office: 'A', groupBy: 'office' }]) {
        expect(result(tiny([]), options)).to.deep.equal({ kind: 'empty', title: 'Informe' });
      }
    });

    it('never says NaN, Infinity or undefined, even for odd feeds', () => {
      const odd = [
        tiny([]),
        tiny([{ progress: 0, status: 'not-started' }, { status: 'started', offices: ['A', 'A'] }, { status: 'advanced', progress: 66.666 }]),
        tiny([{}], {
          report: { entity: 'A', title: 'T', period: { start: '2020-12-31', end: '2020-01-01' }, language: 'es-CO' },
          indicators: [{ id: 'a', commitment: 1, kind: 'events', title: 'A', cadence: 'monthly', events: [{ date: '2020-05-01' }] }],
        }),
        tiny([{ number: 3 }, { number: 3 }], {
          indicators: [{ id: 'a', commitment: 9, kind: 'events', title: 'A', cadence: 'annual', declaredCount: 0, events: [] }],
        }),
        feed,
      ];
      for (const f of odd) {
        for (const options of [{}, { groupBy: 'office' }, { groupBy: 'status', lang: 'en' as const }, { commitment: 3 }, { office: 'A', status: 'started' }]) {
          const m = result(f, options);
          if (m.kind !== 'model') {
            expect(JSON.stringify(m)).to.not.match(/NaN|Infinity|undefined|null/);
            continue;
          }
          // Cells may be empty (undefined: an empty CSV cell); everything shown is text.
          const text = JSON.stringify({ ...m, table: { columns: m.table.columns, rows: m.table.rows.map((r) => r.display) } });
          expect(text).to.not.match(/NaN|Infinity|undefined|null/);
          for (const r of m.table.rows) for (const c of r.cells) expect(c === undefined || typeof c === 'string' || Number.isFinite(c)).to.equal(true);
        }
      }
    });

    it('measures nothing over a reversed period (never 0 of 0)', () => {
      const f = tiny([{}], {
        report: { entity: 'A', title: 'T', period: { start: '2020-12-31', end: '2020-01-01' }, language: 'es-CO' },
        indicators: [{ id: 'a', commitment: 1, kind: 'events', title: 'A', cadence: 'monthly', events: [{ date: '2020-05-01' }] }],
      });
      expect(items(layout(f))[0]!.meters).to.deep.equal([]);
    });

    it('keeps duplicate commitment numbers apart', () => {
      const m = layout(tiny([{ number: 3 }, { number: 3 }]));
      const keys = items(m).map((d) => d.key);
      expect(new Set(keys).size).to.equal(2);
    });

    it('normalizes names for matching', () => {
      expect(normalizeName('  Secretaría   DE Planeación ')).to.equal('secretaria de planeacion');
    });
  });
});
