import { describe, expect, it } from 'vitest';
import { incompleteBeta, meanCi95, quantileSorted, sampleSd, studentTCdf, studentTQuantile, summarise } from '../../host/l2l/index.js';

describe('statistics', () => {
  it('summaries: sample sd and type-7 quartiles', () => {
    const s = summarise([4, 2, 3, 1]);
    expect(s).toEqual({ n: 4, mean: 2.5, sd: Math.sqrt(5 / 3), min: 1, q1: 1.75, median: 2.5, q3: 3.25, max: 4 });
    expect(sampleSd([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(2.13809, 5);
    expect(quantileSorted([10], 0.3)).toBe(10);
    expect(summarise([7]).sd).toBe(0);
  });

  it('the regularised incomplete beta function matches closed forms', () => {
    for (const x of [0.1, 0.37, 0.5, 0.9]) {
      expect(incompleteBeta(x, 1, 1)).toBeCloseTo(x, 12);
      expect(incompleteBeta(x, 3, 1)).toBeCloseTo(x ** 3, 12);
      expect(incompleteBeta(x, 1, 4)).toBeCloseTo(1 - (1 - x) ** 4, 12);
    }
    expect(incompleteBeta(0.5, 7.5, 7.5)).toBeCloseTo(0.5, 12);
  });

  it("Student's t quantiles agree with the tables", () => {
    const table: [number, number][] = [
      [1, 12.7062047],
      [2, 4.30265273],
      [5, 2.57058184],
      [10, 2.22813885],
      [19, 2.09302405],
      [49, 2.00957524],
      [1000, 1.96233908],
    ];
    for (const [df, t] of table) expect(studentTQuantile(0.975, df)).toBeCloseTo(t, 6);
    expect(studentTCdf(0, 3)).toBeCloseTo(0.5, 12);
    expect(studentTQuantile(0.025, 10)).toBeCloseTo(-2.22813885, 6);
  });

  it('95% confidence interval of a mean', () => {
    const xs = [1, 2, 3, 4, 5];
    const ci = meanCi95(xs);
    const half = (2.77644511 * Math.sqrt(2.5)) / Math.sqrt(5);
    expect(ci.mean).toBe(3);
    expect(ci.ci95).toBeCloseTo(half, 6);
    expect(ci.lower).toBeCloseTo(3 - half, 6);
    expect(ci.upper).toBeCloseTo(3 + half, 6);
    expect(meanCi95([4]).ci95).toBe(0);
  });
});
