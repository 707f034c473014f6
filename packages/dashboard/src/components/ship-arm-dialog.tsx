import { useEffect, useRef, useState } from 'preact/hooks';
import type { ExperimentReport, ShipArmAnswer } from '@vitrine/contracts';
import { figuresOf } from '../decisions/figures-of.js';
import { postShipArm } from '../decisions/post-ship-arm.js';
import { formatCount } from '../format/format-count.js';
import { formatMetric } from '../format/format-metric.js';
import { EXPERIMENT_METRIC_LABELS } from '../metrics/experiment-metric-labels.js';
import { VERDICT_LABELS } from '../metrics/verdict-labels.js';

export interface ShipArmDialogProps {
  experiment: ExperimentReport;
  arm: string;
  /** The published config that runs the experiment. */
  config: string;
  onClose(): void;
  onShipped(answer: ShipArmAnswer): void;
}

/**
 * The confirmation of "Ship this arm", a modal dialog (Escape or Cancel closes it). It first asks
 * the collector for a dry run, so it shows exactly what will be saved: the config, the published
 * version and the new one, the arm's patch, the experiment removed, the figures (the primary
 * metric's, the guardrails' verdicts) and the label the history will keep. Publishing sends the
 * version previewed: if another was published since, the collector refuses (409) and the message
 * says so.
 */
export function ShipArmDialog({ experiment, arm, config, onClose, onShipped }: ShipArmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const [preview, setPreview] = useState<ShipArmAnswer>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const figures = figuresOf(experiment, arm);
  const { metric } = figures;
  const value = (x: number | null): string => formatMetric(metric, x, experiment.currency);
  const change = (x: number | null): string => formatMetric(metric, x, experiment.currency, true);
  const request = { experiment: experiment.experiment_id, arm, figures };
  useEffect(() => {
    const dialog = ref.current!;
    dialog.showModal();
    dialog.addEventListener('close', onClose);
    void postShipArm(config, { ...request, dryRun: true }).then((answer) => ('error' in answer ? setError(answer.error) : setPreview(answer)));
    return () => dialog.removeEventListener('close', onClose);
  }, []);
  const publish = async (): Promise<void> => {
    setBusy(true);
    const answer = await postShipArm(config, { ...request, expectedVersion: preview!.base });
    setBusy(false);
    if ('error' in answer) setError(answer.error);
    else onShipped(answer);
  };
  return (
    <dialog ref={ref} class="ship" aria-labelledby="ship-title">
      <h2 id="ship-title">
        Ship arm <q>{arm}</q> of experiment <q>{experiment.experiment_id}</q>?
      </h2>
      <dl>
        <dt>Visitors</dt>
        <dd>{Object.entries(figures.visitors).map(([id, n]) => `${id} ${formatCount(n)}`).join(', ')}</dd>
        <dt>{EXPERIMENT_METRIC_LABELS[metric]}, the primary metric</dt>
        <dd data-figure="ship-primary">
          {arm} {value(figures.value)}
          {arm !== figures.baseline &&
            ` against ${figures.baseline} ${value(figures.baselineValue)}: ${change(figures.difference)}, 95 % interval ${figures.interval ? figures.interval.map(change).join(' to ') : '—'}`}
        </dd>
        <dt>Verdict</dt>
        <dd data-verdict={figures.verdict}>{figures.verdict === 'baseline' ? 'The baseline: ending the experiment keeps it' : VERDICT_LABELS[figures.verdict]}</dd>
        {figures.guardrails.length > 0 && (
          <>
            <dt>Guardrails</dt>
            <dd data-figure="ship-guardrails">{figures.guardrails.map((g) => `${EXPERIMENT_METRIC_LABELS[g.metric]}: ${VERDICT_LABELS[g.verdict]}`).join('; ')}</dd>
          </>
        )}
      </dl>
      {preview ? (
        <>
          <p data-figure="ship-plan">
            Config <strong>{preview.id}</strong>: published version {preview.base} with this arm's patch merged in and the experiment removed
            ({preview.experimentsLeft} other experiments left) becomes version <strong>{preview.version}</strong>, published at once.
          </p>
          <h3>The arm's patch</h3>
          <pre data-figure="ship-patch" tabIndex={0}>{preview.patch ? JSON.stringify(preview.patch, null, 2) : 'None: only the experiment is removed.'}</pre>
          <p>
            The history will say: <q data-figure="ship-label">{preview.label}</q>
          </p>
          <details>
            <summary>Version {preview.version} in full</summary>
            <pre tabIndex={0}>{preview.text}</pre>
          </details>
        </>
      ) : (
        !error && <p>Preparing the new version…</p>
      )}
      {error && (
        <p class="failure" role="alert">
          {error}
        </p>
      )}
      <p class="actions">
        {preview && !error && (
          <button type="button" disabled={busy} onClick={publish}>
            Publish version {preview.version}
          </button>
        )}
        <button type="button" onClick={() => ref.current!.close()}>
          Cancel
        </button>
      </p>
    </dialog>
  );
}
