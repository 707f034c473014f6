import type { CommerceProduct, CurrencyTotal } from '@vitrine/contracts';
import type { Channel } from '../channels/channel.js';
import type { CreditedCart, CreditedOrder } from './outcome-figures.js';
import { WHOLE_VISIT } from '../rollups/visit-rollup.js';
import type { SqlReader, SqlValue } from '../sql/sql-client.js';
import type { MetricsScope } from './metrics-scope.js';

type OrderRow = { touch_visitor: string; touch_start: number; revenue: number; currency: string; products: string; channel: Channel; modules: string; variant: string; variant_label: string; arms: string };
type CartRow = { touch_visitor: string; touch_start: number; channel: Channel; modules: string; arms: string };

/** What the outcomes are computed from: the scope's credited orders and carts, and the range's uncredited orders per currency. */
export interface Credited {
  orders: CreditedOrder[];
  carts: CreditedCart[];
  /** Most orders first. */
  uncredited: CurrencyTotal[];
}

/**
 * The orders and carts of the scope's range (and showroom, channel and arm) credited to a touch of
 * the showroom (of any showroom without one), read whole through their (showroom_id, ts) index:
 * orders are few next to events, and each row names its touch's channel and arms, so the Media rows
 * split the same rows by channel, and the experiments by arm, instead of reading them again.
 */
export async function queryCredited(db: SqlReader, scope: MetricsScope): Promise<Credited> {
  const sql = [scope.showroom === undefined || scope.showroom === WHOLE_VISIT ? "showroom_id <> ''" : 'showroom_id = ?', 'ts >= ? AND ts < ?'];
  const params: SqlValue[] = scope.showroom === undefined || scope.showroom === WHOLE_VISIT ? [] : [scope.showroom];
  params.push(scope.from, scope.to);
  if (scope.channel !== undefined) {
    sql.push('channel = ?');
    params.push(scope.channel);
  }
  if (scope.experiment !== undefined && scope.arm !== undefined) {
    // The credited visit was in the arm (rollup_visit_arms is keyed by visit first).
    sql.push('EXISTS (SELECT 1 FROM rollup_visit_arms a WHERE a.visitor = touch_visitor AND a.start_ts = touch_start AND a.experiment_id = ? AND a.arm_id = ?)');
    params.push(scope.experiment, scope.arm);
  }
  const where = sql.join(' AND ');
  const [orders, carts, uncredited] = await Promise.all([
    db.all<OrderRow>(`SELECT touch_visitor, touch_start, revenue, currency, products, channel, modules, variant, variant_label, arms FROM rollup_orders WHERE ${where}`, params),
    db.all<CartRow>(`SELECT touch_visitor, touch_start, channel, modules, arms FROM rollup_cart_adds WHERE ${where}`, params),
    db.all<{ currency: string; orders: number; revenue: number }>(
      "SELECT currency, COUNT(*) AS orders, SUM(revenue) AS revenue FROM rollup_orders WHERE showroom_id = '' AND ts >= ? AND ts < ? GROUP BY currency",
      [scope.from, scope.to],
    ),
  ]);
  const modules = (text: string): string[] => (text === '' ? [] : text.split(','));
  return {
    orders: orders.map((row) => ({
      visitor: row.touch_visitor,
      start: Number(row.touch_start),
      revenue: Number(row.revenue),
      currency: row.currency,
      products: JSON.parse(row.products) as CommerceProduct[],
      channel: row.channel,
      modules: modules(row.modules),
      variant: row.variant,
      variantLabel: row.variant_label,
      arms: JSON.parse(row.arms) as Record<string, string>,
    })),
    carts: carts.map((row) => ({ visitor: row.touch_visitor, start: Number(row.touch_start), channel: row.channel, modules: modules(row.modules), arms: JSON.parse(row.arms) as Record<string, string> })),
    uncredited: uncredited
      .map((row) => ({ currency: row.currency, orders: Number(row.orders), revenue: Number(row.revenue) }))
      .sort((a, b) => b.orders - a.orders || (a.currency < b.currency ? -1 : 1)),
  };
}
