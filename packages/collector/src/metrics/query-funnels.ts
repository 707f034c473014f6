import type { SqlReader } from '../sql/sql-client.js';
import { cubeWhere, type MetricsScope } from './metrics-scope.js';
import type { FunnelStep, QuestionRow, StoryReport } from '@vitrine/contracts';
import { funnelsOf } from './funnels-of.js';
import { queryStepSessions } from './query-step-sessions.js';

/**
 * The quiz funnel (see funnelsOf), the answers chosen at each question, and the story's reach per
 * page and completion, of the whole scope (not split).
 */
export async function queryFunnels(db: SqlReader, scope: MetricsScope): Promise<{ quiz: { steps: FunnelStep[]; questions: QuestionRow[] }; story: StoryReport }> {
  const where = cubeWhere(scope);
  const [reached, answers] = await Promise.all([
    queryStepSessions(db, scope),
    db.all<{ question: number; question_id: string; answer_id: string; count: number }>(
      `SELECT question_position AS question, question_id, answer_id, sum(answers) AS count FROM rollup_answer_cube
       WHERE ${where.sql} GROUP BY question_position, question_id, answer_id`,
      where.params,
    ),
  ]);
  const { quiz, story } = funnelsOf(reached.get('') ?? new Map());
  // A question's row is its step: answered at that position, and dropped since the previous step.
  const questions = quiz.steps
    .filter((step) => /^q\d+$/.test(step.key))
    .map((step): QuestionRow => {
      const n = Number(step.key.slice(1));
      return {
        question: n,
        answered: step.sessions,
        dropOff: step.dropOff,
        answers: answers
          .filter((row) => Number(row.question) === n && Number(row.count) > 0)
          .map((row) => ({ question_id: row.question_id, answer_id: row.answer_id, count: Number(row.count) }))
          .sort((a, b) => b.count - a.count || a.answer_id.localeCompare(b.answer_id)),
      };
    });
  return { quiz: { steps: quiz.steps, questions }, story };
}
