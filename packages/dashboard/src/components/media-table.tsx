import { filtersToSearch } from '../filters/filters-to-search.js';
import type { Filters } from '../filters/filters.js';
import { formatCount } from '../format/format-count.js';
import { formatDecimal } from '../format/format-decimal.js';
import { formatDuration } from '../format/format-duration.js';
import { formatMoney } from '../format/format-money.js';
import { formatPercent } from '../format/format-percent.js';
import type { CampaignRow, MediaRow } from '@vitrine/contracts';
import { ChannelDetails } from './channel-details.js';
import { TableRegion } from './table-region.js';

interface Props {
  media: MediaRow[];
  campaigns: CampaignRow[];
  filters: Filters;
  onApply: (filters: Filters) => void;
}

/**
 * The Media view: where shoppers came from (GA4's channels), what each channel's visits did and
 * bought. A channel's name links to the dashboard filtered to it, which drills down to its
 * campaigns; each channel's modules and funnels are asked for (`view=media`) only when wanted.
 */
export function MediaTable({ media, campaigns, filters, onApply }: Props) {
  if (media.length === 0) return <p>No visits in this period.</p>;
  const go = (next: Filters) => (event: MouseEvent) => {
    event.preventDefault();
    onApply(next);
  };
  const { view, ...withoutView } = filters;
  const toggled = view ? withoutView : { ...filters, view: 'media' as const };
  return (
    <>
      <TableRegion label="Media table">
        <table data-table="media">
          <caption>The indicators and outcomes of each channel's visits (a visit's channel is that of its landing)</caption>
          <thead>
            <tr>
              <th scope="col">Channel</th>
              <th scope="col">Visits</th>
              <th scope="col">Online rate</th>
              <th scope="col">Visit time</th>
              <th scope="col">Repeat browsing</th>
              <th scope="col">Interactions per engaged session</th>
              <th scope="col">CTA conversion</th>
              <th scope="col">Add-to-cart rate</th>
              <th scope="col">Order conversion</th>
              <th scope="col">Revenue per visitor</th>
              <th scope="col">Average order value</th>
            </tr>
          </thead>
          <tbody>
            {media.map(({ channel, indicators: i, outcomes: o }) => (
              <tr key={channel} data-channel={channel}>
                <th scope="row">
                  {filters.channel === channel ? channel : <a href={filtersToSearch({ ...filters, channel })} onClick={go({ ...filters, channel })}>{channel}</a>}
                </th>
                <td>{formatCount(i.visits)}</td>
                <td>{formatPercent(i.onlineRate)}</td>
                <td>{formatDuration(i.visitTimeMs)}</td>
                <td>{formatPercent(i.repeatBrowsingRate)}</td>
                <td>{formatDecimal(i.interactionFrequency)}</td>
                <td>{formatPercent(i.conversionRate)}</td>
                <td>{formatPercent(o.addToCartRate)}</td>
                <td>{formatPercent(o.orderConversion)}</td>
                <td>{formatMoney(o.revenuePerVisitor, o.currency)}</td>
                <td>{formatMoney(o.averageOrderValue, o.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <p>
        {/* '?' and not '': an empty href would keep the query string of the page. */}
        <a href={filtersToSearch(toggled) || '?'} onClick={go(toggled)}>
          {view ? 'Hide' : 'Show'} each channel's modules and funnels
        </a>
      </p>
      {view && media.map((row) => row.modules && <ChannelDetails key={row.channel} row={row} />)}
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
