import type { Channel } from '../channels/channel.js';
import type { SqlExecutor } from '../sql/sql-client.js';
import { FACT_COLUMNS, type Facts } from './fact-columns.js';
import type { VisitRollup } from './visit-rollup.js';

type VisitRow = Record<string, number | string | null> & { start_ts: number; showroom_id: string; end_ts: number; landing_id: string; channel: Channel; source: string; medium: string; campaign: string };

/** The stored visits of `visitor` that start from `from` to `to` (ms, inclusive), as replaceVisits stored them. */
export async function readVisits(tx: SqlExecutor, visitor: string, from: number, to: number): Promise<VisitRollup[]> {
  const range = [visitor, from, to];
  const [rows, arms, answers] = await Promise.all([
    tx.all<VisitRow>('SELECT * FROM rollup_visits WHERE visitor = ? AND start_ts >= ? AND start_ts <= ?', range),
    tx.all<{ start_ts: number; experiment_id: string; arm_id: string }>(
      'SELECT start_ts, experiment_id, arm_id FROM rollup_visit_arms WHERE visitor = ? AND start_ts >= ? AND start_ts <= ?',
      range,
    ),
    tx.all<{ start_ts: number; showroom_id: string; question_position: number; question_id: string; answer_id: string }>(
      'SELECT start_ts, showroom_id, question_position, question_id, answer_id FROM rollup_visit_answers WHERE visitor = ? AND start_ts >= ? AND start_ts <= ?',
      range,
    ),
  ]);
  const visits = new Map<number, VisitRollup>();
  const visitAt = (start: number): VisitRollup => {
    let visit = visits.get(start);
    if (!visit) {
      visit = { visitor, start, end: start, touch: { messageId: '', channel: 'Unassigned', source: '', medium: '', campaign: '' }, parts: new Map(), arms: new Set(), answers: new Set() };
      visits.set(start, visit);
    }
    return visit;
  };
  for (const row of rows) {
    const visit = visitAt(Number(row.start_ts));
    const facts = Object.fromEntries(FACT_COLUMNS.map((column) => [column, Number(row[column])])) as Facts;
    visit.parts.set(row.showroom_id, { facts, end: Number(row.end_ts) });
    // Every part row of a visit holds the same touch.
    visit.touch = { messageId: row.landing_id, channel: row.channel, source: row.source, medium: row.medium, campaign: row.campaign };
    visit.end = Math.max(visit.end, Number(row.end_ts));
  }
  for (const arm of arms) visitAt(Number(arm.start_ts)).arms.add(`${arm.experiment_id}\0${arm.arm_id}`);
  for (const a of answers) visitAt(Number(a.start_ts)).answers.add(`${a.showroom_id}\0${a.question_position}\0${a.question_id}\0${a.answer_id}`);
  return [...visits.values()].sort((a, b) => a.start - b.start);
}
