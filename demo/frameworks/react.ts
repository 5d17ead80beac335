/**
 * The three elements inside a React 19 app. React 19 supports custom elements natively:
 *
 * - a prop whose name is a property of the element (`data`, `lang`, `theme`, `variant`…) is set
 *   as that property, so the feed object reaches `element.data` as an object, not as a string;
 * - a prop named `on` + the event's exact name (`onruta-download`, case and hyphen kept) is
 *   added with `addEventListener('ruta-download', …)`, and swapped or removed on re-render.
 *
 * No JSX (the repository's TypeScript config has none): `createElement` is what JSX compiles to,
 * and `<contract-platform-chart data={feed} onruta-download={onDownload} />` is the same thing.
 * Importing an element's module defines it; do that before the first render, so React sees
 * `data` as a property of the element.
 */
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../../src/components/attendance-breakdown/attendance-breakdown.js';
import '../../src/components/commitment-progress/commitment-progress.js';
import '../../src/components/contract-platform-chart/contract-platform-chart.js';
import type { Feed } from '../../src/feed/types.js';

/** What a `ruta-download` event carries. */
export interface RutaDownloadDetail {
  filename: string;
  csv: string;
}

function Widgets({ feed }: { feed: Feed }) {
  const [downloads, setDownloads] = useState<{ count: number; last: string } | null>(null);
  const onDownload = (event: Event) => {
    const { filename } = (event as CustomEvent<RutaDownloadDetail>).detail;
    setDownloads((d) => ({ count: (d?.count ?? 0) + 1, last: filename }));
  };
  return h(
    'div',
    { className: 'framework-demo' },
    h('contract-platform-chart', { data: feed, 'onruta-download': onDownload }),
    h('attendance-breakdown', { data: feed, variant: 'stacked', 'onruta-download': onDownload }),
    h('commitment-progress', { data: feed, 'onruta-download': onDownload }),
    h(
      'p',
      { className: 'last-download', role: 'status' },
      downloads ? `Descargas: ${downloads.count} · última: ${downloads.last}` : 'Ninguna descarga todavía.',
    ),
  );
}

/** The running example: `update` hands React a new feed (a new object, so the elements see it). */
export interface MountedExample {
  update(feed: Feed): void;
  unmount(): void;
}

/** Renders the example into `container` with `feed` given to every element as its `data`. */
export function mount(container: Element, feed: Feed): MountedExample {
  const root = createRoot(container);
  const render = (f: Feed) => root.render(h(Widgets, { feed: f }));
  render(feed);
  return { update: render, unmount: () => root.unmount() };
}
