import { expect } from '@open-wc/testing';
import { scaleLinear } from 'd3-scale';
import { linearScale } from '../../src/viz/scale.js';

describe('viz/scale linearScale', () => {
  it('maps like d3 scaleLinear with clamping', () => {
    const ours = linearScale([0, 2255], [0, 500]);
    const d3 = scaleLinear().domain([0, 2255]).range([0, 500]).clamp(true);
    for (const v of [0, 8, 30, 1000, 2255, 3000, -5]) expect(ours(v)).to.be.closeTo(d3(v), 1e-9);
  });

  it('maps a zero-width domain and non-finite values to the range start, never NaN', () => {
    const s = linearScale([0, 0], [10, 20]);
    expect(s(0)).to.equal(10);
    expect(s(5)).to.equal(10);
    expect(linearScale([0, 10], [0, 100])(NaN)).to.equal(0);
  });
});
