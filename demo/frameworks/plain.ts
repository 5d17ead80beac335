/**
 * The plain-HTML example's script: importing each element's module defines it (a CMS page would
 * load the CDN bundle, dist/ruta-widgets.js, instead). The page itself only listens to
 * `ruta-download`, which bubbles out of every element and crosses shadow roots.
 */
import '../../src/components/attendance-breakdown/attendance-breakdown.js';
import '../../src/components/commitment-progress/commitment-progress.js';
import '../../src/components/contract-platform-chart/contract-platform-chart.js';

let count = 0;
document.addEventListener('ruta-download', (event) => {
  const { filename } = (event as CustomEvent<{ filename: string; csv: string }>).detail;
  const out = document.querySelector('.last-download');
  count += 1;
  if (out) out.textContent = `Descargas: ${count} · última: ${filename}`;
});
