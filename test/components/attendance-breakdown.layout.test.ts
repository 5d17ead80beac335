// <attendance-breakdown>'s layout, pure: literal indicators in, view models out. No DOM.
import { expect } from '@open-wc/testing';
import {
  attendanceData,
  layoutAttendance,
  MIN_BAR,
  MIN_COLUMNS_WIDTH,
  wrapLabel,
  type AttendanceVariant,
  type AttendanceView,
  type BarMark,
  type TextKind,
} from '../../src/components/attendance-breakdown/attendance-breakdown.layout.js';
import type { AttendanceIndicator } from '../../src/feed/types.js';
import { estimateTextWidth } from '../../src/viz/text.js';

/** Commitment 4 of the Ibagué 2020 report, as the demo feed transcribes it. */
const IBAGUE: AttendanceIndicator = {
  id: 'attendance',
  commitment: 4,
  kind: 'attendance',
  title: 'Asistentes a las jornadas de capacitación por zona y sexo',
  translations: { en: { title: 'Training attendance by area and sex' } },
  categories: [
    { id: 'men', label: 'Hombres' },
    { id: 'women', label: 'Mujeres' },
  ],
  groups: [
    { id: 'urban', label: 'Zona urbana', counts: { men: 272, women: 231 }, declaredTotal: 503 },
    { id: 'rural', label: 'Zona rural', counts: { men: 105, women: 67 }, declaredTotal: 178 },
    { id: 'virtual', label: 'Acción comunal al barrio (virtual)', counts: { men: 85, women: 89 }, declaredTotal: 174 },
  ],
};

/** The same indicator with other groups (a fresh object: layouts must not mutate their input). */
const withGroups = (groups: AttendanceIndicator['groups'], extra: Partial<AttendanceIndicator> = {}): AttendanceIndicator => ({
  ...IBAGUE,
  groups,
  ...extra,
});

/** Chart widths the frame offers: a 280 px phone and a 1,200 px desktop, less its 34 px inset. */
const NARROW = 246;
const WIDE = 1166;

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');
const byKey = (view: AttendanceView) => new Map(view.marks.map((m) => [`${m.group}/${m.category}`, m]));
/** The texts of one kind (counts, totals, group labels, category names), in drawing order. */
const texts = (view: AttendanceView, kind: TextKind) => view.texts.filter((t) => t.kind === kind);
const values = (view: AttendanceView) => texts(view, 'value');
/** A group's note as the reader sees it, its lines joined. */
const noteText = (view: AttendanceView, group: string) => view.notes.find((n) => n.group === group)?.lines.map((l) => l.text).join(' ');
const close = (actual: number, expected: number, delta = 1e-6) => expect(actual).to.be.closeTo(expected, delta);

/** Every number anywhere in a value, with its path. */
function numbers(value: unknown, path = '$', out: [string, number][] = []): [string, number][] {
  if (typeof value === 'number') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => numbers(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) numbers(v, `${path}.${k}`, out);
  return out;
}

/** No NaN or Infinity anywhere in the view; every mark and text inside the chart's box. */
function expectSound(view: AttendanceView): void {
  const bad = numbers(view).filter(([, n]) => !Number.isFinite(n));
  expect(bad, `non-finite numbers: ${JSON.stringify(bad)}`).to.deep.equal([]);
  for (const m of view.marks) {
    const key = `${m.group}/${m.category}`;
    expect(m.width, key).to.be.greaterThan(0);
    expect(m.height, key).to.be.greaterThan(0);
    expect(m.x, key).to.be.at.least(-1e-9);
    expect(m.x + m.width, key).to.be.at.most(view.width + 1e-9);
    expect(m.y, key).to.be.at.least(-1e-9);
    expect(m.y + m.height, key).to.be.at.most(view.height + 1e-9);
  }
  for (const t of [...view.texts, ...view.notes.flatMap((n) => n.lines)]) {
    const w = estimateTextWidth(t.text, 13);
    const left = t.anchor === 'start' ? t.x : t.anchor === 'middle' ? t.x - w / 2 : t.x - w;
    expect(left, `${t.kind} "${t.text}" starts inside`).to.be.at.least(-1);
    expect(left + w, `${t.kind} "${t.text}" ends inside`).to.be.at.most(view.width + 1);
    expect(t.y, `${t.kind} "${t.text}" inside`).to.be.within(0, view.height + 1);
  }
  for (const n of view.notes) {
    expect(n.x).to.be.at.least(-1e-9);
    expect(n.x + n.width).to.be.at.most(view.width + 1e-9);
    expect(n.y + n.height).to.be.at.most(view.height + 1e-9);
    // The box holds its lines.
    for (const l of n.lines) {
      expect(l.x).to.be.at.least(n.x);
      expect(l.x + estimateTextWidth(l.text, 13)).to.be.at.most(n.x + n.width);
      expect(l.y).to.be.within(n.y, n.y + n.height);
    }
  }
}

describe('attendance-breakdown layout', () => {
  describe('attendanceData', () => {
    it('sums each group, each category and the whole, and flags declared totals that differ', () => {
      const d = attendanceData(IBAGUE);
      expect(d.categories.map((c) => [c.id, c.label, c.series, c.total])).to.deep.equal([
        ['men', 'Hombres', 1, 462],
        ['women', 'Mujeres', 2, 387],
      ]);
      expect(d.groups.map((g) => [g.id, g.counts, g.sum, g.declaredTotal, g.mismatch])).to.deep.equal([
        ['urban', [272, 231], 503, 503, false],
        ['rural', [105, 67], 172, 178, true],
        ['virtual', [85, 89], 174, 174, false],
      ]);
      expect(d.total).to.equal(849);
    });

    it('keeps a missing count missing, shows undeclared categories under their id, and draws both groups of a repeated id', () => {
      const indicator = withGroups([
        { id: 'a', label: 'A', counts: { men: 3 } },
        { id: 'a', label: 'A bis', counts: { men: 1, women: 2, other: 4 } },
      ]);
      const d = attendanceData(indicator);
      expect(d.categories.map((c) => [c.id, c.label, c.total])).to.deep.equal([
        ['men', 'Hombres', 4],
        ['women', 'Mujeres', 2],
        ['other', 'other', 4],
      ]);
      expect(d.groups.map((g) => [g.id, g.label, g.counts, g.sum])).to.deep.equal([
        ['a', 'A', [3, undefined, undefined], 3],
        ['a', 'A bis', [1, 2, 4], 7],
      ]);
      const { view } = layoutAttendance(indicator, { lang: 'es', width: WIDE, variant: 'stacked' });
      expect(view.marks.map((m) => nbsp(m.tip))).to.deep.equal([
        'A · Hombres: 3 de 3 (100 %)',
        'A bis · Hombres: 1 de 7 (14,3 %)',
        'A bis · Mujeres: 2 de 7 (28,6 %)',
        'A bis · other: 4 de 7 (57,1 %)',
      ]);
    });

    it('does not mutate its input', () => {
      const input = structuredClone(IBAGUE);
      layoutAttendance(input, { lang: 'es', width: NARROW, variant: 'stacked' });
      layoutAttendance(input, { lang: 'en', width: WIDE, variant: 'grouped' });
      expect(input).to.deep.equal(IBAGUE);
    });
  });

  describe('wrapLabel', () => {
    const cases: [text: string, width: number, expected: string[]][] = [
      ['Zona urbana', 200, ['Zona urbana']],
      ['Acción comunal al barrio (virtual)', 130, ['Acción comunal al', 'barrio (virtual)']],
      // Two lines at most: the rest is shortened (the table and tooltip keep it whole).
      ['Acción comunal al barrio (virtual) de la zona norte del municipio', 130, ['Acción comunal al', 'barrio (virtual)…']],
      ['Supercalifragilisticoespialidoso', 80, ['Supercali…']],
      ['Supercalifragilisticoespialidoso de la zona', 80, ['Supercali…', 'de la zona']],
    ];
    for (const [text, width, expected] of cases) {
      it(`"${text}" in ${width} px`, () => {
        const lines = wrapLabel(text, width, 14);
        expect(lines).to.deep.equal(expected);
        for (const l of lines) expect(estimateTextWidth(l, 14)).to.be.at.most(width);
      });
    }
  });

  describe('text: title, summary, notes, caption, table', () => {
    it('in Spanish, with es-CO numbers and the rural discrepancy', () => {
      const m = layoutAttendance(IBAGUE, { lang: 'es', width: WIDE, variant: 'grouped' });
      expect(m.kind).to.equal('model');
      expect(m.title).to.equal('Asistentes a las jornadas de capacitación por zona y sexo');
      expect(m.summary).to.equal(
        'Asistentes a las jornadas de capacitación por zona y sexo. 849 personas en total. ' +
          'Zona urbana: 503 (Hombres 272, Mujeres 231); Zona rural: 172 (Hombres 105, Mujeres 67), total declarado 178; ' +
          'Acción comunal al barrio (virtual): 174 (Hombres 85, Mujeres 89). Por categoría: Hombres 462, Mujeres 387.',
      );
      expect(m.notes).to.deep.equal(['Zona rural: total declarado 178; la suma es 172.']);
      expect(m.caption).to.equal('Total: 849 personas');
      expect(m.csvName).to.equal('attendance-breakdown-attendance');
      expect(m.table.columns).to.deep.equal([
        { label: 'Grupo', numeric: false },
        { label: 'Hombres', numeric: true },
        { label: 'Mujeres', numeric: true },
        { label: 'Suma', numeric: true },
        { label: 'Total declarado', numeric: true },
      ]);
      expect(m.table.rows.map((r) => r.display)).to.deep.equal([
        ['Zona urbana', '272', '231', '503', '503'],
        ['Zona rural', '105', '67', '172', '178'],
        ['Acción comunal al barrio (virtual)', '85', '89', '174', '174'],
        ['Total', '462', '387', '849', ''],
      ]);
      expect(m.table.rows.map((r) => r.cells)).to.deep.equal([
        ['Zona urbana', 272, 231, 503, 503],
        ['Zona rural', 105, 67, 172, 178],
        ['Acción comunal al barrio (virtual)', 85, 89, 174, 174],
        ['Total', 462, 387, 849, undefined],
      ]);
    });

    it('in English, with the feed\'s own English title', () => {
      const m = layoutAttendance(IBAGUE, { lang: 'en', width: NARROW, variant: 'stacked' });
      expect(m.title).to.equal('Training attendance by area and sex');
      expect(m.summary).to.equal(
        'Training attendance by area and sex. 849 people in all. ' +
          'Zona urbana: 503 (Hombres 272, Mujeres 231); Zona rural: 172 (Hombres 105, Mujeres 67), declared total 178; ' +
          'Acción comunal al barrio (virtual): 174 (Hombres 85, Mujeres 89). By category: Hombres 462, Mujeres 387.',
      );
      expect(m.notes).to.deep.equal(['Zona rural: declared total 178; the sum is 172.']);
      expect(m.caption).to.equal('Total: 849 people');
      expect(m.table.columns.map((c) => c.label)).to.deep.equal(['Group', 'Hombres', 'Mujeres', 'Sum', 'Declared total']);
      expect(noteText(m.view, 'rural')).to.equal('declared total 178; the sum is 172');
    });

    const big = withGroups([{ id: 'a', label: 'Comunas', counts: { men: 1500, women: 2500 }, declaredTotal: 4100 }]);
    const bigCases: [lang: 'es' | 'en', counts: string[], total: string, note: string][] = [
      ['es', ['1.500', '2.500'], 'Total: 4.000', 'total declarado 4.100; la suma es 4.000'],
      ['en', ['1,500', '2,500'], 'Total: 4,000', 'declared total 4,100; the sum is 4,000'],
    ];
    for (const [lang, counts, total, note] of bigCases) {
      it(`groups thousands the ${lang} way`, () => {
        const m = layoutAttendance(big, { lang, width: WIDE, variant: 'grouped' });
        expect(values(m.view).map((v) => v.text)).to.deep.equal(counts);
        expect(texts(m.view, 'total').map((t) => t.text)).to.deep.equal([total]);
        expect(noteText(m.view, 'a')).to.equal(note);
        expect(m.view.legend.map((l) => l.value)).to.deep.equal(counts);
        expect(nbsp(m.view.marks[0]!.tip)).to.equal(lang === 'es' ? 'Comunas · Hombres: 1.500 de 4.000 (37,5 %)' : 'Comunas · Hombres: 1,500 of 4,000 (37.5%)');
      });
    }

    it('puts the source and cut date in the caption and the summary', () => {
      const m = layoutAttendance({ ...IBAGUE, source: { system: 'Listas de asistencia', cutDate: '2020-12-31' } }, { lang: 'es', width: WIDE, variant: 'grouped' });
      expect(m.caption).to.equal('Total: 849 personas. Fuente: Listas de asistencia, corte al 31 de diciembre de 2020.');
      expect(m.summary).to.match(/Fuente: Listas de asistencia, corte al 31 de diciembre de 2020\.$/);
    });

    it('has no declared-total column and no notes when no group declares a total', () => {
      const m = layoutAttendance(
        withGroups([
          { id: 'u', label: 'Zona urbana', counts: { men: 1, women: 2 } },
          { id: 'r', label: 'Zona rural', counts: { men: 3, women: 4 } },
        ]),
        { lang: 'es', width: WIDE, variant: 'grouped' },
      );
      expect(m.table.columns.map((c) => c.label)).to.deep.equal(['Grupo', 'Hombres', 'Mujeres', 'Suma']);
      expect(m.notes).to.deep.equal([]);
      expect(m.view.notes).to.deep.equal([]);
    });
  });

  describe('geometry', () => {
    const cases: [variant: AttendanceVariant, width: number, orientation: 'rows' | 'columns'][] = [
      ['grouped', NARROW, 'rows'],
      ['stacked', NARROW, 'rows'],
      ['grouped', MIN_COLUMNS_WIDTH - 1, 'rows'],
      ['grouped', MIN_COLUMNS_WIDTH, 'columns'],
      ['stacked', MIN_COLUMNS_WIDTH, 'columns'],
      ['grouped', WIDE, 'columns'],
      ['stacked', WIDE, 'columns'],
    ];
    for (const [variant, width, orientation] of cases) {
      it(`${variant} at ${width} px: ${orientation}, every mark and label inside, totals and the rural note`, () => {
        const { view } = layoutAttendance(IBAGUE, { lang: 'es', width, variant });
        expect(view.variant).to.equal(variant);
        expect(view.orientation).to.equal(orientation);
        expect(view.width).to.equal(width);
        expectSound(view);
        expect(view.marks.map((m) => nbsp(m.tip))).to.deep.equal([
          'Zona urbana · Hombres: 272 de 503 (54,1 %)',
          'Zona urbana · Mujeres: 231 de 503 (45,9 %)',
          'Zona rural · Hombres: 105 de 172 (61 %)',
          'Zona rural · Mujeres: 67 de 172 (39 %)',
          'Acción comunal al barrio (virtual) · Hombres: 85 de 174 (48,9 %)',
          'Acción comunal al barrio (virtual) · Mujeres: 89 de 174 (51,1 %)',
        ]);
        expect(view.marks.map((m) => m.series)).to.deep.equal([1, 2, 1, 2, 1, 2]);
        expect(values(view).map((v) => v.text)).to.deep.equal(['272', '231', '105', '67', '85', '89']);
        expect(texts(view, 'total').map((t) => t.text)).to.deep.equal(['Total: 503', 'Total: 172', 'Total: 174']);
        expect(texts(view, 'label').map((t) => t.text).join(' ')).to.equal('Zona urbana Zona rural Acción comunal al barrio (virtual)');
        // One note, the rural one, whole (nothing shortened), broken after the semicolon: two
        // lines, or three where even "total declarado 178;" is too wide for the group's cell.
        expect(view.notes.map((n) => n.group)).to.deep.equal(['rural']);
        const lines = view.notes[0]!.lines.map((l) => l.text);
        expect(lines.join(' ')).to.equal('total declarado 178; la suma es 172');
        expect(lines.at(-1)).to.equal('la suma es 172');
        expect(lines.length).to.equal(width === MIN_COLUMNS_WIDTH ? 3 : 2);
        expect(view.legend).to.deep.equal([
          { label: 'Hombres', series: 1, value: '462' },
          { label: 'Mujeres', series: 2, value: '387' },
        ]);
        // The note sits with its group: under its label, above its bars (rows), or under its
        // band, nearer its bars than any other group's (columns).
        const note = view.notes[0]!;
        const ruralLabel = texts(view, 'label').find((t) => t.text === 'Zona rural')!;
        if (orientation === 'rows') {
          expect(note.y).to.be.greaterThan(ruralLabel.y);
          expect(note.y + note.height).to.be.at.most(byKey(view).get('rural/men')!.y);
        } else {
          expect(note.y).to.be.greaterThan(ruralLabel.y);
          close(note.x + note.width / 2, ruralLabel.x, 1e-6);
          const centerOf = (group: string) => {
            const marks = view.marks.filter((m) => m.group === group);
            return (Math.min(...marks.map((m) => m.x)) + Math.max(...marks.map((m) => m.x + m.width))) / 2;
          };
          const distance = (group: string) => Math.abs(centerOf(group) - (note.x + note.width / 2));
          expect(distance('rural')).to.be.below(distance('urban'));
          expect(distance('rural')).to.be.below(distance('virtual'));
          expect(note.x).to.be.above(centerOf('urban'));
          expect(note.x + note.width).to.be.below(centerOf('virtual'));
        }
      });
    }

    it('grouped rows: bar lengths follow the counts from one start, the longest filling the plot', () => {
      const { view } = layoutAttendance(IBAGUE, { lang: 'es', width: NARROW, variant: 'grouped' });
      const perPerson = view.marks.map((m) => m.width / m.count);
      for (const p of perPerson) close(p, perPerson[0]!, 1e-9);
      expect(new Set(view.marks.map((m) => m.x)).size).to.equal(1);
      const longest = byKey(view).get('urban/men')!;
      // Counts in drawing order: group by group, category by category.
      const value = values(view)[0]!;
      expect(value.text).to.equal('272');
      close(value.x, longest.x + longest.width + 6);
      // The longest bar's count ends within the chart.
      expect(value.x + estimateTextWidth('272', 13)).to.be.at.most(NARROW);
      // Bars of one group sit one under another, without overlapping.
      const [men, women] = [byKey(view).get('rural/men')!, byKey(view).get('rural/women')!];
      expect(women.y).to.be.at.least(men.y + men.height);
      // Category names label each bar, so colour is never the only cue.
      const ticks = texts(view, 'tick');
      expect(ticks.map((t) => t.text)).to.deep.equal(['Hombres', 'Mujeres', 'Hombres', 'Mujeres', 'Hombres', 'Mujeres']);
      // Each name on its bar's line, before the bar.
      ticks.forEach((t, i) => {
        const bar = view.marks[i]!;
        expect(t.y).to.be.within(bar.y, bar.y + bar.height);
        expect(t.x + estimateTextWidth(t.text, 13)).to.be.at.most(bar.x);
      });
    });

    it('grouped columns: heights follow the counts from one baseline, each group in its own band', () => {
      const { view } = layoutAttendance(IBAGUE, { lang: 'es', width: WIDE, variant: 'grouped' });
      const base = view.baseline!;
      for (const m of view.marks) close(m.y + m.height, base);
      const perPerson = view.marks.map((m) => m.height / m.count);
      for (const p of perPerson) close(p, perPerson[0]!, 1e-9);
      const spans = ['urban', 'rural', 'virtual'].map((g) => {
        const ms = view.marks.filter((m) => m.group === g);
        expect(ms[0]!.x, `${g}: men left of women`).to.be.below(ms[1]!.x);
        return [Math.min(...ms.map((m) => m.x)), Math.max(...ms.map((m) => m.x + m.width))] as const;
      });
      expect(spans[0]![1]).to.be.below(spans[1]![0]);
      expect(spans[1]![1]).to.be.below(spans[2]![0]);
      // Counts over their bars, category names under them.
      view.marks.forEach((m, i) => {
        const v = values(view)[i]!;
        const tick = texts(view, 'tick')[i]!;
        expect(v.text).to.equal(String(m.count));
        close(v.x, m.x + m.width / 2);
        expect(v.y).to.be.below(m.y);
        close(tick.x, m.x + m.width / 2);
        expect(tick.y).to.be.above(base);
      });
    });

    it('stacked rows: segments follow one another, stack lengths follow the group sums', () => {
      const { view } = layoutAttendance(IBAGUE, { lang: 'es', width: NARROW, variant: 'stacked' });
      const k = byKey(view);
      const stacks = ['urban', 'rural', 'virtual'].map((g) => [k.get(`${g}/men`)!, k.get(`${g}/women`)!] as [BarMark, BarMark]);
      for (const [men, women] of stacks) {
        close(men.x, 0);
        close(women.x, men.x + men.width);
        close(women.y, men.y);
        close(men.width / men.count, women.width / women.count, 1e-9);
      }
      const length = (s: [BarMark, BarMark]) => s[1].x + s[1].width;
      // The longest nearly fills the width (the room for thin segments kept aside).
      expect(length(stacks[0]!)).to.be.within(NARROW - 2 * MIN_BAR, NARROW);
      close(length(stacks[1]!), (172 / 503) * length(stacks[0]!), 1e-9);
      close(length(stacks[2]!), (174 / 503) * length(stacks[0]!), 1e-9);
      // Each count under its own segment.
      values(view).forEach((v, i) => {
        const m = view.marks[i]!;
        expect(v.text).to.equal(String(m.count));
        expect(v.y).to.be.within(m.y + m.height, m.y + m.height + 18);
        const middle = v.x + estimateTextWidth(v.text, 13) / 2;
        expect(middle).to.be.within(m.x, m.x + m.width);
      });
    });

    it('stacked columns: segments pile up from the baseline, heights follow the counts', () => {
      const { view } = layoutAttendance(IBAGUE, { lang: 'es', width: WIDE, variant: 'stacked' });
      const k = byKey(view);
      const base = view.baseline!;
      const tallest = k.get('urban/women')!;
      for (const g of ['urban', 'rural', 'virtual']) {
        const men = k.get(`${g}/men`)!;
        const women = k.get(`${g}/women`)!;
        close(men.y + men.height, base);
        close(women.y + women.height, men.y);
        close(women.x, men.x);
        close(men.height / men.count, women.height / women.count, 1e-9);
      }
      close(base - tallest.y, (base - k.get('rural/women')!.y) * (503 / 172), 1e-6);
      // Each count beside its own segment, at its height.
      values(view).forEach((v, i) => {
        const m = view.marks[i]!;
        expect(v.text).to.equal(String(m.count));
        expect(v.x).to.be.at.least(m.x + m.width);
        expect(v.y).to.be.within(m.y, m.y + m.height);
      });
    });

    it('stacked: counts of thin segments still show by their segment, apart from their neighbours', () => {
      // Thin segments at the end of the stack, and at its start.
      const cases: [AttendanceIndicator['groups'][number]['counts'], string[]][] = [
        [{ men: 1000, women: 3, other: 2 }, ['1.000', '3', '2']],
        [{ men: 2, women: 3, other: 1000 }, ['2', '3', '1.000']],
      ];
      for (const width of [NARROW, WIDE]) {
        for (const [groupCounts, expected] of cases) {
          const tiny = withGroups([{ id: 'u', label: 'Zona urbana', counts: groupCounts }]);
          const { view } = layoutAttendance(tiny, { lang: 'es', width, variant: 'stacked' });
          expectSound(view);
          const counts = values(view);
          expect(counts.map((v) => v.text)).to.deep.equal(expected);
          const stack = view.marks;
          if (view.orientation === 'rows') {
            // On one line under the stack, left to right without overlapping.
            for (const v of counts) expect(v.y).to.equal(counts[0]!.y);
            expect(counts[0]!.y).to.be.greaterThan(stack[0]!.y + stack[0]!.height);
            for (let i = 1; i < counts.length; i++) {
              expect(counts[i]!.x).to.be.at.least(counts[i - 1]!.x + estimateTextWidth(counts[i - 1]!.text, 13) + 6);
            }
          } else {
            // Beside the column, bottom to top, a line apart.
            for (const v of counts) expect(v.x).to.be.at.least(stack[0]!.x + stack[0]!.width);
            for (let i = 1; i < counts.length; i++) expect(counts[i - 1]!.y - counts[i]!.y).to.be.at.least(13);
          }
        }
      }
    });

    it('a tiny count still gets a bar one can see, point at and focus, and the longest stack still fits', () => {
      const tiny = withGroups([
        { id: 'u', label: 'U', counts: { men: 1000, women: 1 } },
        { id: 'r', label: 'R', counts: { men: 1, women: 999 } },
      ]);
      for (const variant of ['grouped', 'stacked'] as const) {
        for (const width of [NARROW, WIDE]) {
          const { view } = layoutAttendance(tiny, { lang: 'es', width, variant });
          expectSound(view);
          const length = (m: BarMark) => (view.orientation === 'rows' ? m.width : m.height);
          expect(view.marks).to.have.length(4);
          for (const m of view.marks) expect(length(m), `${variant} ${width} ${m.group}/${m.category}`).to.be.at.least(MIN_BAR - 1e-9);
          // The big counts keep their proportion to each other.
          const k = byKey(view);
          close(length(k.get('u/men')!) / length(k.get('r/women')!), 1000 / 999, 1e-9);
        }
      }
    });

    it('narrow: long group labels are shortened on the chart, whole in the table and tooltip', () => {
      const label = 'Jornadas de acción comunal al barrio en modalidad virtual durante la emergencia sanitaria';
      const m = layoutAttendance(withGroups([{ id: 'v', label, counts: { men: 85, women: 89 } }]), { lang: 'es', width: NARROW, variant: 'grouped' });
      const lines = texts(m.view, 'label').map((l) => l.text);
      expect(lines).to.have.length(2);
      expect(lines[1]!.endsWith('…')).to.equal(true);
      expect(label.startsWith(lines.join(' ').slice(0, -1))).to.equal(true);
      expect(m.table.rows[0]!.display[0]).to.equal(label);
      expect(m.view.marks[0]!.tip.startsWith(label)).to.equal(true);
      expectSound(m.view);
    });

    it('many groups fall back to rows where columns would be too thin', () => {
      const groups = Array.from({ length: 8 }, (_, i) => ({ id: `c${i + 1}`, label: `Comuna ${i + 1}`, counts: { men: 10 + i, women: 20 - i } }));
      const { view } = layoutAttendance(withGroups(groups), { lang: 'es', width: 700, variant: 'grouped' });
      expect(view.orientation).to.equal('rows');
      expect(view.marks).to.have.length(16);
      expectSound(view);
    });

    const degenerate: [name: string, groups: AttendanceIndicator['groups'], marks: number, counts: string[]][] = [
      ['all counts zero', [{ id: 'u', label: 'U', counts: { men: 0, women: 0 } }, { id: 'r', label: 'R', counts: { men: 0, women: 0 } }], 0, ['0', '0', '0', '0']],
      ['groups with no counts', [{ id: 'u', label: 'U', counts: {} }, { id: 'r', label: 'R', counts: {}, declaredTotal: 5 }], 0, ['—', '—', '—', '—']],
      ['a group missing a category', [{ id: 'u', label: 'U', counts: { men: 4 } }, { id: 'r', label: 'R', counts: { men: 1, women: 2 } }], 3, ['4', '—', '1', '2']],
      ['one group, one count', [{ id: 'u', label: 'U', counts: { men: 1 } }], 1, ['1', '—']],
    ];
    for (const [name, groups, marks, counts] of degenerate) {
      for (const variant of ['grouped', 'stacked'] as const) {
        for (const width of [0, NARROW, WIDE]) {
          it(`${name}: ${variant} at ${width} px has no NaN and draws only counted people`, () => {
            const m = layoutAttendance(withGroups(groups), { lang: 'es', width, variant });
            expectSound(m.view);
            expect(numbers(m).filter(([, n]) => !Number.isFinite(n))).to.deep.equal([]);
            expect(m.view.marks).to.have.length(marks);
            expect(m.view.marks.every((mk) => mk.count > 0)).to.equal(true);
            if (variant === 'grouped') expect(values(m.view).map((v) => v.text)).to.deep.equal(counts);
            // A missing count reads "—" in the table and is empty in the CSV.
            const missing = counts.indexOf('—');
            if (missing >= 0) {
              const row = Math.floor(missing / 2);
              expect(m.table.rows[row]!.display[1 + (missing % 2)]).to.equal('—');
              expect(m.table.rows[row]!.cells[1 + (missing % 2)]).to.equal(undefined);
            }
          });
        }
      }
    }

    it('a declared total with nothing counted still shows its note', () => {
      const m = layoutAttendance(withGroups([{ id: 'r', label: 'Zona rural', counts: {}, declaredTotal: 5 }]), { lang: 'es', width: NARROW, variant: 'grouped' });
      expect(m.notes).to.deep.equal(['Zona rural: total declarado 5; la suma es 0.']);
      expect(noteText(m.view, 'r')).to.equal('total declarado 5; la suma es 0');
    });
  });
});
