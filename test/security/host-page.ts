// The host page of test/security/host-isolation.test.ts: every element of the bundle (from the
// sources: src/ruta-widgets.ts), each named in ?tags=, on the feed named in ?src=, at one width.
// With ?hostile: hostile.css, Bootstrap-like classes on the ancestors and dir="rtl" around.
import '../../src/ruta-widgets.js';

const params = new URLSearchParams(location.search);
const hostile = params.has('hostile');
if (hostile) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('./hostile.css', import.meta.url).href;
  document.head.append(link);
  await new Promise((r) => link.addEventListener('load', r, { once: true }));
}
const row = document.createElement('div');
const stage = document.createElement('div');
stage.className = 'stage';
if (hostile) {
  row.className = 'row text-center';
  stage.classList.add('col', 'text-center');
  stage.dir = 'rtl';
  stage.lang = 'es-CO';
}
row.append(stage);
document.body.append(row);
const rendered: string[] = [];
for (const tag of (params.get('tags') ?? '').split(',').filter(Boolean)) {
  if (!customElements.get(tag)) continue;
  const el = document.createElement(tag);
  el.setAttribute('src', params.get('src') ?? '');
  el.setAttribute('loading', 'eager');
  // A utility class on the widget itself (an inherited property): it must not reach inside.
  if (hostile) el.className = 'text-center';
  stage.append(el);
  rendered.push(tag);
}
(window as { rutaHost?: { rendered: string[] } }).rutaHost = { rendered };
