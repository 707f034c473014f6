import { ALL_CHANNELS } from '../rollups/visit-rollup.js';
import type { SqlExecutor, SqlValue } from '../sql/sql-client.js';
import { alwaysValidComparison, type ArmSample } from './always-valid-comparison.js';
import { armVerdict } from './arm-verdict.js';
import { idFilter } from './id-filter.js';
import type { MetricsContext } from './metrics-context.js';
import type { MetricsScope } from './metrics-scope.js';
import type { ArmComparison, ArmReport, ExperimentReport } from '@vitrine/contracts';
import { emptySums, indicatorsOf } from './cube-figures.js';
import { queryIndicators } from './query-indicators.js';
import { sampleRatioCheck } from './sample-ratio-check.js';
import type { ZonedCalendar } from './zoned-calendar.js';

/**
 * Every experiment with visits in the range (or only `scope.experiment`): each arm's
 * exposures and indicators, each arm's conversion compared with the baseline's (the config's
 * first arm, else the first seen), and the sample-ratio check of the exposures. With
 * `context.known`, only the experiments and arms the stored configs name; the others are counted.
 */
export async function queryExperiments(
  db: SqlExecutor,
  scope: MetricsScope,
  context: MetricsContext,
  calendar: ZonedCalendar,
): Promise<{ reports: ExperimentReport[]; unknown: { experiments: number; arms: number } }> {
  // Exposures are a visitor's, not a visit's: the cube counts them under all channels only.
  const where = ['showroom_id = ?', "experiment_id <> ''", 'channel = ?', 'bucket >= ? AND bucket < ?'];
  const params: SqlValue[] = [scope.showroom ?? '*', ALL_CHANNELS, scope.from, scope.to];
  if (scope.experiment !== undefined) {
    where.push('experiment_id = ?');
    params.push(scope.experiment);
  }
  const known = context.known?.experiments;
  // Filtered in SQL: a flood of forged experiments costs one count, not a report each.
  const [listed, unlisted] = known ? [idFilter('experiment_id', known.keys()), idFilter('experiment_id', known.keys(), true)] : [];
  const [found, unknownExperiments] = await Promise.all([
    db.all<{ experiment_id: string; arm_id: string; exposures: number; first: number }>(
      `SELECT experiment_id, arm_id, sum(exposures) AS exposures, min(bucket) AS first FROM rollup_cube
       WHERE ${[...where, ...(listed ? [listed.sql] : [])].join(' AND ')}
       GROUP BY experiment_id, arm_id ORDER BY min(bucket), arm_id`,
      [...params, ...(listed?.params ?? [])],
    ),
    unlisted
      ? db.get<{ n: number }>(`SELECT count(DISTINCT experiment_id) AS n FROM rollup_cube WHERE ${[...where, unlisted.sql].join(' AND ')}`, [...params, ...unlisted.params])
      : undefined,
  ]);
  const seen = found.filter((row) => !known || known.get(row.experiment_id)?.has(row.arm_id));
  const unknown = { experiments: Number(unknownExperiments?.n ?? 0), arms: found.length - seen.length };
  return { reports: await reportsOf(db, scope, context, calendar, seen), unknown };
}

async function reportsOf(
  db: SqlExecutor,
  scope: MetricsScope,
  context: MetricsContext,
  calendar: ZonedCalendar,
  seen: readonly { experiment_id: string; arm_id: string; exposures: number }[],
): Promise<ExperimentReport[]> {
  const experiments = [...new Set(seen.map((row) => row.experiment_id))];
  return Promise.all(
    experiments.map(async (experimentId): Promise<ExperimentReport> => {
      const rows = seen.filter((row) => row.experiment_id === experimentId);
      const configured = context.experimentArms(experimentId) ?? [];
      const armIds = [...new Set([...configured.map((arm) => arm.id), ...rows.map((row) => row.arm_id)])];
      const totalWeight = configured.reduce((sum, arm) => sum + arm.weight, 0);
      const shareOf = (armId: string): number =>
        configured.length === 0 || totalWeight <= 0 ? 1 / armIds.length : (configured.find((arm) => arm.id === armId)?.weight ?? 0) / totalWeight;
      const { indicators } = await queryIndicators(db, { ...scope, experiment: experimentId, arm: undefined }, context.now, calendar);
      const none = indicatorsOf(emptySums(), { visitors: 0, returningVisitors: 0, ctaVisitors: 0, liveVisitors: 0 }, scope.module);
      const arms = armIds.map(
        (armId): ArmReport => ({
          arm_id: armId,
          exposures: Number(rows.find((row) => row.arm_id === armId)?.exposures ?? 0),
          expectedShare: shareOf(armId),
          indicators: indicators.get(armId) ?? none,
        }),
      );
      const [baseline, ...others] = arms;
      // Each visitor converted (1) or not (0): n visitors, Σx = Σx² = the visitors who clicked a CTA.
      const sample = ({ indicators }: ArmReport): ArmSample => ({ n: indicators.visitors, sum: indicators.ctaVisitors, sumSquares: indicators.ctaVisitors });
      const comparisons = others.map((arm): ArmComparison => {
        const [a, b] = [sample(baseline!), sample(arm)];
        const result = alwaysValidComparison(a, b);
        return {
          arm_id: arm.arm_id,
          baseline_arm_id: baseline!.arm_id,
          difference: a.n && b.n ? b.sum / b.n - a.sum / a.n : null,
          interval: result?.interval ?? null,
          pValue: result?.pValue ?? null,
          verdict: armVerdict(result, a.n ? a.sum / a.n : 0),
        };
      });
      return {
        experiment_id: experimentId,
        arms,
        comparisons,
        sampleRatio: sampleRatioCheck(
          arms.map((arm) => arm.exposures),
          arms.map((arm) => arm.expectedShare),
        ),
      };
    }),
  );
}
