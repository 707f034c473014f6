import type { CreditedCart, CreditedOrder } from './outcome-figures.js';

/** One arm's credited carts and orders: the visitors they convert, and Σ and Σ² of each visitor's revenue. */
export interface ArmOutcomes {
  cartVisitors: number;
  orderVisitors: number;
  revenue: number;
  revenueSquares: number;
}

/** Experiment id -> arm id -> its outcomes; an arm without a credited cart or order is absent. */
export type ExperimentOutcomes = Map<string, Map<string, ArmOutcomes>>;

/** The credited rows the experiments' outcome metrics are folded from, and the currency revenue counts in. */
export interface ArmCredits {
  orders: readonly CreditedOrder[];
  carts: readonly CreditedCart[];
  currency: string;
}

/**
 * The credited carts and orders of the range folded per arm of `experiments` (the arms their rows
 * keep; others, forged ones too, are skipped), for the experiments' outcome metrics; revenue only
 * in `currency`. Only those credited to a visit that started in the range (at `from` or later)
 * count, so that every visitor they convert is among the arm's visitors (its visits in the range).
 * Pure: the rows are the outcomes' own (queryCredited), so the experiments read none again.
 */
export function armOutcomes({ orders, carts, currency }: ArmCredits, experiments: ReadonlySet<string>, from: number): ExperimentOutcomes {
  // Per arm: the carting visitors, and each ordering visitor's revenue.
  const arms = new Map<string, Map<string, { carts: Set<string>; revenue: Map<string, number> }>>();
  const add = (rows: readonly CreditedCart[], revenueOf?: (i: number) => number): void => {
    rows.forEach((row, i) => {
      if (row.start < from) return;
      for (const [experiment, arm] of Object.entries(row.arms)) {
        if (!experiments.has(experiment)) continue;
        const byArm = arms.get(experiment) ?? new Map();
        const sets = byArm.get(arm) ?? { carts: new Set<string>(), revenue: new Map<string, number>() };
        if (!revenueOf) sets.carts.add(row.visitor);
        else sets.revenue.set(row.visitor, (sets.revenue.get(row.visitor) ?? 0) + revenueOf(i));
        byArm.set(arm, sets);
        arms.set(experiment, byArm);
      }
    });
  };
  add(orders, (i) => (orders[i]!.currency === currency ? orders[i]!.revenue : 0));
  add(carts);
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
