import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import { seriesRows, type SeriesChart } from '../metrics/series-charts.js';
import type { DailySeries } from '@vitrine/contracts';
import { TableRegion } from './table-region.js';

const HEIGHT = 220; // px
const DAY_S = 86_400;
const DAY_LABEL = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', timeZone: 'UTC' });

/**
 * One daily chart drawn by uPlot, with every value in a table behind a disclosure for screen
 * readers and for anyone who wants the numbers. The days are the API's (already in the query's
 * tz), so they are placed and labelled as UTC dates to show exactly those days.
 */
export function SeriesChartView({ chart, series }: { chart: SeriesChart; series: DailySeries }) {
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const days = series.days.map((day) => Date.parse(`${day}T00:00:00Z`) / 1000);
    const plot = new uPlot(
      {
        width: element.clientWidth,
        height: HEIGHT,
        tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), 'Etc/UTC'),
        // The legend and the hover readout would repeat the table, less accessibly.
        legend: { show: false },
        cursor: { show: false },
        scales: { x: { time: true }, y: { range: (_plot, _min, max) => [0, Math.max(1, max)] } },
        // Ticks on whole days only: the series has one point a day, an hour tick would mean nothing.
        axes: [{ incrs: [DAY_S, 2 * DAY_S, 7 * DAY_S, 14 * DAY_S, 28 * DAY_S, 91 * DAY_S], values: (_plot, ticks) => ticks.map((tick) => DAY_LABEL.format(tick * 1000)) }, { size: 56 }],
        series: [{}, ...chart.lines.map((line) => ({ label: line.label, stroke: line.colour, width: 2, points: { show: days.length < 60 } }))],
      },
      [days, ...chart.lines.map((line) => series[line.key].map(chart.scale))],
      element,
    );
    // A phone turned sideways, a window resized: the canvas follows its box.
    const observer = new ResizeObserver(() => plot.setSize({ width: element.clientWidth, height: HEIGHT }));
    observer.observe(element);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
  }, [chart, series]);

  const titleId = `chart-${chart.id}`;
  return (
    <figure class="chart" data-chart={chart.id}>
      <figcaption>
        <h3 id={titleId}>{chart.title}</h3>
        <ul class="legend">
          {chart.lines.map((line) => (
            <li key={line.key}>
              <span class="swatch" style={{ backgroundColor: line.colour }} aria-hidden="true" />
              {line.label} <span class="unit">({chart.unit})</span>
            </li>
          ))}
        </ul>
      </figcaption>
      <div ref={host} class="chart-plot" role="img" aria-label={`${chart.title}, line chart; the data table below lists every day.`} />
      <details>
        <summary>Data table</summary>
        <TableRegion label={`${chart.title}, data table`}>
          <table>
            <caption>{chart.title}</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                {chart.lines.map((line) => (
                  <th scope="col" key={line.key}>
                    {line.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {seriesRows(chart, series).map(([day, ...values]) => (
                <tr key={day}>
                  <th scope="row">{day}</th>
                  {values.map((value, index) => (
                    <td key={index}>{value}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      </details>
    </figure>
  );
}
