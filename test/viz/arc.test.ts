// Donut geometry against d3-shape as the oracle: the same slices must cover the same points.
import { expect } from '@open-wc/testing';
import { arc, pie } from 'd3-shape';
import { annularSector, pieSlices } from '../../src/viz/arc.js';

const svgNS = 'http://www.w3.org/2000/svg';
const svg = document.createElementNS(svgNS, 'svg');
document.body.append(svg);
const pathOf = (d: string) => {
  const p = document.createElementNS(svgNS, 'path');
  p.setAttribute('d', d);
  svg.append(p);
  return p;
};

/** Fraction of grid points on which two filled paths agree (inside both or outside both). */
function agreement(a: string, b: string, r: number): number {
  const pa = pathOf(a);
  const pb = pathOf(b);
  let same = 0;
  let total = 0;
  for (let x = -r; x <= r; x += r / 20) {
    for (let y = -r; y <= r; y += r / 20) {
      const pt = new DOMPoint(x, y);
      same += Number(pa.isPointInFill(pt) === pb.isPointInFill(pt));
      total++;
    }
  }
  pa.remove();
  pb.remove();
  return same / total;
}

describe('viz/arc', () => {
  it('pieSlices: angles in input order, clockwise, covering the circle', () => {
    const s = pieSlices([2255, 30, 8], (d) => d);
    const d3 = pie<number>().sort(null)([2255, 30, 8]);
    s.forEach((slice, i) => {
      expect(slice.startAngle).to.be.closeTo(d3[i]!.startAngle, 1e-12);
      expect(slice.endAngle).to.be.closeTo(d3[i]!.endAngle, 1e-12);
    });
    expect(s.at(-1)!.endAngle).to.be.closeTo(Math.PI * 2, 1e-12);
  });

  it('pieSlices: zero, negative and all-zero values give empty slices, never NaN', () => {
    expect(pieSlices([0, -3, 5], (d) => d).map((s) => [s.startAngle, s.endAngle])).to.deep.equal([
      [0, 0],
      [0, 0],
      [0, Math.PI * 2],
    ]);
    expect(pieSlices([0, 0], (d) => d).map((s) => s.endAngle)).to.deep.equal([0, 0]);
  });

  const cases: [number, number, number, number][] = [
    [60, 100, 0, 1],
    [60, 100, 1, 4],
    [60, 100, 0.2, 0.25],
    [0, 100, 0.5, 2],
    [60, 100, 0, Math.PI * 2],
    [60, 100, 3, 6.2],
  ];
  for (const [inner, outer, start, end] of cases) {
    it(`annularSector(${inner}, ${outer}, ${start.toFixed(2)}, ${end.toFixed(2)}) covers what d3.arc covers`, () => {
      const ours = annularSector(inner, outer, start, end);
      const theirs = arc()({ innerRadius: inner, outerRadius: outer, startAngle: start, endAngle: end })!;
      expect(ours).not.to.contain('NaN');
      expect(agreement(ours, theirs, outer + 5)).to.be.above(0.99);
    });
  }

  it('padding narrows a slice but never removes it or turns it inside out', () => {
    const full = pathOf(annularSector(60, 100, 0, 0.02));
    const padded = pathOf(annularSector(60, 100, 0, 0.02, 0.012));
    expect(padded.getBBox().width).to.be.below(full.getBBox().width);
    expect(padded.getBBox().width).to.be.above(0);
    const tiny = annularSector(60, 100, 0, 0.001, 0.5);
    expect(tiny).to.match(/^M/).and.not.contain('NaN');
  });

  it('an empty or negative sweep draws nothing', () => {
    expect(annularSector(60, 100, 1, 1)).to.equal('');
    expect(annularSector(60, 100, 2, 1)).to.equal('');
    expect(annularSector(60, 0, 0, 1)).to.equal('');
  });
});
