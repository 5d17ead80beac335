/**
 * The three elements inside a Vue 3 app, written with render functions (`h`), so the app needs
 * neither Vue's template compiler nor `app.config.compilerOptions.isCustomElement` (that option
 * only tells the template compiler not to resolve a tag as a Vue component).
 *
 * - `'.data': feed` sets `element.data` as a property (the `.` prefix forces it; without it Vue
 *   also picks a property when the element, already defined, has one of that name);
 * - `onRutaDownload` listens to `ruta-download` (Vue hyphenates the name after `on`).
 *
 * In a template the same is `<contract-platform-chart :data.prop="feed" @ruta-download="onDownload">`,
 * with `isCustomElement: (tag) => tag.includes('-')` in the compiler options.
 */
import { createApp, h, ref, shallowRef } from 'vue';
import '../../src/components/attendance-breakdown/attendance-breakdown.js';
import '../../src/components/commitment-progress/commitment-progress.js';
import '../../src/components/contract-platform-chart/contract-platform-chart.js';
import type { Feed } from '../../src/feed/types.js';

/** What a `ruta-download` event carries. */
export interface RutaDownloadDetail {
  filename: string;
  csv: string;
}

/** The running example: `update` replaces the reactive feed, and Vue re-renders. */
export interface MountedExample {
  update(feed: Feed): void;
  unmount(): void;
}

/** Renders the example into `container` with `feed` given to every element as its `data`. */
export function mount(container: Element, feed: Feed): MountedExample {
  // shallowRef: the feed is handed over whole, not made deeply reactive (a new object updates it).
  const data = shallowRef(feed);
  const downloads = ref<{ count: number; last: string } | null>(null);
  const onDownload = (event: Event) => {
    const { filename } = (event as CustomEvent<RutaDownloadDetail>).detail;
    downloads.value = { count: (downloads.value?.count ?? 0) + 1, last: filename };
  };
  const app = createApp({
    render: () =>
      h('div', { class: 'framework-demo' }, [
        h('contract-platform-chart', { '.data': data.value, onRutaDownload: onDownload }),
        h('attendance-breakdown', { '.data': data.value, variant: 'stacked', onRutaDownload: onDownload }),
        h('commitment-progress', { '.data': data.value, onRutaDownload: onDownload }),
        h(
          'p',
          { class: 'last-download', role: 'status' },
          downloads.value ? `Descargas: ${downloads.value.count} · última: ${downloads.value.last}` : 'Ninguna descarga todavía.',
        ),
      ]),
  });
  app.mount(container);
  return {
    update: (f) => {
      data.value = f;
    },
    unmount: () => app.unmount(),
  };
}
