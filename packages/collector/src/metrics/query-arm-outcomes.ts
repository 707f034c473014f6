import { WHOLE_VISIT } from '../rollups/visit-rollup.js';
import type { SqlReader, SqlValue } from '../sql/sql-client.js';
import type { MetricsScope } from './metrics-scope.js';

/** One arm's credited carts and orders: the visitors they convert, and Σ and Σ² of each visitor's revenue. */
export interface ArmOutcomes {
  cartVisitors: number;
  orderVisitors: number;
  revenue: number;
  revenueSquares: number;
}

/** Experiment id -> arm id -> its outcomes; an arm without a credited cart or order is absent. */
export type ExperimentOutcomes = Map<string, Map<string, ArmOutcomes>>;

type Credited = { touch_visitor: string; arms: string; revenue?: number; currency?: string };

/**
 * The carts and orders of the scope's range credited to a visit in an arm of `experiments` (the
 * arms their rows keep; others, forged ones too, are skipped), per arm, for the experiments'
 * outcome metrics; revenue only in `currency`.
 * Only those credited to a visit that started in the range count, so that every visitor they
 * convert is among the arm's visitors (its visits in the range). Read like the outcomes, through
 * the (showroom_id, ts) index: orders and carts are few next to visits, and one read serves every
 * experiment.
 */
export async function queryArmOutcomes(db: SqlReader, scope: MetricsScope, experiments: ReadonlySet<string>, currency: Promise<string>): Promise<ExperimentOutcomes> {
  const every = scope.showroom === undefined || scope.showroom === WHOLE_VISIT;
  const sql = [every ? "showroom_id <> ''" : 'showroom_id = ?', 'ts >= ? AND ts < ?', 'touch_start >= ?', "arms <> '{}'"];
  const params: SqlValue[] = [...(every ? [] : [scope.showroom!]), scope.from, scope.to, scope.from];
  if (scope.channel !== undefined) {
    sql.push('channel = ?');
    params.push(scope.channel);
  }
  const where = sql.join(' AND ');
  const [orders, carts, main] = await Promise.all([
    db.all<Credited>(`SELECT touch_visitor, arms, revenue, currency FROM rollup_orders WHERE ${where}`, params),
    db.all<Credited>(`SELECT touch_visitor, arms FROM rollup_cart_adds WHERE ${where}`, params),
    currency,
  ]);
  // Per arm: the carting visitors, and each ordering visitor's revenue.
  const arms = new Map<string, Map<string, { carts: Set<string>; revenue: Map<string, number> }>>();
  const add = (rows: readonly Credited[], order: boolean): void => {
    for (const row of rows) {
      for (const [experiment, arm] of Object.entries(JSON.parse(row.arms) as Record<string, string>)) {
        if (!experiments.has(experiment)) continue;
        const byArm = arms.get(experiment) ?? new Map();
        const sets = byArm.get(arm) ?? { carts: new Set<string>(), revenue: new Map<string, number>() };
        if (!order) sets.carts.add(row.touch_visitor);
        else sets.revenue.set(row.touch_visitor, (sets.revenue.get(row.touch_visitor) ?? 0) + (row.currency === main ? Number(row.revenue) : 0));
        byArm.set(arm, sets);
        arms.set(experiment, byArm);
      }
    }
  };
  add(orders, true);
  add(carts, false);
  return new Map(
    [...arms].map(([experiment, byArm]) => [
      experiment,
      new Map(
        [...byArm].map(([arm, { carts, revenue }]) => {
          const amounts = [...revenue.values()];
          return [
            arm,
            {
              cartVisitors: carts.size,
              orderVisitors: revenue.size,
              revenue: amounts.reduce((sum, x) => sum + x, 0),
              revenueSquares: amounts.reduce((sum, x) => sum + x * x, 0),
            },
          ];
        }),
      ),
    ]),
  );
}
