/**
 * Types of the feed, inferred from the schema: there are no hand-written duplicates to drift.
 */
import type * as z from 'zod/mini';
import type * as s from './schema.js';

export type Feed = z.infer<typeof s.Feed>;
export type Report = z.infer<typeof s.Report>;
export type Commitment = z.infer<typeof s.Commitment>;
export type Evidence = z.infer<typeof s.Evidence>;
export type EvidenceKind = z.infer<typeof s.EvidenceKind>;
export type Status = z.infer<typeof s.Status>;
export type Indicator = z.infer<typeof s.Indicator>;
export type IndicatorKind = Indicator['kind'];
export type ContractPlatformsIndicator = z.infer<typeof s.ContractPlatformsIndicator>;
export type AttendanceIndicator = z.infer<typeof s.AttendanceIndicator>;
export type EventsIndicator = z.infer<typeof s.EventsIndicator>;
export type TerritoryCountsIndicator = z.infer<typeof s.TerritoryCountsIndicator>;
export type FigureIndicator = z.infer<typeof s.FigureIndicator>;
export type LinksIndicator = z.infer<typeof s.LinksIndicator>;
export type Cadence = z.infer<typeof s.Cadence>;
export type FeedEvent = z.infer<typeof s.FeedEvent>;

/** The indicator of a given kind. */
export type IndicatorOf<K extends IndicatorKind> = Extract<Indicator, { kind: K }>;
