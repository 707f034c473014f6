import { formatCount } from '../format/format-count.js';
import { formatDecimal } from '../format/format-decimal.js';
import { formatDuration } from '../format/format-duration.js';
import { formatMetric } from '../format/format-metric.js';
import { formatPercent } from '../format/format-percent.js';
import { EXPERIMENT_METRIC_LABELS } from '../metrics/experiment-metric-labels.js';
import { VERDICT_LABELS } from '../metrics/verdict-labels.js';
import { useState } from 'preact/hooks';
import type { ExperimentReport, ShipArmAnswer } from '@vitrine/contracts';
import { ShipArmDialog } from './ship-arm-dialog.js';
import { ShowroomEffectView } from './showroom-effect-view.js';
import { TableRegion } from './table-region.js';

const PER_ARM = ['add-to-cart', 'order', 'revenue-per-visitor'] as const;

/**
 * One experiment: every indicator and metric per arm; each metric against the baseline, the one
 * it is decided on first, then its guardrails, then the others, each with its always-valid 95 %
 * interval and what it lets the marketer decide, and whether there is enough data to decide; with
 * a hold-out arm, the showroom's own effect; and a warning that cannot be missed when the
 * exposures do not match the configured split (a sample-ratio mismatch makes the comparison
 * untrustworthy). The intervals hold however often the page refreshes, unlike a fixed-horizon test
 * read again and again. While a published config runs the experiment, each arm can be shipped (the
 * baseline kept) after a confirmation: see ShipArmDialog.
 */
export function ExperimentReportView({ experiment, headingId, onShipped }: { experiment: ExperimentReport; headingId: string; onShipped?(answer: ShipArmAnswer): void }) {
  const total = experiment.arms.reduce((sum, arm) => sum + arm.exposures, 0);
  const { sampleRatio, live = [] } = experiment;
  const [shipping, setShipping] = useState<{ arm: string; config: string }>();
  const baseline = experiment.comparisons[0]?.baseline_arm_id;
  const { currency, primaryMetric, guardrails } = experiment;
  const label = (metric: keyof typeof EXPERIMENT_METRIC_LABELS): string => EXPERIMENT_METRIC_LABELS[metric];
  return (
    <section class="experiment" aria-labelledby={headingId} data-experiment={experiment.experiment_id}>
      <h3 id={headingId}>
        Experiment <q>{experiment.experiment_id}</q>
      </h3>
      {sampleRatio.mismatch && (
        <p class="warning" data-warning="sample-ratio">
          <strong>Sample ratio mismatch.</strong> The exposures do not match the configured split (χ² ={' '}
          {sampleRatio.chiSquare.toFixed(2)}, p = {sampleRatio.pValue.toPrecision(2)}): visitors are assigned or counted
          unevenly, so the comparison below cannot be trusted until the cause is found.
        </p>
      )}
      <TableRegion label={`Arms of ${experiment.experiment_id}`}>
        <table data-table="arms">
          <caption>Indicators per arm</caption>
          <thead>
            <tr>
              <th scope="col">Arm</th>
              <th scope="col">Exposed visitors</th>
              <th scope="col">Share (expected)</th>
              <th scope="col">Visits</th>
              <th scope="col">Online rate</th>
              <th scope="col">Visit time</th>
              <th scope="col">Repeat browsing</th>
              <th scope="col">Interactions per engaged session</th>
              <th scope="col">CTA conversion</th>
              {PER_ARM.map((metric) => (
                <th scope="col">{label(metric)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {experiment.arms.map((arm) => (
              <tr key={arm.arm_id}>
                <th scope="row">
                  {arm.arm_id}
                  {arm.holdout && ` (held out: ${arm.holdout === 'none' ? 'no showroom' : 'poster only'})`}
                </th>
                <td>{formatCount(arm.exposures)}</td>
                <td>
                  {formatPercent(total ? arm.exposures / total : null)} ({formatPercent(arm.expectedShare)})
                </td>
                <td>{formatCount(arm.indicators.visits)}</td>
                <td>{formatPercent(arm.indicators.onlineRate)}</td>
                <td>{formatDuration(arm.indicators.visitTimeMs)}</td>
                <td>{formatPercent(arm.indicators.repeatBrowsingRate)}</td>
                <td>{formatDecimal(arm.indicators.interactionFrequency)}</td>
                <td>{formatPercent(arm.indicators.conversionRate)}</td>
                {PER_ARM.map((metric) => (
                  <td>{formatMetric(metric, arm.metrics[metric].mean, currency)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      {experiment.comparisons.length > 0 && (
        <>
          <p data-figure="decision">
            Decided on <strong>{label(primaryMetric)}</strong>
            {guardrails.length > 0 && `, guarded by ${guardrails.map(label).join(', ')}`}:{' '}
            {experiment.enoughData ? 'enough data to decide.' : 'not enough data yet, keep it running.'}
          </p>
          <TableRegion label={`Comparisons of ${experiment.experiment_id}`}>
            <table data-table="comparisons">
              <caption>Each metric against the baseline arm (always-valid: read it as often as you like)</caption>
              <thead>
                <tr>
                  {['Metric', 'Arm', 'Baseline', 'Difference', '95 % interval', 'Verdict'].map((column) => (
                    <th scope="col">{column}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {experiment.metrics.flatMap(({ metric, role, comparisons }) =>
                  comparisons.map((comparison) => (
                    <tr key={`${metric} ${comparison.arm_id}`} data-metric={metric} data-role={role}>
                      <th scope="row">
                        {label(metric)}
                        {role !== 'other' && ` (${role})`}
                      </th>
                      <td>{comparison.arm_id}</td>
                      <td>{comparison.baseline_arm_id}</td>
                      <td>{formatMetric(metric, comparison.difference, currency, true)}</td>
                      <td>{comparison.interval ? comparison.interval.map((end) => formatMetric(metric, end, currency, true)).join(' to ') : '—'}</td>
                      <td data-verdict={comparison.verdict}>{VERDICT_LABELS[comparison.verdict]}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </TableRegion>
        </>
      )}
      {experiment.showroomEffect && <ShowroomEffectView effect={experiment.showroomEffect} currency={currency} experimentId={experiment.experiment_id} />}
      {live.map(({ config }) => (
        <p class="actions" key={config} data-ship={config}>
          {experiment.arms.map(({ arm_id }) => (
            <button key={arm_id} type="button" aria-haspopup="dialog" onClick={() => setShipping({ arm: arm_id, config })}>
              {arm_id === baseline ? 'Keep' : 'Ship'} {arm_id}
              {live.length > 1 && ` in ${config}`}…
            </button>
          ))}
        </p>
      ))}
      {shipping && (
        <ShipArmDialog
          experiment={experiment}
          {...shipping}
          onClose={() => setShipping(undefined)}
          onShipped={(answer) => {
            setShipping(undefined);
            onShipped?.(answer);
          }}
        />
      )}
    </section>
  );
}
