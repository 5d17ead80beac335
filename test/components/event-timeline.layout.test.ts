// <event-timeline>'s layout, pure: literal indicators in, view models out. No DOM.
import { expect } from '@open-wc/testing';
import { layoutTimeline, type Row } from '../../src/components/event-timeline/event-timeline.layout.js';
import { cadenceCoverage } from '../../src/feed/measures.js';
import type { EventsIndicator } from '../../src/feed/types.js';

const YEAR = { period: { start: '2020-01-01', end: '2020-12-31' } };
const COMMITTEE = 'Comité Institucional de Gestión y Desempeño';

/** Commitment 7 of the Ibagué 2020 report: a monthly committee, four dates listed, "two" in the text. */
const IBAGUE_7: EventsIndicator = {
  id: 'management-committee',
  commitment: 7,
  kind: 'events',
  title: 'Comités institucionales de gestión y desempeño',
  translations: { en: { title: 'Institutional management and performance committees' } },
  cadence: 'monthly',
  declaredCount: 2,
  events: ['2020-01-29', '2020-06-26', '2020-09-23', '2020-12-05'].map((date) => ({ date, label: COMMITTEE })),
};

/** Commitment 9: Concejo sessions, no cadence, with links. */
const CONCEJO: EventsIndicator = {
  id: 'concejo-sessions',
  commitment: 9,
  kind: 'events',
  title: 'Sesiones ordinarias del Concejo Municipal',
  events: [
    { date: '2020-06-26', label: 'Sesión ordinaria: kits nutricionales', url: 'https://www.facebook.com/ConcejoMunicipalDelbague/videos/1548546721993391/' },
    { date: '2020-11-09', label: 'Sesión ordinaria: personas con discapacidad', url: 'https://web.facebook.com/ConcejoMunicipalDelbague/videos/701528580771823/' },
    { date: '2020-11-18', label: 'Sesión ordinaria: infancia, mujer y grupos étnicos' },
  ],
};

const events = (rows: readonly Row[]) => rows.flatMap((r) => r.events);
const kinds = (rows: readonly Row[]) => rows.map((r) => r.kind).join(' ');
const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

/** A deep-frozen copy: layouts must not mutate their input. */
function frozen<T>(value: T): T {
  const copy = structuredClone(value);
  const freeze = (v: unknown) => {
    if (v && typeof v === 'object') {
      Object.values(v).forEach(freeze);
      Object.freeze(v);
    }
  };
  freeze(copy);
  return copy;
}

describe('event-timeline layout', () => {
  it('commitment 7: a row per month of 2020, 4 held and 8 missing, named', () => {
    const model = layoutTimeline(frozen(IBAGUE_7), YEAR, 'es');
    const rows = model.view;
    expect(rows).to.have.length(12);
    expect(kinds(rows)).to.equal('held miss miss miss miss held miss miss held miss miss held');
    expect(rows.filter((r) => r.kind === 'held').map((r) => r.name)).to.deep.equal(['enero de 2020', 'junio de 2020', 'septiembre de 2020', 'diciembre de 2020']);
    expect(rows.filter((r) => r.kind === 'miss').map((r) => r.name)).to.deep.equal([
      'febrero de 2020',
      'marzo de 2020',
      'abril de 2020',
      'mayo de 2020',
      'julio de 2020',
      'agosto de 2020',
      'octubre de 2020',
      'noviembre de 2020',
    ]);
    // Short month on the chart, the full one in the table and the summary.
    expect(rows[0]!.head).to.equal('ene de 2020');
    expect(rows.filter((r) => r.kind === 'miss').every((r) => r.events.length === 0)).to.equal(true);
    expect(events(rows).map((d) => [d.key, d.date, d.text])).to.deep.equal([
      [0, '2020-01-29', '29 de ene'],
      [1, '2020-06-26', '26 de jun'],
      [2, '2020-09-23', '23 de sept'],
      [3, '2020-12-05', '5 de dic'],
    ]);
    expect(events(rows)[0]!.tip).to.equal(`29 de enero de 2020 · ${COMMITTEE}`);
    expect(events(rows).every((d) => d.href === undefined)).to.equal(true);

    expect(model.caption).to.equal('4 de 12 meses con registro; periodo del informe: 1 de enero de 2020 – 31 de diciembre de 2020');
    expect(model.notes).to.deep.equal(['El informe declara 2 eventos; lista 4.']);
    expect(model.summary).to.equal(
      'Comités institucionales de gestión y desempeño. 4 de 12 meses con registro; periodo del informe: 1 de enero de 2020 – 31 de diciembre de 2020. ' +
        `29 de enero de 2020 · ${COMMITTEE}; 26 de junio de 2020 · ${COMMITTEE}; 23 de septiembre de 2020 · ${COMMITTEE}; 5 de diciembre de 2020 · ${COMMITTEE}. ` +
        'Sin registro: febrero de 2020, marzo de 2020, abril de 2020, mayo de 2020, julio de 2020, agosto de 2020, octubre de 2020, noviembre de 2020. ' +
        'El informe declara 2 eventos; lista 4.',
    );
  });

  it('agrees with cadenceCoverage, the computation behind the validator warning', () => {
    for (const cadence of ['monthly', 'quarterly', 'semiannual', 'annual'] as const) {
      const ind = { ...IBAGUE_7, cadence };
      const cov = cadenceCoverage(ind as EventsIndicator & { cadence: typeof cadence }, YEAR.period);
      const rows = layoutTimeline(ind, YEAR, 'es').view;
      expect(rows.map((r) => r.kind === 'held'), cadence).to.deep.equal(cov.slots.map((s) => s.events > 0));
    }
  });

  it('commitment 7 as a table (slot, date, event, link) and in English', () => {
    const model = layoutTimeline(IBAGUE_7, YEAR, 'es');
    expect(model.table.columns.map((c) => c.label)).to.deep.equal(['Periodo', 'Fecha', 'Evento', 'Enlace']);
    expect(model.table.rows).to.have.length(12);
    expect(model.table.rows[0]!.cells).to.deep.equal(['enero de 2020', '2020-01-29', COMMITTEE, undefined]);
    expect(model.table.rows[0]!.display).to.deep.equal(['enero de 2020', '29 de enero de 2020', COMMITTEE, '']);
    expect(model.table.rows[1]!.cells).to.deep.equal(['febrero de 2020', undefined, 'sin registro', undefined]);
    expect(model.table.rows[1]!.display).to.deep.equal(['febrero de 2020', '—', 'sin registro', '']);
    expect(model.csvName).to.equal('event-timeline-management-committee');

    const en = layoutTimeline(IBAGUE_7, YEAR, 'en');
    expect(en.title).to.equal('Institutional management and performance committees');
    expect(en.caption).to.equal('4 of 12 months with a record; report period: January 1, 2020 – December 31, 2020');
    expect(en.notes).to.deep.equal(['The report declares 2 events; it lists 4.']);
    expect(en.view[0]!.head).to.equal('Jan 2020');
    expect(events(en.view)[0]!.text).to.equal('Jan 29');
    expect(en.summary).to.contain('None recorded: February 2020, March 2020, April 2020');
    expect(en.table.columns.map((c) => c.label)).to.deep.equal(['Period', 'Date', 'Event', 'Link']);
    expect(en.table.rows[1]!.display).to.deep.equal(['February 2020', '—', 'none recorded', '']);
  });

  it('names quarters, halves and years', () => {
    const semester: EventsIndicator = { ...IBAGUE_7, cadence: 'semiannual', events: [{ date: '2020-06-30' }, { date: '2020-12-31' }] };
    delete (semester as { declaredCount?: number }).declaredCount;
    const es = layoutTimeline(semester, YEAR, 'es');
    expect(es.view.map((r) => [r.head, r.kind])).to.deep.equal([
      ['S1 2020', 'held'],
      ['S2 2020', 'held'],
    ]);
    expect(es.caption).to.match(/^2 de 2 semestres con registro;/);
    expect(es.notes).to.deep.equal([]);
    expect(layoutTimeline(semester, YEAR, 'en').view.map((r) => r.head)).to.deep.equal(['H1 2020', 'H2 2020']);

    const quarterly = layoutTimeline({ ...semester, cadence: 'quarterly' }, YEAR, 'es');
    expect(quarterly.view.map((r) => `${r.head} ${r.kind}`)).to.deep.equal(['T1 2020 miss', 'T2 2020 held', 'T3 2020 miss', 'T4 2020 held']);
    expect(quarterly.caption).to.match(/^2 de 4 trimestres con registro;/);
    expect(layoutTimeline({ ...semester, cadence: 'quarterly' }, YEAR, 'en').view[0]!.head).to.equal('Q1 2020');

    const annual = layoutTimeline({ ...semester, cadence: 'annual' }, { period: { start: '2020-01-01', end: '2021-12-31' } }, 'es');
    expect(annual.view.map((r) => `${r.head} ${r.kind}`)).to.deep.equal(['2020 held', '2021 miss']);
    expect(annual.caption).to.match(/^1 de 2 años con registro;/);
    const oneYear = layoutTimeline({ ...semester, cadence: 'annual' }, YEAR, 'en');
    expect(oneYear.caption).to.match(/^1 of 1 year with a record;/);
  });

  it('without a cadence: months as a time axis, blank ones not missing; links only for http(s)', () => {
    const model = layoutTimeline(frozen(CONCEJO), YEAR, 'es');
    const rows = model.view;
    expect(rows).to.have.length(12);
    expect(kinds(rows)).to.equal('none none none none none held none none none none held none');
    expect(rows[10]!.events.map((d) => d.text)).to.deep.equal(['9 de nov', '18 de nov']);
    expect(events(rows).map((d) => d.href)).to.deep.equal([CONCEJO.events[0]!.url, CONCEJO.events[1]!.url, undefined]);
    expect(model.caption).to.equal('3 eventos; periodo del informe: 1 de enero de 2020 – 31 de diciembre de 2020');
    expect(model.summary).not.to.contain('Sin registro');
    expect(model.table.columns.map((c) => c.label)).to.deep.equal(['Fecha', 'Evento', 'Enlace']);
    expect(model.table.rows.map((r) => r.cells)).to.deep.equal(CONCEJO.events.map((e) => [e.date, e.label, e.url]));

    // A URL that is not http(s) or mailto never becomes a link (layouts take typed, not validated, data).
    const unsafe = structuredClone(CONCEJO);
    unsafe.events[0]!.url = 'javascript:alert(1)';
    unsafe.events[1]!.url = 'mailto:concejo@example.org';
    const marks = events(layoutTimeline(unsafe, YEAR, 'es').view);
    expect(marks.map((d) => d.href)).to.deep.equal([undefined, 'mailto:concejo@example.org', undefined]);
    expect(layoutTimeline(unsafe, YEAR, 'es').table.rows[0]!.display[2]).to.equal('javascript:alert(1)');
  });

  it('without a cadence over three calendar years or more: years', () => {
    const rows = layoutTimeline(CONCEJO, { period: { start: '2019-07-01', end: '2021-06-30' } }, 'es').view;
    expect(rows).to.have.length(24);
    const long = layoutTimeline(CONCEJO, { period: { start: '2018-01-01', end: '2021-12-31' } }, 'es').view;
    expect(long.map((r) => `${r.head} ${r.kind}`)).to.deep.equal(['2018 none', '2019 none', '2020 held', '2021 none']);
  });

  it('sorts events by date, keeping their feed index, and labels unlabelled ones by their date', () => {
    const ind: EventsIndicator = { ...CONCEJO, events: [{ date: '2020-11-18' }, { date: '2020-03-02', label: 'B' }, { date: '2020-03-02', label: 'A' }] };
    const marks = events(layoutTimeline(ind, YEAR, 'es').view);
    expect(marks.map((d) => [d.key, d.label])).to.deep.equal([
      [1, 'B'],
      [2, 'A'],
      [0, undefined],
    ]);
    expect(marks[2]!.tip).to.equal('18 de noviembre de 2020');
    expect(marks[2]!.text).to.equal('18 de nov');
  });

  it('never drops an event outside the period: rows before and after, a note, the table', () => {
    const ind: EventsIndicator = {
      ...IBAGUE_7,
      declaredCount: 6,
      events: [...IBAGUE_7.events, { date: '2021-01-15', label: 'Tarde' }, { date: '2019-12-15', label: 'Temprano' }],
    };
    const model = layoutTimeline(ind, YEAR, 'es');
    const rows = model.view;
    expect(rows).to.have.length(14);
    expect([rows[0]!.kind, rows[0]!.head, rows[13]!.kind, rows[13]!.head]).to.deep.equal(['out', 'fuera del periodo', 'out', 'fuera del periodo']);
    expect(rows[0]!.events.map((d) => nbsp(d.text))).to.deep.equal(['15 de dic de 2019']);
    expect(rows[13]!.events[0]!.tip).to.equal('15 de enero de 2021 · Tarde (fuera del periodo)');
    expect(events(rows)).to.have.length(6);
    // They hold no slot: still 4 of 12.
    expect(model.caption).to.match(/^4 de 12 meses con registro;/);
    expect(model.notes).to.deep.equal(['Fuera del periodo del informe: 15 de diciembre de 2019 · Temprano; 15 de enero de 2021 · Tarde.']);
    expect(model.table.rows).to.have.length(14);
    expect(model.table.rows[0]!.cells).to.deep.equal(['fuera del periodo', '2019-12-15', 'Temprano', undefined]);

    // Without a cadence too.
    const loose = layoutTimeline({ ...CONCEJO, events: [{ date: '2022-02-02' }] }, YEAR, 'es');
    expect(kinds(loose.view).split(' ').at(-1)).to.equal('out');
    expect(events(loose.view)).to.have.length(1);
  });

  it('survives a reversed period and an empty indicator', () => {
    const reversed = layoutTimeline(IBAGUE_7, { period: { start: '2020-12-31', end: '2020-01-01' } }, 'es');
    expect(events(reversed.view)).to.have.length(4);
    expect(reversed.view.every((r) => r.kind === 'out')).to.equal(true);

    const empty = layoutTimeline({ ...IBAGUE_7, events: [] }, YEAR, 'es');
    expect(kinds(empty.view)).to.equal(Array(12).fill('miss').join(' '));
    expect(empty.caption).to.match(/^0 de 12 meses con registro;/);
    expect(empty.notes).to.deep.equal(['El informe declara 2 eventos; lista 0.']);
    const none = layoutTimeline({ ...CONCEJO, events: [], declaredCount: 1 }, YEAR, 'es');
    expect(none.view.every((r) => r.kind === 'none')).to.equal(true);
    expect(none.notes).to.deep.equal(['El informe declara 1 evento; lista 0.']);
  });
});

describe('layoutTimeline: a very long period', () => {
  const period = { start: '0001-01-01', end: '9999-12-31' };
  it('merges runs of years without events into one row, so rows grow with events, not with the period', () => {
    const ind = { id: 'x', kind: 'events', commitment: 1, title: 'Sesiones', events: [{ date: '2020-03-01' }, { date: '2022-05-01' }] } as unknown as EventsIndicator;
    const model = layoutTimeline(ind, { period }, 'es');
    expect(model.view.map((r) => [r.head, r.kind, r.events.length])).to.deep.equal([
      ['0001 – 2019', 'none', 0],
      ['2020', 'held', 1],
      ['2021', 'none', 0],
      ['2022', 'held', 1],
      ['2023 – 9999', 'none', 0],
    ]);
  });
  it('with a cadence, the merged runs are missing periods, and the caption still counts every period', () => {
    const ind = { id: 'x', kind: 'events', commitment: 1, title: 'Sesiones', cadence: 'annual', events: [{ date: '2020-03-01' }] } as unknown as EventsIndicator;
    const model = layoutTimeline(ind, { period }, 'es');
    expect(model.view.map((r) => [r.head, r.kind])).to.deep.equal([
      ['0001 – 2019', 'miss'],
      ['2020', 'held'],
      ['2021 – 9999', 'miss'],
    ]);
    expect(model.caption).to.match(/^1 de 9\.999 años con registro/);
  });
  it('a short period keeps one row per slot (Ibagué: each missing month named)', () => {
    const ind = { id: 'x', kind: 'events', commitment: 1, title: 'Comités', cadence: 'monthly', events: [{ date: '2020-01-29' }] } as unknown as EventsIndicator;
    expect(layoutTimeline(ind, { period: { start: '2020-01-01', end: '2020-12-31' } }, 'es').view).to.have.length(12);
  });
});
