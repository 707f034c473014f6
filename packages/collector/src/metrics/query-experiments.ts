import { ALL_CHANNELS } from '../rollups/visit-rollup.js';
import type { SqlReader, SqlValue } from '../sql/sql-client.js';
import { armMetrics } from './arm-metrics.js';
import { experimentReport } from './experiment-report.js';
import { idFilter } from './id-filter.js';
import type { MetricsContext } from './metrics-context.js';
import type { MetricsScope } from './metrics-scope.js';
import type { ArmReport, ExperimentReport } from '@vitrine/contracts';
import { emptySums, indicatorsOf } from './cube-figures.js';
import { armOutcomes, type ArmCredits } from './arm-outcomes.js';
import { queryIndicators } from './query-indicators.js';
import type { ZonedCalendar } from './zoned-calendar.js';

/**
 * Every experiment with visits in the range (or only `scope.experiment`): each arm's exposures,
 * indicators and metric samples (its credited carts and orders, `credits`: the outcomes' own rows,
 * asked for only when there is an experiment to report, which the SQL does not wait for),
 * compared as experimentReport says.
 * With `context.known`, only the experiments and arms the stored configs name; the others are counted.
 */
export async function queryExperiments(
  db: SqlReader,
  scope: MetricsScope,
  context: MetricsContext,
  calendar: ZonedCalendar,
  credits: () => Promise<ArmCredits>,
): Promise<{ reports: ExperimentReport[]; unknown: { experiments: number; arms: number } }> {
  // Exposures are a visitor's, not a visit's: the cube counts them under all channels only.
  // The channel inline, not a parameter: PostgreSQL's partial index on these rows (rollup_cube_exposures)
  // serves only a query whose plan can prove its condition.
  const where = ['showroom_id = ?', "experiment_id <> ''", `channel = '${ALL_CHANNELS}'`, 'bucket >= ? AND bucket < ?'];
  const params: SqlValue[] = [scope.showroom ?? '*', scope.from, scope.to];
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
  return { reports: await reportsOf(db, scope, context, calendar, seen, credits), unknown };
}

async function reportsOf(
  db: SqlReader,
  scope: MetricsScope,
  context: MetricsContext,
  calendar: ZonedCalendar,
  seen: readonly { experiment_id: string; arm_id: string; exposures: number }[],
  credits: () => Promise<ArmCredits>,
): Promise<ExperimentReport[]> {
  const experiments = [...new Set(seen.map((row) => row.experiment_id))];
  if (experiments.length === 0) return [];
  const credited = credits();
  const outcomes = credited.then((rows) => armOutcomes(rows, new Set(experiments), scope.from));
  return Promise.all(
    experiments.map(async (experimentId): Promise<ExperimentReport> => {
      const rows = seen.filter((row) => row.experiment_id === experimentId);
      const design = context.experimentDesign(experimentId);
      const configured = design?.arms ?? [];
      const armIds = [...new Set([...configured.map((arm) => arm.id), ...rows.map((row) => row.arm_id)])];
      const totalWeight = configured.reduce((sum, arm) => sum + arm.weight, 0);
      const shareOf = (armId: string): number =>
        configured.length === 0 || totalWeight <= 0 ? 1 / armIds.length : (configured.find((arm) => arm.id === armId)?.weight ?? 0) / totalWeight;
      const [{ indicators }, byArm, { currency }] = await Promise.all([queryIndicators(db, { ...scope, experiment: experimentId, arm: undefined }, context.now, calendar), outcomes, credited]);
      const none = indicatorsOf(emptySums(), { visitors: 0, returningVisitors: 0, ctaVisitors: 0, liveVisitors: 0 }, scope.module);
      const arms = armIds.map((armId): ArmReport => {
        const armIndicators = indicators.get(armId) ?? none;
        const holdout = configured.find((arm) => arm.id === armId)?.holdout;
        return {
          arm_id: armId,
          ...(holdout ? { holdout } : {}),
          exposures: Number(rows.find((row) => row.arm_id === armId)?.exposures ?? 0),
          expectedShare: shareOf(armId),
          indicators: armIndicators,
          metrics: armMetrics(armIndicators.visitors, armIndicators.ctaVisitors, byArm.get(experimentId)?.get(armId)),
        };
      });
      return experimentReport(experimentId, arms, design, currency);
    }),
  );
}
