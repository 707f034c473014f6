import { formatCount } from '../format/format-count.js';
import type { MetricsResult } from '@vitrine/contracts';

const LABELS = [
  ['showrooms', 'showroom', 'showrooms'],
  ['experiments', 'experiment', 'experiments'],
  ['arms', 'experiment arm', 'experiment arms'],
] as const;

/**
 * One line in place of the showrooms, experiments and arms that no stored config names: they are
 * counted, not drawn, so events with forged ids cannot bury the page (nothing when there are none).
 */
export function UnknownIdsNote({ unknown }: { unknown: MetricsResult['unknown'] | undefined }) {
  const parts = LABELS.filter(([key]) => (unknown?.[key] ?? 0) > 0).map(([key, one, many]) => `${formatCount(unknown![key])} ${unknown![key] === 1 ? one : many}`);
  if (parts.length === 0) return null;
  return (
    <p class="status" data-note="unknown-ids">
      Not shown: {parts.join(', ')} that no stored config names. Their events are kept; save the config to see them.
    </p>
  );
}
