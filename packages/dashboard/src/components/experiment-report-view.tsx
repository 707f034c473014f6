import { formatCount } from '../format/format-count.js';
import { formatDecimal } from '../format/format-decimal.js';
import { formatDuration } from '../format/format-duration.js';
import { formatPercent } from '../format/format-percent.js';
import { formatPoints } from '../format/format-points.js';
import { useState } from 'preact/hooks';
import type { ArmVerdict, ExperimentReport, ShipArmAnswer } from '@vitrine/contracts';
import { ShipArmDialog } from './ship-arm-dialog.js';
import { TableRegion } from './table-region.js';

/** What each verdict tells the marketer to do. */
const VERDICTS: Record<ArmVerdict, string> = {
  better: 'Better: converts more than the baseline',
  worse: 'Worse: converts less than the baseline',
  'no-difference': 'No difference worth acting on (under 10 % of the baseline): enough data',
  undecided: 'Not decided yet: keep it running',
  collecting: 'Collecting: each arm needs 100 visitors',
};

/**
 * One experiment: every indicator per arm, each arm's conversion against the baseline with its
 * always-valid 95 % interval and what it lets the marketer decide, and a warning that cannot be
 * missed when the exposures do not match the configured split (a sample-ratio mismatch makes the
 * comparison untrustworthy). The interval holds however often the page refreshes, unlike a
 * fixed-horizon test read again and again. While a published config runs the experiment, each arm
 * can be shipped (the baseline kept) after a confirmation: see ShipArmDialog.
 */
export function ExperimentReportView({ experiment, headingId, onShipped }: { experiment: ExperimentReport; headingId: string; onShipped?(answer: ShipArmAnswer): void }) {
  const total = experiment.arms.reduce((sum, arm) => sum + arm.exposures, 0);
  const { sampleRatio, live = [] } = experiment;
  const [shipping, setShipping] = useState<{ arm: string; config: string }>();
  const baseline = experiment.comparisons[0]?.baseline_arm_id;
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
            </tr>
          </thead>
          <tbody>
            {experiment.arms.map((arm) => (
              <tr key={arm.arm_id}>
                <th scope="row">{arm.arm_id}</th>
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
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      {experiment.comparisons.length > 0 && (
        <TableRegion label={`Comparisons of ${experiment.experiment_id}`}>
          <table data-table="comparisons">
            <caption>CTA conversion against the baseline arm (always-valid: read it as often as you like)</caption>
            <thead>
              <tr>
                <th scope="col">Arm</th>
                <th scope="col">Baseline</th>
                <th scope="col">Difference</th>
                <th scope="col">95 % interval</th>
                <th scope="col">Verdict</th>
              </tr>
            </thead>
            <tbody>
              {experiment.comparisons.map((comparison) => (
                <tr key={comparison.arm_id}>
                  <th scope="row">{comparison.arm_id}</th>
                  <td>{comparison.baseline_arm_id}</td>
                  <td>{formatPoints(comparison.difference)}</td>
                  <td>{comparison.interval ? `${formatPoints(comparison.interval[0])} to ${formatPoints(comparison.interval[1])}` : '—'}</td>
                  <td data-verdict={comparison.verdict}>{VERDICTS[comparison.verdict]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
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
