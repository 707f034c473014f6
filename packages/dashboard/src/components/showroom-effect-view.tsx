import type { ShowroomEffect } from '@vitrine/contracts';
import { formatMetric } from '../format/format-metric.js';
import { formatPercent } from '../format/format-percent.js';
import { VERDICT_LABELS } from '../metrics/verdict-labels.js';
import { TableRegion } from './table-region.js';

const relative = (share: number): string => `${share > 0 ? '+' : ''}${formatPercent(share)}`;

/**
 * "The showroom's effect": orders and revenue per visitor of the visitors shown the showroom
 * against the hold-out's, absolute and relative, with the always-valid 95 % interval. Labelled
 * causal because the hold-out was drawn at random, unlike the outcomes' split by module use.
 */
export function ShowroomEffectView({ effect, currency, experimentId }: { effect: ShowroomEffect; currency: string; experimentId: string }) {
  const rows = [
    ['order', 'Order conversion', effect.order],
    ['revenue-per-visitor', 'Revenue per visitor', effect.revenuePerVisitor],
  ] as const;
  return (
    <TableRegion label={`The showroom's effect in ${experimentId}`}>
      <table data-table="showroom-effect">
        <caption>
          The showroom's effect: causal, as visitors were held out at random (arm {effect.holdout_arm_id}:{' '}
          {effect.holdout === 'none' ? 'no showroom' : 'poster only'})
        </caption>
        <thead>
          <tr>
            {['Metric', 'Shown the showroom', 'Held out', 'Effect', 'Relative', '95 % interval', 'Verdict'].map((column) => (
              <th scope="col">{column}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([metric, name, on]) => (
            <tr data-metric={metric}>
              <th scope="row">{name}</th>
              <td>{formatMetric(metric, on.shown, currency)}</td>
              <td>{formatMetric(metric, on.heldOut, currency)}</td>
              <td>{formatMetric(metric, on.difference, currency, true)}</td>
              <td>{on.relative === null ? '—' : relative(on.relative)}</td>
              <td>
                {on.interval ? on.interval.map((end) => formatMetric(metric, end, currency, true)).join(' to ') : '—'}
                {on.relativeInterval && ` (${on.relativeInterval.map(relative).join(' to ')})`}
              </td>
              <td data-verdict={on.verdict}>{VERDICT_LABELS[on.verdict]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
