/**
 * The one-file build for a CDN `<script type="module">`: defines every element, with Lit, the
 * validation and all else inside (`dist/ruta-widgets.js`). Loading it twice on one page is
 * harmless: each element is defined only once.
 */
export { CommitmentProgress } from './components/commitment-progress/commitment-progress.js';
export { ContractPlatformChart } from './components/contract-platform-chart/contract-platform-chart.js';
export { AttendanceBreakdown } from './components/attendance-breakdown/attendance-breakdown.js';
export { EventTimeline } from './components/event-timeline/event-timeline.js';
export { TerritoryBreakdown } from './components/territory-breakdown/territory-breakdown.js';
export { IndicatorFigure } from './components/indicator-figure/indicator-figure.js';
export { EvidenceList } from './components/evidence-list/evidence-list.js';
export { TransparencyReport } from './components/transparency-report/transparency-report.js';
