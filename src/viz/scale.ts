/**
 * Linear scales, the one thing our charts need from d3-scale's `scaleLinear`. That function
 * brings d3-interpolate, d3-color and d3-format with it (about 11 KB gzip, a quarter of the
 * size budget of the three widgets) for colour interpolation and tick formatting we never use;
 * the mapping itself is one line. Tested against `scaleLinear` as the oracle.
 */

export interface Linear {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
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
  return Object.assign(scale, { domain, range });
}
