/**
 * What a feed's numbers measure: sums, shares, cadence coverage.
 *
 * Pure functions on typed feed data. The consistency checks compare these measures with what a
 * feed declares; widgets show the same measures next to the declared figures, so the warning
 * a publisher reads and the note a citizen sees come from one computation.
 */
import type { AttendanceIndicator, Cadence, ContractPlatformsIndicator, EventsIndicator } from './types.js';

export interface PlatformTotal {
  readonly name: string;
  readonly count: number;
  /** Share of the counted total, in percent (0–100); 0 when the total is 0. */
  readonly share: number;
  /** The share the feed declares, if any. */
  readonly declaredShare?: number;
}

export interface PlatformTotals {
  readonly platforms: readonly PlatformTotal[];
  readonly total: number;
  readonly declaredTotal?: number;
}

/**
 * Contracts per platform. Declared counts (`platforms`) come first in their order; raw `rows`
 * are counted and added, new platforms after in order of first appearance.
 */
export function platformTotals(indicator: ContractPlatformsIndicator): PlatformTotals {
  const counts = new Map<string, { count: number; declaredShare?: number }>();
  for (const p of indicator.platforms ?? []) {
    const entry = counts.get(p.name) ?? { count: 0 };
    entry.count += p.count;
    if (p.share !== undefined) entry.declaredShare = p.share;
    counts.set(p.name, entry);
  }
  const rows = indicator.rows ?? [];
  for (let i = 0; i < rows.length; i++) {
    const name = rows[i]!.platform;
    const entry = counts.get(name);
    if (entry) entry.count++;
    else counts.set(name, { count: 1 });
  }
  let total = 0;
  for (const e of counts.values()) total += e.count;
  const platforms = [...counts].map(([name, e]) => ({
    name,
    count: e.count,
    share: total > 0 ? (e.count / total) * 100 : 0,
    ...(e.declaredShare !== undefined ? { declaredShare: e.declaredShare } : {}),
  }));
  return {
    platforms,
    total,
    ...(indicator.declaredTotal !== undefined ? { declaredTotal: indicator.declaredTotal } : {}),
  };
}

/** The sum of one attendance group's counts. */
export function groupSum(group: AttendanceIndicator['groups'][number]): number {
  let sum = 0;
  for (const v of Object.values(group.counts)) sum += v;
  return sum;
}

/** A calendar date as [year, month 1–12, day], from `YYYY-MM-DD`. */
export function dateParts(iso: string): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

const MONTHS_PER: Record<Cadence, number> = { monthly: 1, quarterly: 3, semiannual: 6, annual: 12 };

/** One slot of a cadence (a month, a quarter, …) and the events that fell in it. */
export interface CadenceSlot {
  /** First day of the slot, `YYYY-MM-DD`. */
  readonly start: string;
  /** Last day of the slot, `YYYY-MM-DD`. */
  readonly end: string;
  readonly events: number;
}

export interface CadenceCoverage {
  readonly cadence: Cadence;
  readonly slots: readonly CadenceSlot[];
  /** Slots the period asks for. */
  readonly expected: number;
  /** Slots with at least one event. */
  readonly held: number;
  /** held / expected in percent (0–100). */
  readonly progress: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Most slots a coverage lists: 833 years of months. A longer period is not a report's. */
export const MAX_SLOTS = 10_000;

/**
 * How well dated events meet a promised cadence over a period. Slots are calendar-aligned
 * (months, quarters from January, halves, years) and count when they overlap the period:
 * a monthly meeting over 2020-01-01..2020-12-31 asks for 12, and four meetings in four
 * different months hold 4 of them. Two meetings in one month still hold one slot; events
 * outside the period hold none. A reversed period (end before start) asks for nothing.
 *
 * Each event goes straight to its slot, so the work grows with events plus slots, never their
 * product: a hostile feed with many events and a period of centuries cannot freeze a page.
 */
export function cadenceCoverage(
  indicator: Pick<EventsIndicator, 'events'> & { cadence: Cadence },
  period: { start: string; end: string },
): CadenceCoverage {
  const step = MONTHS_PER[indicator.cadence];
  const [sy, sm] = dateParts(period.start);
  const [ey, em] = dateParts(period.end);
  // Month index since year 0, aligned down to the slot's boundary.
  const first = Math.floor((sy * 12 + sm - 1) / step) * step;
  const last = ey * 12 + em - 1;
  const count = period.start > period.end ? 0 : Math.min(MAX_SLOTS, Math.floor((last - first) / step) + 1);
  const perSlot = new Array<number>(count).fill(0);
  for (const e of indicator.events) {
    if (e.date < period.start || e.date > period.end) continue;
    const [y, m] = dateParts(e.date);
    const k = Math.floor((y * 12 + m - 1 - first) / step);
    if (k >= 0 && k < count) perSlot[k]!++;
  }
  const slots: CadenceSlot[] = perSlot.map((events, k) => {
    const m = first + k * step;
    const mEnd = m + step - 1;
    const y1 = Math.floor(mEnd / 12);
    const m1 = (mEnd % 12) + 1;
    return {
      start: `${pad(Math.floor(m / 12), 4)}-${pad((m % 12) + 1)}-01`,
      end: `${pad(y1, 4)}-${pad(m1)}-${pad(lastDay(y1, m1))}`,
      events,
    };
  });
  const held = slots.filter((s) => s.events > 0).length;
  const expected = slots.length;
  return {
    cadence: indicator.cadence,
    slots,
    expected,
    held,
    progress: expected > 0 ? (held / expected) * 100 : 0,
  };
}
