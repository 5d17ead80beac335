/**
 * Consistency checks: does a valid feed agree with itself?
 *
 * A transparency tool must not hide a report's own discrepancies. Each check here reports a
 * warning, never an error: the feed stays usable and widgets show both figures, plainly.
 *
 * - a declared total that differs from the sum of its parts;
 * - a declared share that differs from the computed share by more than 0.01 points;
 * - a cadence not met (4 monthly meetings in a 12-month period hold 4 of 12 months), a declared
 *   progress that differs from what such an indicator measures, and a declared count of events
 *   that differs from the events listed;
 * - dates outside the report period (documents cited as background may predate it);
 * - duplicate ids, commitment numbers and entries; references to commitments, categories or
 *   territories that do not exist.
 */
import { warning, type FeedWarning, type PathSegment } from './issues.js';
import { cadenceCoverage, groupSum, platformTotals } from './measures.js';
import type { Feed, Indicator } from './types.js';

/** Declared and computed shares may differ by this many percentage points (rounding). */
export const SHARE_TOLERANCE = 0.01;
/** Declared and measured progress may differ by this many points (rounding to whole percent). */
export const PROGRESS_TOLERANCE = 0.5;
/** Float noise allowance on top of the tolerances. */
const EPSILON = 1e-9;

const round2 = (n: number) => Math.round(n * 100) / 100;

export function checkConsistency(feed: Feed): FeedWarning[] {
  const out: FeedWarning[] = [];
  const { period } = feed.report;
  const periodOk = period.start <= period.end;
  if (!periodOk) {
    out.push(warning('period-reversed', ['report', 'period'], { start: period.start, end: period.end }));
  }

  /** Dates of activity must fall in the period; background documents may come before it. */
  const checkDate = (date: string | undefined, path: PathSegment[], mayPredate = false) => {
    if (date === undefined || !periodOk) return;
    if (date > period.end || (date < period.start && !mayPredate)) {
      out.push(warning('date-outside-period', path, { date, start: period.start, end: period.end }));
    }
  };

  const commitmentIndex = new Map<number, number>();
  feed.commitments.forEach((c, i) => {
    if (commitmentIndex.has(c.number)) {
      out.push(warning('duplicate-commitment', ['commitments', i, 'number'], { number: c.number }));
    } else commitmentIndex.set(c.number, i);
    c.evidence?.forEach((e, j) => checkDate(e.date, ['commitments', i, 'evidence', j, 'date'], e.kind === 'document'));
  });

  const ids = new Set<string>();
  (feed.indicators ?? []).forEach((ind, i) => {
    const at = (...rest: PathSegment[]): PathSegment[] => ['indicators', i, ...rest];
    if (ids.has(ind.id)) out.push(warning('duplicate-id', at('id'), { id: ind.id }));
    ids.add(ind.id);
    if (!commitmentIndex.has(ind.commitment)) {
      out.push(warning('unknown-commitment', at('commitment'), { id: ind.id, commitment: ind.commitment }));
    }
    if ('source' in ind && ind.source) checkDate(ind.source.cutDate, at('source', 'cutDate'));
    checkIndicator(ind, at, out, checkDate);

    if (ind.kind === 'events' && ind.cadence && periodOk) {
      const coverage = cadenceCoverage({ events: ind.events, cadence: ind.cadence }, period);
      if (coverage.held < coverage.expected) {
        out.push(
          warning('cadence-shortfall', at('events'), {
            id: ind.id,
            cadence: ind.cadence,
            held: coverage.held,
            expected: coverage.expected,
            commitment: ind.commitment,
          }),
        );
      }
      const ci = commitmentIndex.get(ind.commitment);
      const declared = ci === undefined ? undefined : feed.commitments[ci]!.progress;
      if (ci !== undefined && declared !== undefined && Math.abs(declared - coverage.progress) > PROGRESS_TOLERANCE + EPSILON) {
        out.push(
          warning('progress-mismatch', ['commitments', ci, 'progress'], {
            commitment: ind.commitment,
            declared,
            measured: round2(coverage.progress),
            held: coverage.held,
            expected: coverage.expected,
            id: ind.id,
          }),
        );
      }
    }
  });
  return out;
}

function duplicates<T>(items: readonly T[], key: (t: T) => string, onDuplicate: (index: number, key: string) => void) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) onDuplicate(i, k);
    seen.add(k);
  });
}

function checkIndicator(
  ind: Indicator,
  at: (...rest: PathSegment[]) => PathSegment[],
  out: FeedWarning[],
  checkDate: (date: string | undefined, path: PathSegment[], mayPredate?: boolean) => void,
): void {
  switch (ind.kind) {
    case 'contract-platforms': {
      duplicates(ind.platforms ?? [], (p) => p.name, (j, name) => out.push(warning('duplicate-entry', at('platforms', j, 'name'), { id: ind.id, key: name })));
      const totals = platformTotals(ind);
      if (ind.declaredTotal !== undefined && ind.declaredTotal !== totals.total) {
        out.push(warning('total-mismatch', at('declaredTotal'), { id: ind.id, declared: ind.declaredTotal, sum: totals.total }));
      }
      (ind.platforms ?? []).forEach((p, j) => {
        if (p.share === undefined) return;
        const computed = totals.platforms.find((t) => t.name === p.name)?.share ?? 0;
        if (Math.abs(p.share - computed) > SHARE_TOLERANCE + EPSILON) {
          out.push(
            warning('share-mismatch', at('platforms', j, 'share'), {
              id: ind.id,
              name: p.name,
              declared: p.share,
              computed: round2(computed),
            }),
          );
        }
      });
      return;
    }
    case 'attendance': {
      duplicates(ind.categories, (c) => c.id, (j, key) => out.push(warning('duplicate-entry', at('categories', j, 'id'), { id: ind.id, key })));
      duplicates(ind.groups, (g) => g.id, (j, key) => out.push(warning('duplicate-entry', at('groups', j, 'id'), { id: ind.id, key })));
      const categories = new Set(ind.categories.map((c) => c.id));
      ind.groups.forEach((g, j) => {
        for (const key of Object.keys(g.counts)) {
          if (!categories.has(key)) out.push(warning('unknown-category', at('groups', j, 'counts', key), { id: ind.id, key }));
        }
        const sum = groupSum(g);
        if (g.declaredTotal !== undefined && g.declaredTotal !== sum) {
          out.push(warning('total-mismatch', at('groups', j, 'declaredTotal'), { id: ind.id, group: g.label, declared: g.declaredTotal, sum }));
        }
      });
      return;
    }
    case 'events': {
      ind.events.forEach((e, j) => checkDate(e.date, at('events', j, 'date')));
      if (ind.declaredCount !== undefined && ind.declaredCount !== ind.events.length) {
        out.push(warning('count-mismatch', at('declaredCount'), { id: ind.id, declared: ind.declaredCount, listed: ind.events.length }));
      }
      return;
    }
    case 'territory-counts': {
      duplicates(ind.counts, (c) => c.territory, (j, key) => out.push(warning('duplicate-entry', at('counts', j, 'territory'), { id: ind.id, key })));
      if (ind.territories) {
        duplicates(ind.territories, (t) => t, (j, key) => out.push(warning('duplicate-entry', at('territories', j), { id: ind.id, key })));
        const known = new Set(ind.territories);
        ind.counts.forEach((c, j) => {
          if (!known.has(c.territory)) out.push(warning('unknown-territory', at('counts', j, 'territory'), { id: ind.id, key: c.territory }));
        });
      }
      const sum = ind.counts.reduce((s, c) => s + c.count, 0);
      if (ind.declaredTotal !== undefined && ind.declaredTotal !== sum) {
        out.push(warning('total-mismatch', at('declaredTotal'), { id: ind.id, declared: ind.declaredTotal, sum }));
      }
      return;
    }
    case 'figure':
      checkDate(ind.date, at('date'));
      return;
    case 'links':
      ind.items.forEach((item, j) => checkDate(item.date, at('items', j, 'date'), item.kind === 'document'));
      return;
  }
}
