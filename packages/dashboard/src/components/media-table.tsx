import { formatCount } from '../format/format-count.js';
import { formatDecimal } from '../format/format-decimal.js';
import { formatDuration } from '../format/format-duration.js';
import { formatPercent } from '../format/format-percent.js';
import type { MediaRow } from '@vitrine/contracts';
import { TableRegion } from './table-region.js';

/** The Media view: where shoppers came from (GA4's channels) and what each channel's visits did. */
export function MediaTable({ media }: { media: MediaRow[] }) {
  if (media.length === 0) return <p>No visits in this period.</p>;
  return (
    <TableRegion label="Media">
      <table data-table="media">
        <caption>The indicators of each channel's visits (a visit's channel is that of its landing)</caption>
        <thead>
          <tr>
            <th scope="col">Channel</th>
            <th scope="col">Visits</th>
            <th scope="col">Online rate</th>
            <th scope="col">Visit time</th>
            <th scope="col">Repeat browsing</th>
            <th scope="col">Interactions per engaged session</th>
            <th scope="col">CTA conversion</th>
          </tr>
        </thead>
        <tbody>
          {media.map(({ channel, indicators: i }) => (
            <tr key={channel} data-channel={channel}>
              <th scope="row">{channel}</th>
              <td>{formatCount(i.visits)}</td>
              <td>{formatPercent(i.onlineRate)}</td>
              <td>{formatDuration(i.visitTimeMs)}</td>
              <td>{formatPercent(i.repeatBrowsingRate)}</td>
              <td>{formatDecimal(i.interactionFrequency)}</td>
              <td>{formatPercent(i.conversionRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
