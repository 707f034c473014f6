import { filtersToSearch } from '../filters/filters-to-search.js';
import type { Filters } from '../filters/filters.js';
import { formatCount } from '../format/format-count.js';
import { formatDecimal } from '../format/format-decimal.js';
import { formatDuration } from '../format/format-duration.js';
import { formatPercent } from '../format/format-percent.js';
import type { CampaignRow, MediaRow } from '@vitrine/contracts';
import { TableRegion } from './table-region.js';

interface Props {
  media: MediaRow[];
  campaigns: CampaignRow[];
  filters: Filters;
  onApply: (filters: Filters) => void;
}

/**
 * The Media view: where shoppers came from (GA4's channels) and what each channel's visits did.
 * A channel's name links to the dashboard filtered to it, which drills down to its campaigns.
 */
export function MediaTable({ media, campaigns, filters, onApply }: Props) {
  if (media.length === 0) return <p>No visits in this period.</p>;
  const drill = (channel: MediaRow['channel']) => (event: MouseEvent) => {
    event.preventDefault();
    onApply({ ...filters, channel });
  };
  return (
    <>
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
                <th scope="row">
                  {filters.channel === channel ? channel : <a href={filtersToSearch({ ...filters, channel })} onClick={drill(channel)}>{channel}</a>}
                </th>
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
      {campaigns.length > 0 && (
        <TableRegion label="Sources and campaigns">
          <table data-table="campaigns">
            <caption>{filters.channel} visits by source, medium and campaign</caption>
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col">Medium</th>
                <th scope="col">Campaign</th>
                <th scope="col">Visits</th>
                <th scope="col">Visits with a CTA click</th>
                <th scope="col">CTA conversion per visit</th>
              </tr>
            </thead>
            <tbody>
              {campaigns.map((row) => (
                <tr key={`${row.source}\0${row.medium}\0${row.campaign}`}>
                  <th scope="row">{row.source || '(none)'}</th>
                  <td>{row.medium || '(none)'}</td>
                  <td>{row.campaign || '(none)'}</td>
                  <td>{formatCount(row.visits)}</td>
                  <td>{formatCount(row.ctaVisits)}</td>
                  <td>{formatPercent(row.conversionRate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </>
  );
}
