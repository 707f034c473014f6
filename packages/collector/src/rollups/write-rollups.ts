import type { SqlExecutor } from '../store/sql-client.js';
import type { ExposureRollup } from './build-exposures.js';
import { bucketOf } from './session-gap.js';
import type { VisitRollup } from './visit-rollup.js';

const larger = (table: string, column: string): string =>
  `CASE WHEN excluded.${column} > ${table}.${column} THEN excluded.${column} ELSE ${table}.${column} END`;

const UPSERT_VISIT = `INSERT INTO rollup_visits (visitor, start_ts, end_ts, bucket) VALUES (?, ?, ?, ?)
  ON CONFLICT (visitor, start_ts) DO UPDATE SET end_ts = ${larger('rollup_visits', 'end_ts')}`;
const UPSERT_SESSION = `INSERT INTO rollup_sessions (visitor, start_ts, showroom_id, bucket, end_ts, loads, views) VALUES (?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (visitor, start_ts, showroom_id) DO UPDATE SET end_ts = ${larger('rollup_sessions', 'end_ts')},
  loads = rollup_sessions.loads + excluded.loads, views = rollup_sessions.views + excluded.views`;
const MODULE_SUMS = ['engaged_ms', 'interactions', 'hotspots', 'variants', 'ar', 'cta', 'shared', 'quiz_completed', 'story_completed'];
const UPSERT_MODULE = `INSERT INTO rollup_modules (visitor, start_ts, showroom_id, module, bucket, ${MODULE_SUMS.join(', ')})
  VALUES (?, ?, ?, ?, ?, ${MODULE_SUMS.map(() => '?').join(', ')})
  ON CONFLICT (visitor, start_ts, showroom_id, module) DO UPDATE SET
  ${MODULE_SUMS.map((column) => `${column} = rollup_modules.${column} + excluded.${column}`).join(', ')}`;
const INSERT_STEP = `INSERT INTO rollup_steps (visitor, start_ts, showroom_id, step, question_id, answer_id, bucket) VALUES (?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (visitor, start_ts, showroom_id, step, question_id, answer_id) DO NOTHING`;
const UPSERT_EXPOSURE = `INSERT INTO rollup_exposures (visitor, experiment_id, arm_id, showroom_id, first_ts, exposed) VALUES (?, ?, ?, ?, ?, ?)
  ON CONFLICT (visitor, experiment_id, arm_id) DO UPDATE SET
  showroom_id = CASE WHEN excluded.first_ts < rollup_exposures.first_ts THEN excluded.showroom_id ELSE rollup_exposures.showroom_id END,
  first_ts = CASE WHEN excluded.first_ts < rollup_exposures.first_ts THEN excluded.first_ts ELSE rollup_exposures.first_ts END,
  exposed = ${larger('rollup_exposures', 'exposed')}`;

/**
 * Adds visits to the rollup tables. Every figure is a sum, a maximum or a set member, so adding a
 * visit's later events to its existing rows (same visitor and start) gives what building the
 * whole visit at once would.
 */
export async function writeVisits(tx: SqlExecutor, visits: readonly VisitRollup[]): Promise<void> {
  for (const { visitor, start, end, showrooms, modules, steps } of visits) {
    const bucket = bucketOf(start);
    await tx.run(UPSERT_VISIT, [visitor, start, end, bucket]);
    for (const s of showrooms.values()) await tx.run(UPSERT_SESSION, [visitor, start, s.showroomId, bucket, s.end, s.loads, s.views]);
    for (const m of modules.values()) {
      await tx.run(UPSERT_MODULE, [
        visitor, start, m.showroomId, m.module, bucket,
        m.engagedMs, m.interactions, m.hotspots, m.variants, m.ar, m.cta, m.shared, m.quizCompleted, m.storyCompleted,
      ]);
    }
    for (const s of steps.values()) await tx.run(INSERT_STEP, [visitor, start, s.showroomId, s.step, s.questionId, s.answerId, bucket]);
  }
}

/** Merges exposures into `rollup_exposures` (earliest first_ts, largest exposed). */
export async function writeExposures(tx: SqlExecutor, exposures: readonly ExposureRollup[]): Promise<void> {
  for (const e of exposures) await tx.run(UPSERT_EXPOSURE, [e.visitor, e.experimentId, e.armId, e.showroomId, e.firstTs, e.exposed]);
}
