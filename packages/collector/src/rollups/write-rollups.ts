import type { SqlExecutor, SqlValue } from '../sql/sql-client.js';
import type { ExposureRollup } from './build-exposures.js';
import { CUBE_COLUMNS, cubeFigures, FACT_COLUMNS, stepsReached } from './fact-columns.js';
import { VISIT_TABLES } from './rollup-tables.js';
import { bucketOf } from './session-gap.js';
import { ALL_CHANNELS, WHOLE_VISIT, type VisitRollup } from './visit-rollup.js';

const INSERT_VISIT = `INSERT INTO rollup_visits (visitor, start_ts, showroom_id, bucket, end_ts, landing_id, channel, source, medium, campaign, ${FACT_COLUMNS.join(', ')})
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ${FACT_COLUMNS.map(() => '?').join(', ')})`;
const INSERT_ARM = 'INSERT INTO rollup_visit_arms (visitor, start_ts, experiment_id, arm_id, bucket, end_ts, cta, channel) VALUES (?, ?, ?, ?, ?, ?, ?, ?)';
const INSERT_ANSWER = `INSERT INTO rollup_visit_answers (visitor, start_ts, showroom_id, question_position, question_id, answer_id) VALUES (?, ?, ?, ?, ?, ?)`;
const CUBE_KEY = 'showroom_id, experiment_id, arm_id, channel, bucket';
// A cube row that no visit adds to any more goes, so the cubes hold exactly what a rebuild would.
const KEY_WHERE = 'showroom_id = ? AND experiment_id = ? AND arm_id = ? AND channel = ? AND bucket = ?';
const PRUNE_CUBE = `DELETE FROM rollup_cube WHERE ${KEY_WHERE} AND visits = 0 AND exposures = 0`;
const PRUNE_STEP = `DELETE FROM rollup_step_cube WHERE ${KEY_WHERE} AND step = ? AND sessions = 0`;
const PRUNE_CAMPAIGN = `DELETE FROM rollup_campaign_cube WHERE ${KEY_WHERE} AND source = ? AND medium = ? AND campaign = ? AND visits = 0`;
const PRUNE_ANSWER = `DELETE FROM rollup_answer_cube WHERE ${KEY_WHERE} AND question_position = ? AND question_id = ? AND answer_id = ? AND answers = 0`;

/**
 * Replaces stored visits (`before`, as readVisits returned them) by `after`: their rows are
 * deleted and inserted (links to neighbours are set later, by relinkVisits), and the cubes change
 * by the difference of what the two sets add to them, so extending a visit by a few events touches
 * only the cube rows whose figures moved. `before` or `after` may be empty.
 */
export async function replaceVisits(tx: SqlExecutor, before: readonly VisitRollup[], after: readonly VisitRollup[]): Promise<void> {
  for (const visit of before) {
    for (const table of VISIT_TABLES) await tx.run(`DELETE FROM ${table} WHERE visitor = ? AND start_ts = ?`, [visit.visitor, visit.start]);
  }
  for (const visit of after) await insertRows(tx, visit);
  const delta = contributions(after);
  for (const [key, change] of contributions(before)) {
    const into = delta.get(key);
    if (into) into.values = into.values.map((value, i) => value - change.values[i]!);
    else delta.set(key, { ...change, values: change.values.map((value) => -value) });
  }
  const byKind = new Map<CubeKind, { key: SqlValue[]; values: number[] }[]>();
  for (const { kind, key, values } of delta.values()) {
    if (values.every((value) => value === 0)) continue;
    const rows = byKind.get(kind) ?? [];
    rows.push({ key, values });
    byKind.set(kind, rows);
  }
  // Each cube's rows in one statement (a few dozen per visitor; a round trip each on PostgreSQL):
  // their keys are distinct, as an upsert needs.
  for (const [kind, rows] of byKind) {
    for (let first = 0; first < rows.length; first += ROWS_PER_UPSERT) {
      const chunk = rows.slice(first, first + ROWS_PER_UPSERT);
      await tx.run(addRows(kind, chunk.length), chunk.flatMap(({ key, values }) => [...key, ...values]));
    }
    for (const { key, values } of rows) if (values.some((value) => value < 0)) await tx.run(CUBES[kind].prune, key);
  }
}

async function insertRows(tx: SqlExecutor, visit: VisitRollup): Promise<void> {
  const bucket = bucketOf(visit.start);
  const { messageId, channel, source, medium, campaign } = visit.touch;
  for (const [part, { facts, end }] of visit.parts) {
    await tx.run(INSERT_VISIT, [visit.visitor, visit.start, part, bucket, end, messageId, channel, source, medium, campaign, ...FACT_COLUMNS.map((column) => facts[column])]);
  }
  const whole = visit.parts.get(WHOLE_VISIT)!;
  for (const arm of visit.arms) await tx.run(INSERT_ARM, [visit.visitor, visit.start, ...arm.split('\0'), bucket, whole.end, whole.facts.cta, channel]);
  for (const answer of visit.answers) {
    const [part, position, questionId, answerId] = answer.split('\0');
    await tx.run(INSERT_ANSWER, [visit.visitor, visit.start, part!, Number(position), questionId!, answerId!]);
  }
}

type CubeKind = 'cube' | 'step' | 'answer' | 'campaign';
/** Each cube: its key columns, the columns a visit adds to, and how a row no visit adds to goes. */
const CUBES: Record<CubeKind, { table: string; key: string; sums: readonly string[]; prune: string }> = {
  cube: { table: 'rollup_cube', key: CUBE_KEY, sums: CUBE_COLUMNS, prune: PRUNE_CUBE },
  step: { table: 'rollup_step_cube', key: `${CUBE_KEY}, step`, sums: ['sessions'], prune: PRUNE_STEP },
  answer: { table: 'rollup_answer_cube', key: `${CUBE_KEY}, question_position, question_id, answer_id`, sums: ['answers'], prune: PRUNE_ANSWER },
  campaign: { table: 'rollup_campaign_cube', key: `${CUBE_KEY}, source, medium, campaign`, sums: ['visits', 'cta_visits'], prune: PRUNE_CAMPAIGN },
};
/** Rows per upsert: rollup_cube's 36 columns make 3,600 parameters, far under either database's limit. */
const ROWS_PER_UPSERT = 100;
const upserts = new Map<string, string>();

/** The upsert adding `n` rows to a cube (made once per size, so each database prepares it once). */
function addRows(kind: CubeKind, n: number): string {
  const id = `${kind} ${n}`;
  let sql = upserts.get(id);
  if (!sql) {
    const { table, key, sums } = CUBES[kind];
    const row = `(${[...key.split(', '), ...sums].map(() => '?').join(', ')})`;
    sql = `INSERT INTO ${table} (${key}, ${sums.join(', ')}) VALUES ${Array.from({ length: n }, () => row).join(', ')}
  ON CONFLICT (${key}) DO UPDATE SET ${sums.map((column) => `${column} = ${table}.${column} + excluded.${column}`).join(', ')}`;
    upserts.set(id, sql);
  }
  return sql;
}

/**
 * What visits add to the cubes, by cube row: each part of a visit, under no arm ('') and under
 * each arm it carries, adds its figures to the cube, 1 to each step it reached and to each answer,
 * under the visit's channel and under all channels (ALL_CHANNELS), and to its channel's row of its
 * source, medium and campaign (1 visit, and 1 with a CTA click if it had one).
 */
function contributions(visits: readonly VisitRollup[]): Map<string, { kind: CubeKind; key: SqlValue[]; values: number[] }> {
  const out = new Map<string, { kind: CubeKind; key: SqlValue[]; values: number[] }>();
  const add = (kind: CubeKind, key: SqlValue[], values: number[]): void => {
    const id = JSON.stringify([kind, key]);
    const into = out.get(id);
    if (into) into.values = into.values.map((value, i) => value + values[i]!);
    else out.set(id, { kind, key, values });
  };
  for (const visit of visits) {
    const bucket = bucketOf(visit.start);
    const arms = [['', ''], ...[...visit.arms].map((arm) => arm.split('\0'))] as [string, string][];
    for (const [part, { facts }] of visit.parts) {
      const figures = cubeFigures(facts);
      const answers = [...visit.answers].map((answer) => answer.split('\0')).filter(([answerPart]) => answerPart === part);
      for (const [experiment, arm] of arms) {
        for (const channel of [ALL_CHANNELS, visit.touch.channel]) {
          const key = [part, experiment, arm, channel, bucket];
          add('cube', key, CUBE_COLUMNS.map((column) => figures[column]));
          for (const step of stepsReached(facts)) add('step', [...key, step], [1]);
          for (const [, position, questionId, answerId] of answers) add('answer', [...key, Number(position), questionId!, answerId!], [1]);
        }
        const { channel, source, medium, campaign } = visit.touch;
        add('campaign', [part, experiment, arm, channel, bucket, source, medium, campaign], [1, facts.cta > 0 ? 1 : 0]);
      }
    }
  }
  return out;
}

const UPSERT_EXPOSURE = `INSERT INTO rollup_exposures (visitor, experiment_id, arm_id, showroom_id, first_ts, exposed) VALUES (?, ?, ?, ?, ?, ?)
  ON CONFLICT (visitor, experiment_id, arm_id) DO UPDATE SET showroom_id = excluded.showroom_id, first_ts = excluded.first_ts, exposed = excluded.exposed`;
const ADD_EXPOSURES = `INSERT INTO rollup_cube (${CUBE_KEY}, ${CUBE_COLUMNS.join(', ')}) VALUES (?, ?, ?, ?, ?, ${CUBE_COLUMNS.map((column) => (column === 'exposures' ? '?' : '0')).join(', ')})
  ON CONFLICT (${CUBE_KEY}) DO UPDATE SET exposures = rollup_cube.exposures + excluded.exposures`;

type StoredExposure = Pick<ExposureRollup, 'showroomId' | 'firstTs' | 'exposed'>;

/**
 * Merges exposures into `rollup_exposures` (the earliest first_ts with its showroom, the largest
 * `exposed`), and keeps the cube's count of exposed visitors per arm, by the bucket of their first
 * exposure, under the whole visits ('*') and the showroom.
 */
export async function writeExposures(tx: SqlExecutor, exposures: readonly ExposureRollup[]): Promise<void> {
  for (const e of exposures) {
    const stored = await tx.get<{ showroom_id: string; first_ts: number; exposed: number }>(
      'SELECT showroom_id, first_ts, exposed FROM rollup_exposures WHERE visitor = ? AND experiment_id = ? AND arm_id = ?',
      [e.visitor, e.experimentId, e.armId],
    );
    const old: StoredExposure | undefined = stored && { showroomId: stored.showroom_id, firstTs: Number(stored.first_ts), exposed: Number(stored.exposed) };
    const merged: StoredExposure = !old
      ? e
      : { ...(e.firstTs < old.firstTs ? { showroomId: e.showroomId, firstTs: e.firstTs } : { showroomId: old.showroomId, firstTs: old.firstTs }), exposed: Math.max(old.exposed, e.exposed) };
    if (old && old.firstTs === merged.firstTs && old.showroomId === merged.showroomId && old.exposed === merged.exposed) continue;
    if (old) await countExposure(tx, e.experimentId, e.armId, old, -1);
    await countExposure(tx, e.experimentId, e.armId, merged, 1);
    await tx.run(UPSERT_EXPOSURE, [e.visitor, e.experimentId, e.armId, merged.showroomId, merged.firstTs, merged.exposed]);
  }
}

/** Deletes a visitor's exposures and their counts in the cube. */
export async function removeExposures(tx: SqlExecutor, visitor: string): Promise<void> {
  const rows = await tx.all<{ experiment_id: string; arm_id: string; showroom_id: string; first_ts: number; exposed: number }>(
    'SELECT experiment_id, arm_id, showroom_id, first_ts, exposed FROM rollup_exposures WHERE visitor = ?',
    [visitor],
  );
  for (const row of rows) {
    await countExposure(tx, row.experiment_id, row.arm_id, { showroomId: row.showroom_id, firstTs: Number(row.first_ts), exposed: Number(row.exposed) }, -1);
  }
  await tx.run('DELETE FROM rollup_exposures WHERE visitor = ?', [visitor]);
}

async function countExposure(tx: SqlExecutor, experimentId: string, armId: string, exposure: StoredExposure, sign: 1 | -1): Promise<void> {
  if (!exposure.exposed) return;
  for (const part of new Set([WHOLE_VISIT, exposure.showroomId])) {
    // A visitor's exposure belongs to no visit, so to no one channel: it is counted under all.
    const key = [part, experimentId, armId, ALL_CHANNELS, bucketOf(exposure.firstTs)];
    await tx.run(ADD_EXPOSURES, [...key, sign]);
    if (sign < 0) await tx.run(PRUNE_CUBE, key);
  }
}
