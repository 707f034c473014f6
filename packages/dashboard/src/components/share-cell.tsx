import { formatPercent } from '../format/format-percent.js';
import { ShareBar } from './share-bar.js';

/** A table cell with `part` as a share of `whole`: the bar, then the percentage (a dash when `whole` is 0). */
export function ShareCell({ part, whole }: { part: number; whole: number }) {
  return (
    <td class="bar-cell">
      <ShareBar share={whole ? part / whole : 0} />
      {formatPercent(whole ? part / whole : null)}
    </td>
  );
}
