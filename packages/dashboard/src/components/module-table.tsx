import { formatCount } from '../format/format-count.js';
import { formatDecimal } from '../format/format-decimal.js';
import { formatDuration } from '../format/format-duration.js';
import { MODULE_LABELS } from '../metrics/module-labels.js';
import type { ModuleRow } from '@vitrine/contracts';
import { TableRegion } from './table-region.js';

/** Interaction time and frequency of each module: which experiences hold shoppers, and how much they do in them. */
export function ModuleTable({ modules }: { modules: ModuleRow[] }) {
  return (
    <TableRegion label="Modules table">
      <table data-table="modules">
        <caption>Interaction time and frequency per module</caption>
        <thead>
          <tr>
            <th scope="col">Module</th>
            <th scope="col">Interaction time</th>
            <th scope="col">Engaged sessions</th>
            <th scope="col">Time per engaged session</th>
            <th scope="col">Interactions</th>
            <th scope="col">Interactions per engaged session</th>
          </tr>
        </thead>
        <tbody>
          {modules.map((row) => (
            <tr key={row.module} data-module={row.module}>
              <th scope="row">{MODULE_LABELS[row.module] ?? row.module}</th>
              <td>{formatDuration(row.interactionMs)}</td>
              <td>{formatCount(row.engagedSessions)}</td>
              <td>{formatDuration(row.interactionMsPerSession)}</td>
              <td>{formatCount(row.interactions)}</td>
              <td>{formatDecimal(row.interactionFrequency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
