import { formatCount } from '../format/format-count.js';
import type { Counts } from '@vitrine/contracts';
import { TableRegion } from './table-region.js';

const LABELS: Record<keyof Counts, string> = {
  hotspotsOpened: 'Hotspots opened',
  variantsSelected: 'Variants selected',
  arLaunched: 'AR launched',
  ctaClicked: 'CTA clicks',
  shared: 'Shares',
  quizCompleted: 'Quizzes completed',
  storyCompleted: 'Stories completed',
};

/** How many times each key action happened in the period. */
export function CountsTable({ counts }: { counts: Counts }) {
  return (
    <TableRegion label="Actions">
      <table data-table="counts">
        <caption>Key actions in the period</caption>
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Count</th>
          </tr>
        </thead>
        <tbody>
          {(Object.keys(LABELS) as (keyof Counts)[]).map((key) => (
            <tr key={key}>
              <th scope="row">{LABELS[key]}</th>
              <td>{formatCount(counts[key])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
