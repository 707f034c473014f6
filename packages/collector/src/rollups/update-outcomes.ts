import { cartOf } from '../outcomes/cart-of.js';
import { orderOf } from '../outcomes/order-of.js';
import type { SqlExecutor } from '../sql/sql-client.js';
import type { RollupEvent } from './rollup-event.js';
import { USER_VISITOR_PREFIX } from './visitor-key.js';
import { writeCredit } from './write-credit.js';

// First one wins: of two events with the same order_id (the page's and the server's), the earlier
// (then the smaller messageId, as isFirstOrder says) is kept, whichever arrived first, so ingest
// and a rebuild keep the same one.
const UPSERT_ORDER = `INSERT INTO rollup_orders (order_id, message_id, visitor, ts, revenue, currency, coupon, products) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (order_id) DO UPDATE SET message_id = excluded.message_id, visitor = excluded.visitor, ts = excluded.ts, revenue = excluded.revenue,
    currency = excluded.currency, coupon = excluded.coupon, products = excluded.products
  WHERE excluded.ts < rollup_orders.ts OR (excluded.ts = rollup_orders.ts AND excluded.message_id < rollup_orders.message_id)`;
const INSERT_CART = `INSERT INTO rollup_cart_adds (visitor, message_id, ts, product_id, variant) VALUES (?, ?, ?, ?, ?) ON CONFLICT (visitor, message_id) DO NOTHING`;

const INSERT_LINK = 'INSERT INTO rollup_user_links (anonymous_id, user_id) VALUES (?, ?) ON CONFLICT (anonymous_id, user_id) DO NOTHING';

/**
 * Stores the orders and cart adds among one visitor's new events and the userIds they came with,
 * then credits again what the visitor's changed visits may credit (writeCredit): their own, those
 * of every `user:` key linked to them (a server's order by userId), and those credited to their
 * visits. Runs after the visitor's visits are written, in the same transaction, at ingest and in a
 * rebuild; it reads no stored event (an indexed lookup per table for a visitor without any).
 */
export async function updateOutcomes(tx: SqlExecutor, visitor: string, events: readonly RollupEvent[], windowMs: number): Promise<void> {
  const linked = new Set<string>();
  for (const event of events) {
    if (event.userId && USER_VISITOR_PREFIX + event.userId !== visitor) linked.add(event.userId);
    const order = orderOf(event);
    if (order) {
      const { orderId, messageId, ts, revenue, currency, coupon, products } = order;
      await tx.run(UPSERT_ORDER, [orderId, messageId, order.visitor, ts, revenue, currency, coupon, JSON.stringify(products)]);
    }
    const cart = cartOf(event);
    if (cart) await tx.run(INSERT_CART, [cart.visitor, cart.messageId, cart.ts, cart.productId, cart.variant]);
  }
  for (const userId of linked) await tx.run(INSERT_LINK, [visitor, userId]);
  const users = await tx.all<{ user_id: string }>('SELECT user_id FROM rollup_user_links WHERE anonymous_id = ?', [visitor]);
  await writeCredit(tx, [visitor, ...users.map((row) => USER_VISITOR_PREFIX + row.user_id)], visitor, windowMs);
}
