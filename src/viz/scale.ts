/**
 * Linear scales, the one d3-scale feature our charts need from `scaleLinear`. d3-scale's
 * `scaleLinear` brings d3-interpolate, d3-color and d3-format with it (about 11 KB gzip, a
 * quarter of the size budget) for interpolating colours and formatting ticks we never use.
 * Ticks still come from d3-array.
 */
import { ticks } from 'd3-array';

export interface Linear {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  /** Round tick values across the domain, about `count` of them (d3-array's `ticks`). */
  ticks(count?: number): number[];
}

/**
 * Maps `domain` linearly onto `range`, clamping outside values to the range. A domain of zero
 * width maps everything to the start of the range (no division by zero, no NaN).
 */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): Linear {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const scale = ((v: number) => {
    if (span === 0 || !Number.isFinite(v)) return r0;
    const t = Math.min(1, Math.max(0, (v - d0) / span));
    return r0 + t * (r1 - r0);
  }) as Linear;
  Object.assign(scale, { domain, range, ticks: (count = 5) => ticks(d0, d1, count) });
  return scale;
}
