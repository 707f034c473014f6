import { formatCount } from '../format/format-count.js';
import { formatDuration } from '../format/format-duration.js';
import type { DailySeries } from '@vitrine/contracts';

type SeriesKey = Exclude<keyof DailySeries, 'days'>;

/** One daily chart: which series it draws, how a value reads, and the colour of each line. */
export interface SeriesChart {
  id: string;
  title: string;
  /** The y axis' unit, said in the table header and under the chart. */
  unit: string;
  lines: { key: SeriesKey; label: string; colour: string }[];
  /** A value as the table and the axis show it. */
  format: (value: number) => string;
  /** The number the chart plots for a raw value (engaged ms are drawn in minutes). */
  scale: (value: number) => number;
}

const same = (value: number): number => value;

// Colours with a 3:1 contrast on white at least (WCAG 1.4.11 for graphics).
export const SERIES_CHARTS: readonly SeriesChart[] = [
  {
    id: 'visits',
    title: 'Visits and visitors per day',
    unit: 'count',
    lines: [
      { key: 'visits', label: 'Visits', colour: '#1f5fbf' },
      { key: 'visitors', label: 'Visitors', colour: '#b3541e' },
    ],
    format: formatCount,
    scale: same,
  },
  {
    id: 'engaged',
    title: 'Engaged time per day',
    unit: 'minutes',
    lines: [{ key: 'engagedMs', label: 'Engaged time', colour: '#287a3e' }],
    format: formatDuration,
    scale: (ms) => ms / 60_000,
  },
  {
    id: 'interactions',
    title: 'Interactions per day',
    unit: 'count',
    lines: [{ key: 'interactions', label: 'Interactions', colour: '#7a3db8' }],
    format: formatCount,
    scale: same,
  },
  {
    id: 'cta',
    title: 'CTA clicks per day',
    unit: 'count',
    lines: [{ key: 'ctaClicked', label: 'CTA clicks', colour: '#a3213b' }],
    format: formatCount,
    scale: same,
  },
];

/** The rows of a chart's data table: the day, then each line's value as text. */
export function seriesRows(chart: SeriesChart, series: DailySeries): string[][] {
  return series.days.map((day, index) => [day, ...chart.lines.map((line) => chart.format(series[line.key][index] ?? 0))]);
}
