import type { ShowroomTouch } from '../outcomes/credit-order.js';
import type { SqlExecutor } from '../sql/sql-client.js';
import { linkedKeys } from './linked-keys.js';
import { readCredit } from './read-credit.js';

const SET_ORDER = `UPDATE rollup_orders SET showroom_id = ?, channel = ?, touch_visitor = ?, touch_start = ?, modules = ?, arms = ?, quiz_result = ?, variant = ?, variant_label = ?
  WHERE order_id = ?`;
const SET_CART = 'UPDATE rollup_cart_adds SET showroom_id = ?, channel = ?, touch_visitor = ?, touch_start = ?, modules = ?, arms = ? WHERE visitor = ? AND message_id = ?';

/** The credit columns both tables share (uncredited: '', NULL and no arms). */
const shared = (touch: ShowroomTouch | undefined): (string | number | null)[] =>
  touch ? [touch.showroom, touch.channel, touch.visitor, touch.start, touch.modules.join(','), JSON.stringify(touch.arms)] : ['', '', null, null, '', '{}'];

/**
 * Credits again the orders and carts of `keys` and those credited to a visit of `touchVisitor`,
 * after their visits changed (new events, a merge that moved a visit's start, a deletion). Orders
 * and carts are few per visitor, and both lookups are indexed, so ingest pays two empty lookups
 * for a visitor without any.
 */
export async function writeCredit(tx: SqlExecutor, keys: readonly string[], touchVisitor: string, windowMs: number): Promise<void> {
  const marks = keys.map(() => '?').join(', ');
  const params = [...keys, touchVisitor];
  const orders = await tx.all<{ order_id: string; visitor: string; ts: number }>(
    `SELECT order_id, visitor, ts FROM rollup_orders WHERE visitor IN (${marks}) OR touch_visitor = ?`,
    params,
  );
  const carts = await tx.all<{ visitor: string; message_id: string; ts: number }>(
    `SELECT visitor, message_id, ts FROM rollup_cart_adds WHERE visitor IN (${marks}) OR touch_visitor = ?`,
    params,
  );
  if (orders.length === 0 && carts.length === 0) return;
  const linked = new Map<string, string[]>();
  const keysOf = async (visitor: string): Promise<string[]> => {
    const known = linked.get(visitor) ?? (await linkedKeys(tx, visitor));
    linked.set(visitor, known);
    return known;
  };
  for (const order of orders) {
    const touch = await readCredit(tx, await keysOf(order.visitor), Number(order.ts), windowMs);
    await tx.run(SET_ORDER, [...shared(touch), touch?.quizResult ?? '', touch?.variant ?? '', touch?.variantLabel ?? '', order.order_id]);
  }
  for (const cart of carts) {
    const touch = await readCredit(tx, await keysOf(cart.visitor), Number(cart.ts), windowMs);
    await tx.run(SET_CART, [...shared(touch), cart.visitor, cart.message_id]);
  }
}
