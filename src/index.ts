/**
 * ruta-widgets: embeddable transparency indicators for a municipality's public JSON feed.
 */
export * from './feed/index.js';
export * from './format/locale.js';
export * from './format/number.js';
export { MESSAGES, issueMessage, issueLine, failureMessage, type Messages } from './format/messages.js';
export { FeedController, type FeedHost } from './internal/feed-controller.js';
