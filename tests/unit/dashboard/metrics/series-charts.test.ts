import { describe, expect, it } from 'vitest';
import { SERIES_CHARTS, seriesRows } from '../../../../packages/dashboard/src/metrics/series-charts.js';
import { metricsFixture } from '../support/metrics-fixture.js';

const chart = (id: string) => SERIES_CHARTS.find((c) => c.id === id)!;

describe('SERIES_CHARTS and seriesRows', () => {
  it('charts visits, engaged time, interactions and CTA clicks', () => {
    expect(SERIES_CHARTS.map((c) => c.lines.map((line) => line.key))).toEqual([['visits', 'visitors'], ['engagedMs'], ['interactions'], ['ctaClicked']]);
  });

  it('lists every day with each line formatted in its unit', () => {
    const { series } = metricsFixture();
    expect(seriesRows(chart('visits'), series)).toEqual([
      ['2026-11-01', '10', '8'],
      ['2026-11-02', '20', '15'],
      ['2026-11-03', '30', '25'],
    ]);
    expect(seriesRows(chart('engaged'), series).map((row) => row[1])).toEqual(['1 min 0 s', '0.0 s', '3 min 5 s']);
  });

  it('plots engaged time in minutes, counts as they are', () => {
    expect(chart('engaged').scale(90_000)).toBe(1.5);
    expect(chart('cta').scale(3)).toBe(3);
  });
});
