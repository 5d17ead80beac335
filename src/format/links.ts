/**
 * Which feed URLs may become links. Shared by every element that shows a feed's links, so the
 * rule is written once.
 */
import { LINK_PATTERN } from '../feed/schema.js';

/**
 * The link a reader may follow, or undefined: only absolute http(s) and mailto URLs, by the feed
 * schema's own pattern (which names those schemes literally, at the start: ` JaVaScRiPt:`,
 * `data:`, `vbscript:` and relative URLs never match). Checked again here because layouts take
 * typed data, not validated data: a `javascript:` URL must never become a link, whatever path it
 * took.
 */
export function safeHref(url: string | undefined): string | undefined {
  return typeof url === 'string' && LINK_PATTERN.test(url) ? url : undefined;
}
