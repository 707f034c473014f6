import { indicatorCards } from '../metrics/indicator-cards.js';
import type { Indicators } from '@vitrine/contracts';

/** The headline figures, one card each: title, value, context, and what the figure means. */
export function IndicatorCardList({ indicators }: { indicators: Indicators }) {
  return (
    <ul class="cards">
      {indicatorCards(indicators).map((card) => (
        <li class="card" key={card.id} data-indicator={card.id}>
          <h3 class="card-title">{card.title}</h3>
          <p class="card-value">{card.value}</p>
          <p class="card-detail">{card.detail}</p>
          <p class="card-hint">{card.hint}</p>
        </li>
      ))}
    </ul>
  );
}
