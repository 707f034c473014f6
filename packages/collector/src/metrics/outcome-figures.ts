import { MODULES, type Channel, type CommerceProduct, type CurrencyTotal, type Module, type OutcomeSplit, type OutcomeSummary, type Outcomes, type VariantMatch } from '@vitrine/contracts';
import { DEFAULT_CURRENCY } from '../outcomes/order-of.js';
import { variantMatch } from '../outcomes/variant-match.js';
import { rate } from './rate.js';

/** A credited order as the metrics read it. */
export interface CreditedOrder {
  /** The credited visit: its visitor key and start. */
  visitor: string;
  start: number;
  revenue: number;
  currency: string;
  products: CommerceProduct[];
  channel: Channel;
  modules: readonly string[];
  variant: string;
  variantLabel: string;
  /** Experiment id -> arm id of the credited visit. */
  arms: Readonly<Record<string, string>>;
}

/** A credited cart add: its visit, that visit's channel, the modules used and the arms it was in there. */
export type CreditedCart = Pick<CreditedOrder, 'visitor' | 'start' | 'channel' | 'modules' | 'arms'>;

/** The scope's visits and those that used each module (engaged time in it), from the cube. */
export interface VisitCounts {
  visits: number;
  visitors: number;
  moduleVisits: Readonly<Record<Module, number>>;
}

const byCount = <T extends { orders: number }>(key: (row: T) => string) => (a: T, b: T): number => b.orders - a.orders || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/** Orders and revenue per currency, most orders first (ties: alphabetical). */
export function currencyTotals(orders: readonly Pick<CreditedOrder, 'currency' | 'revenue'>[]): CurrencyTotal[] {
  const totals = new Map<string, CurrencyTotal>();
  for (const { currency, revenue } of orders) {
    const total = totals.get(currency) ?? { currency, orders: 0, revenue: 0 };
    total.orders++;
    total.revenue += revenue;
    totals.set(currency, total);
  }
  return [...totals.values()].sort(byCount((row) => row.currency));
}

/**
 * The headline outcomes of credited orders and carts and of the visitors they are rates of:
 * distinct credited visitors, and revenue in the currency of most orders. Pure.
 */
export function outcomeSummary(orders: readonly CreditedOrder[], carts: readonly CreditedCart[], visitors: number): OutcomeSummary {
  const main = currencyTotals(orders)[0] ?? { currency: DEFAULT_CURRENCY, orders: 0, revenue: 0 };
  const cartVisitors = new Set(carts.map((row) => row.visitor)).size;
  const orderVisitors = new Set(orders.map((row) => row.visitor)).size;
  return {
    visitors,
    cartVisitors,
    orderVisitors,
    addToCartRate: rate(cartVisitors, visitors),
    orderConversion: rate(orderVisitors, visitors),
    orders: orders.length,
    currency: main.currency,
    revenue: main.revenue,
    revenuePerVisitor: rate(main.revenue, visitors),
    averageOrderValue: rate(main.revenue, main.orders),
  };
}

/**
 * The outcomes section of the metrics from the scope's credited orders and carts (few: read whole)
 * and its visit counts. Visitor rates count distinct credited visitors; the module split counts
 * visits (the cube knows visits per module, not visitors), so its groups add up to the visits.
 * Revenue figures are in the currency of most orders; the others are listed apart, never summed. Pure.
 */
export function outcomeFigures(orders: readonly CreditedOrder[], carts: readonly CreditedCart[], counts: VisitCounts, uncredited: CurrencyTotal[]): Outcomes {
  const summary = outcomeSummary(orders, carts, counts.visitors);
  const { currency } = summary;
  const visit = (row: { visitor: string; start: number }): string => `${row.visitor}\0${row.start}`;
  // Each row's visit key once: the split below reads every row ten times (five modules, used or not).
  const orderVisit = orders.map(visit);
  const cartVisit = carts.map(visit);
  const split = (used: boolean, module: Module, visits: number): OutcomeSplit => {
    const orderVisits = new Set<string>();
    const cartVisits = new Set<string>();
    let groupOrders = 0;
    let revenue = 0;
    orders.forEach((order, i) => {
      if (order.modules.includes(module) !== used) return;
      groupOrders++;
      orderVisits.add(orderVisit[i]!);
      if (order.currency === currency) revenue += order.revenue;
    });
    carts.forEach((cart, i) => {
      if (cart.modules.includes(module) === used) cartVisits.add(cartVisit[i]!);
    });
    return {
      visits,
      cartVisits: cartVisits.size,
      orderVisits: orderVisits.size,
      addToCartRate: rate(cartVisits.size, visits),
      orderConversion: rate(orderVisits.size, visits),
      orders: groupOrders,
      revenue,
      revenuePerVisit: rate(revenue, visits),
    };
  };
  const variants = new Map<string, VariantMatch>();
  for (const order of orders) {
    if (order.variant === '') continue;
    const row = variants.get(order.variant) ?? { variant: order.variant, label: order.variantLabel, orders: 0, matched: 0, share: null };
    row.orders++;
    if (variantMatch(order.products, order.variant, order.variantLabel)) row.matched++;
    row.share = rate(row.matched, row.orders);
    variants.set(order.variant, row);
  }
  const variantRows = [...variants.values()].sort(byCount((row) => row.variant));
  const matched = variantRows.reduce((sum, row) => sum + row.matched, 0);
  const chosen = variantRows.reduce((sum, row) => sum + row.orders, 0);
  const channels = new Map<Channel, { channel: Channel; orders: number; revenue: number }>();
  for (const order of orders) {
    const row = channels.get(order.channel) ?? { channel: order.channel, orders: 0, revenue: 0 };
    row.orders++;
    if (order.currency === currency) row.revenue += order.revenue;
    channels.set(order.channel, row);
  }
  return {
    ...summary,
    currencies: currencyTotals(orders),
    modules: MODULES.map((module) => ({
      module,
      used: split(true, module, counts.moduleVisits[module]),
      notUsed: split(false, module, Math.max(0, counts.visits - counts.moduleVisits[module])),
    })),
    variantMatch: { orders: chosen, matched, share: rate(matched, chosen), variants: variantRows },
    channels: [...channels.values()].sort(byCount((row) => row.channel)),
    uncredited,
  };
}
