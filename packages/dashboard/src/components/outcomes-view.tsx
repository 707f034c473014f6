import { formatCount } from '../format/format-count.js';
import { formatMoney } from '../format/format-money.js';
import { formatPercent } from '../format/format-percent.js';
import { MODULE_LABELS } from '../metrics/module-labels.js';
import type { CurrencyTotal, Outcomes } from '@vitrine/contracts';
import { TableRegion } from './table-region.js';

/** Orders and revenue of each currency, apart: "38 (€5,320.00), 2 ($310.00)". */
const totals = (list: CurrencyTotal[]): string => list.map((c) => `${c.orders} (${formatMoney(c.revenue, c.currency)})`).join(', ') || '0';

/**
 * The sale: carts and orders credited to the showroom (the last showroom touch before them, within
 * the attribution window), the same for visits that did and did not use each module (observational:
 * shoppers choose a module, they are not assigned one), and whether they bought the variant chosen in 3D.
 */
export function OutcomesView({ outcomes: o }: { outcomes: Outcomes }) {
  const money = (amount: number | null): string => formatMoney(amount, o.currency);
  return (
    <>
      <ul class="cards">
        {[
          ['Add-to-cart rate', formatPercent(o.addToCartRate)],
          ['Order conversion', formatPercent(o.orderConversion)],
          ['Revenue per visitor', money(o.revenuePerVisitor)],
          ['Average order value', money(o.averageOrderValue)],
          ['Orders', totals(o.currencies)],
        ].map(([label, value]) => (
          <li class="card">
            <h3 class="card-title">{label}</h3>
            <p class="card-value">{value}</p>
          </li>
        ))}
      </ul>
      <TableRegion label="Outcomes table">
        <table>
          <caption>Visits that used each module or not (observational)</caption>
          <tr>
            {['Module', 'Visits', 'Add-to-cart rate', 'Order conversion', 'Revenue per visit'].map((c) => (
              <th scope="col">{c}</th>
            ))}
          </tr>
          {o.modules.flatMap((m) =>
            [m.used, m.notUsed].map((s, i) => (
              <tr>
                <th scope="row">{`${MODULE_LABELS[m.module]}, ${i ? 'not ' : ''}used`}</th>
                {[formatCount(s.visits), formatPercent(s.addToCartRate), formatPercent(s.orderConversion), money(s.revenuePerVisit)].map((v) => (
                  <td>{v}</td>
                ))}
              </tr>
            )),
          )}
        </table>
      </TableRegion>
      {o.variantMatch.variants.map((v) => (
        <p>
          Shoppers who picked {v.label || v.variant} in 3D bought it {formatPercent(v.share)} of the time ({v.matched} of {v.orders}).
        </p>
      ))}
    </>
  );
}
