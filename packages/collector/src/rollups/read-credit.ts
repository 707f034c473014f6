import { MODULES } from '@vitrine/contracts';
import type { Channel } from '../channels/channel.js';
import { creditOrder, type ShowroomTouch } from '../outcomes/credit-order.js';
import type { SqlExecutor } from '../sql/sql-client.js';
import { WHOLE_VISIT } from './visit-rollup.js';
import { USER_VISITOR_PREFIX } from './visitor-key.js';

type TouchRow = Record<string, number | string> & { start_ts: number; showroom_id: string; end_ts: number; channel: Channel };

const TOUCHES = `SELECT start_ts, showroom_id, end_ts, channel, ${MODULES.map((m) => `engaged_ms_${m}`).join(', ')} FROM rollup_visits
  WHERE visitor = ? AND start_ts <= ? AND end_ts >= ? AND showroom_id <> '${WHOLE_VISIT}' AND showroom_id <> '' ORDER BY start_ts, showroom_id`;

/**
 * The touch something the visitor did at `at` (an order, a cart) is credited to, among the showroom
 * touches of `keys` (linkedKeys): a touch is a visit's part in one showroom, begun before `at`, its
 * time the part's last event or `at` if that is later (creditOrder picks the last within
 * `windowMs`). The credited touch gains the visit's arms and, from its events up to `at`, the
 * last variant chosen in 3D and the last quiz result in that showroom.
 */
export async function readCredit(tx: SqlExecutor, keys: readonly string[], at: number, windowMs: number): Promise<ShowroomTouch | undefined> {
  const touches: ShowroomTouch[] = [];
  for (const visitor of keys) {
    for (const row of await tx.all<TouchRow>(TOUCHES, [visitor, at, at - windowMs])) {
      touches.push({
        visitor,
        start: Number(row.start_ts),
        showroom: row.showroom_id,
        at: Math.min(Number(row.end_ts), at),
        channel: row.channel,
        modules: MODULES.filter((module) => Number(row[`engaged_ms_${module}`]) > 0),
        arms: {},
      });
    }
  }
  const credited = creditOrder(at, touches, windowMs);
  if (!credited) return undefined;
  const arms = await tx.all<{ experiment_id: string; arm_id: string }>('SELECT experiment_id, arm_id FROM rollup_visit_arms WHERE visitor = ? AND start_ts = ? ORDER BY experiment_id, arm_id', [
    credited.visitor,
    credited.start,
  ]);
  const user = credited.visitor.startsWith(USER_VISITOR_PREFIX);
  const events = await tx.all<{ event: string; properties: string | null }>(
    `SELECT event, properties FROM events WHERE ${user ? '(anonymous_id = ? OR (anonymous_id IS NULL AND user_id = ?))' : 'anonymous_id = ?'}
      AND timestamp >= ? AND timestamp <= ? AND event IN ('Variant Selected', 'Quiz Completed') ORDER BY timestamp, message_id`,
    [...(user ? [credited.visitor, credited.visitor.slice(USER_VISITOR_PREFIX.length)] : [credited.visitor]), credited.start, at],
  );
  const touch: ShowroomTouch = { ...credited, arms: Object.fromEntries(arms.map((arm) => [arm.experiment_id, arm.arm_id])) };
  for (const { event, properties } of events) {
    const props: unknown = properties === null ? null : JSON.parse(properties);
    if (props === null || typeof props !== 'object' || (props as Record<string, unknown>)['showroom_id'] !== credited.showroom) continue;
    const { variant, label, result_id: result } = props as Record<string, unknown>;
    if (event === 'Variant Selected' && typeof variant === 'string' && variant !== '') {
      touch.variant = variant;
      touch.variantLabel = typeof label === 'string' ? label : '';
    }
    if (event === 'Quiz Completed' && typeof result === 'string' && result !== '') touch.quizResult = result;
  }
  return touch;
}
