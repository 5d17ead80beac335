/**
 * ruta-widgets: embeddable transparency indicators for a municipality's public JSON feed.
 */
export * from './feed/index.js';
export * from './format/locale.js';
export * from './format/number.js';
export { MESSAGES, issueMessage, issueLine, failureMessage, type Messages } from './format/messages.js';
export { FeedController, type FeedHost } from './internal/feed-controller.js';
export { CommitmentProgress } from './components/commitment-progress/commitment-progress.js';
export { ContractPlatformChart } from './components/contract-platform-chart/contract-platform-chart.js';
export { AttendanceBreakdown } from './components/attendance-breakdown/attendance-breakdown.js';
export { EventTimeline } from './components/event-timeline/event-timeline.js';
export { TerritoryBreakdown } from './components/territory-breakdown/territory-breakdown.js';
export { IndicatorFigure } from './components/indicator-figure/indicator-figure.js';
export { EvidenceList } from './components/evidence-list/evidence-list.js';
export { TransparencyReport } from './components/transparency-report/transparency-report.js';
