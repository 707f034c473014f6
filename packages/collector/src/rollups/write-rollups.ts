import type { SqlExecutor } from '../store/sql-client.js';
import type { ExposureRollup } from './build-exposures.js';
import { CUBE_COLUMNS, cubeFigures, FACT_COLUMNS, stepsReached } from './fact-columns.js';
import { VISIT_TABLES } from './rollup-tables.js';
import { bucketOf } from './session-gap.js';
import { WHOLE_VISIT, type VisitRollup } from './visit-rollup.js';

const INSERT_VISIT = `INSERT INTO rollup_visits (visitor, start_ts, showroom_id, bucket, end_ts, ${FACT_COLUMNS.join(', ')})
  VALUES (?, ?, ?, ?, ?, ${FACT_COLUMNS.map(() => '?').join(', ')})`;
const INSERT_ARM = 'INSERT INTO rollup_visit_arms (visitor, start_ts, experiment_id, arm_id, bucket, end_ts, cta) VALUES (?, ?, ?, ?, ?, ?, ?)';
const INSERT_ANSWER = `INSERT INTO rollup_visit_answers (visitor, start_ts, showroom_id, question_position, question_id, answer_id) VALUES (?, ?, ?, ?, ?, ?)`;
const CUBE_KEY = 'showroom_id, experiment_id, arm_id, bucket';
const ADD_CUBE = `INSERT INTO rollup_cube (${CUBE_KEY}, ${CUBE_COLUMNS.join(', ')}) VALUES (?, ?, ?, ?, ${CUBE_COLUMNS.map(() => '?').join(', ')})
  ON CONFLICT (${CUBE_KEY}) DO UPDATE SET ${CUBE_COLUMNS.map((column) => `${column} = rollup_cube.${column} + excluded.${column}`).join(', ')}`;
const ADD_STEP = `INSERT INTO rollup_step_cube (${CUBE_KEY}, step, sessions) VALUES (?, ?, ?, ?, ?, ?)
  ON CONFLICT (${CUBE_KEY}, step) DO UPDATE SET sessions = rollup_step_cube.sessions + excluded.sessions`;
const ADD_ANSWER = `INSERT INTO rollup_answer_cube (${CUBE_KEY}, question_position, question_id, answer_id, answers) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (${CUBE_KEY}, question_position, question_id, answer_id) DO UPDATE SET answers = rollup_answer_cube.answers + excluded.answers`;
// A cube row that no visit adds to any more goes, so the cubes hold exactly what a rebuild would.
const KEY_WHERE = 'showroom_id = ? AND experiment_id = ? AND arm_id = ? AND bucket = ?';
const PRUNE_CUBE = `DELETE FROM rollup_cube WHERE ${KEY_WHERE} AND visits = 0`;
const PRUNE_STEP = `DELETE FROM rollup_step_cube WHERE ${KEY_WHERE} AND step = ? AND sessions = 0`;
const PRUNE_ANSWER = `DELETE FROM rollup_answer_cube WHERE ${KEY_WHERE} AND question_position = ? AND question_id = ? AND answer_id = ? AND answers = 0`;

/**
 * Stores visits: their rows (linked to their neighbours later, by relinkVisits) and what they add
 * to the cubes, under every arm they carry and under no arm ('').
 */
export async function addVisits(tx: SqlExecutor, visits: readonly VisitRollup[]): Promise<void> {
  for (const visit of visits) {
    const bucket = bucketOf(visit.start);
    for (const [part, { facts, end }] of visit.parts) {
      await tx.run(INSERT_VISIT, [visit.visitor, visit.start, part, bucket, end, ...FACT_COLUMNS.map((column) => facts[column])]);
    }
    const whole = visit.parts.get(WHOLE_VISIT)!;
    for (const arm of visit.arms) await tx.run(INSERT_ARM, [visit.visitor, visit.start, ...arm.split('\0'), bucket, whole.end, whole.facts.cta]);
    for (const answer of visit.answers) {
      const [part, position, questionId, answerId] = answer.split('\0');
      await tx.run(INSERT_ANSWER, [visit.visitor, visit.start, part!, Number(position), questionId!, answerId!]);
    }
    await addToCubes(tx, visit, 1);
  }
}

/** Deletes stored visits (as readVisits returned them): their rows, and what they added to the cubes. */
export async function removeVisits(tx: SqlExecutor, visits: readonly VisitRollup[]): Promise<void> {
  for (const visit of visits) {
    for (const table of VISIT_TABLES) await tx.run(`DELETE FROM ${table} WHERE visitor = ? AND start_ts = ?`, [visit.visitor, visit.start]);
    await addToCubes(tx, visit, -1);
  }
}

async function addToCubes(tx: SqlExecutor, visit: VisitRollup, sign: 1 | -1): Promise<void> {
  const bucket = bucketOf(visit.start);
  const arms = [['', ''], ...[...visit.arms].map((arm) => arm.split('\0'))] as [string, string][];
  const answersOf = new Map<string, string[][]>();
  for (const answer of visit.answers) {
    const [part, ...rest] = answer.split('\0');
    answersOf.set(part!, [...(answersOf.get(part!) ?? []), rest]);
  }
  for (const [part, { facts }] of visit.parts) {
    const figures = cubeFigures(facts);
    const steps = stepsReached(facts);
    for (const [experiment, arm] of arms) {
      const key = [part, experiment, arm, bucket];
      await tx.run(ADD_CUBE, [...key, ...CUBE_COLUMNS.map((column) => sign * figures[column])]);
      for (const step of steps) await tx.run(ADD_STEP, [...key, step, sign]);
      for (const [position, questionId, answerId] of answersOf.get(part) ?? []) {
        await tx.run(ADD_ANSWER, [...key, Number(position), questionId!, answerId!, sign]);
      }
      if (sign > 0) continue;
      await tx.run(PRUNE_CUBE, key);
      for (const step of steps) await tx.run(PRUNE_STEP, [...key, step]);
      for (const [position, questionId, answerId] of answersOf.get(part) ?? []) await tx.run(PRUNE_ANSWER, [...key, Number(position), questionId!, answerId!]);
    }
  }
}

const UPSERT_EXPOSURE = `INSERT INTO rollup_exposures (visitor, experiment_id, arm_id, showroom_id, first_ts, exposed) VALUES (?, ?, ?, ?, ?, ?)
  ON CONFLICT (visitor, experiment_id, arm_id) DO UPDATE SET
  showroom_id = CASE WHEN excluded.first_ts < rollup_exposures.first_ts THEN excluded.showroom_id ELSE rollup_exposures.showroom_id END,
  first_ts = CASE WHEN excluded.first_ts < rollup_exposures.first_ts THEN excluded.first_ts ELSE rollup_exposures.first_ts END,
  exposed = CASE WHEN excluded.exposed > rollup_exposures.exposed THEN excluded.exposed ELSE rollup_exposures.exposed END`;

/** Merges exposures into `rollup_exposures` (earliest first_ts, largest exposed). */
export async function writeExposures(tx: SqlExecutor, exposures: readonly ExposureRollup[]): Promise<void> {
  for (const e of exposures) await tx.run(UPSERT_EXPOSURE, [e.visitor, e.experimentId, e.armId, e.showroomId, e.firstTs, e.exposed]);
}
