/**
 * Donut slices: angles from values (what d3-shape's `pie` does) and the SVG path of an annular
 * sector with padding between slices (what its `arc` does). Written out because d3-shape's
 * bundle cannot be tree-shaken below about 5 KB gzip for these two, and the size budget for all
 * three widgets is 40 KB; the geometry is the same: angles clockwise from 12 o'clock.
 */

export interface Slice<T> {
  readonly data: T;
  readonly value: number;
  readonly startAngle: number;
  readonly endAngle: number;
}

const TAU = Math.PI * 2;

/**
 * Angles for values in input order, clockwise from 12 o'clock, covering the full circle.
 * Zero or negative values get an empty slice; all zero: every slice is empty.
 */
export function pieSlices<T>(data: readonly T[], value: (d: T) => number): Slice<T>[] {
  const values = data.map((d) => Math.max(0, value(d) || 0));
  const total = values.reduce((a, b) => a + b, 0);
  let angle = 0;
  return data.map((d, i) => {
    const sweep = total > 0 ? (values[i]! / total) * TAU : 0;
    const slice = { data: d, value: values[i]!, startAngle: angle, endAngle: angle + sweep };
    angle += sweep;
    return slice;
  });
}

const point = (r: number, a: number): string => `${round(r * Math.sin(a))},${round(-r * Math.cos(a))}`;
const round = (v: number) => Math.round(v * 1000) / 1000;

/**
 * The path of an annular sector between `inner` and `outer` radii, centred on (0, 0), from
 * `start` to `end` (radians, clockwise from 12 o'clock), with `pad` radians of gap shared
 * between neighbours (as an arc length at the outer radius, so gaps look even). A full circle
 * is drawn as two half arcs, since one SVG arc cannot start and end at the same point.
 */
export function annularSector(inner: number, outer: number, start: number, end: number, pad = 0): string {
  const sweep = end - start;
  if (!(sweep > 0) || !(outer > 0)) return '';
  if (sweep >= TAU - 1e-9) {
    const ring = (r: number, dir: 0 | 1) =>
      `M${point(r, 0)}A${r},${r} 0 1,${dir} ${point(r, Math.PI)}A${r},${r} 0 1,${dir} ${point(r, 0)}`;
    return inner > 0 ? `${ring(outer, 1)}${ring(inner, 0)}Z` : `${ring(outer, 1)}Z`;
  }
  // Pad each side by half the gap, measured along the outer edge; never eat the whole slice.
  const padOuter = Math.min(pad / 2, sweep / 2 - 1e-6);
  const padInner = inner > 0 ? Math.min((pad / 2) * (outer / inner), sweep / 2 - 1e-6) : 0;
  const a0 = start + Math.max(0, padOuter);
  const a1 = end - Math.max(0, padOuter);
  const b0 = start + Math.max(0, padInner);
  const b1 = end - Math.max(0, padInner);
  const large = (to: number, from: number) => (to - from > Math.PI ? 1 : 0);
  const outerArc = `M${point(outer, a0)}A${outer},${outer} 0 ${large(a1, a0)},1 ${point(outer, a1)}`;
  if (inner <= 0) return `${outerArc}L0,0Z`;
  return `${outerArc}L${point(inner, b1)}A${inner},${inner} 0 ${large(b1, b0)},0 ${point(inner, b0)}Z`;
}
