import type { SqlExecutor } from '../sql/sql-client.js';
import { cubeWhere, type MetricsScope } from './metrics-scope.js';
import type { FunnelStep, QuestionRow, StoryReport } from '@vitrine/contracts';
import { dropOff } from './drop-off.js';
import { rate } from './rate.js';

/**
 * The quiz funnel (view → start → each question → complete → the recommendation's CTA, in
 * sessions that reached each step), the answers chosen at each question, and the story's reach
 * per page and completion.
 */
export async function queryFunnels(db: SqlExecutor, scope: MetricsScope): Promise<{ quiz: { steps: FunnelStep[]; questions: QuestionRow[] }; story: StoryReport }> {
  const where = cubeWhere(scope);
  const [reached, answers] = await Promise.all([
    db.all<{ step: string; sessions: number }>(`SELECT step, sum(sessions) AS sessions FROM rollup_step_cube WHERE ${where.sql} GROUP BY step`, where.params),
    db.all<{ question: number; question_id: string; answer_id: string; count: number }>(
      `SELECT question_position AS question, question_id, answer_id, sum(answers) AS count FROM rollup_answer_cube
       WHERE ${where.sql} GROUP BY question_position, question_id, answer_id`,
      where.params,
    ),
  ]);
  const sessions = new Map(reached.map((row) => [row.step, Number(row.sessions)]));
  const positions = positionsOf(reached.map((row) => row.step), 'q');
  const lastQuestion = positions.length === 0 ? 0 : positions[positions.length - 1]!;
  const questionNumbers = Array.from({ length: lastQuestion }, (_, i) => i + 1);

  const order: [key: string, label: string][] = [
    ['view', 'Viewed the showroom'],
    ['start', 'Started the quiz'],
    ...questionNumbers.map((n): [string, string] => [`q${n}`, `Answered question ${n}`]),
    ['complete', 'Completed the quiz'],
    ['cta', 'Clicked the recommendation'],
  ];
  const funnel = order.map(([key, label], i): FunnelStep => {
    const count = sessions.get(key) ?? 0;
    return { key, label, sessions: count, dropOff: dropOff(count, i === 0 ? undefined : (sessions.get(order[i - 1]![0]) ?? 0)) };
  });

  const questions = questionNumbers.map((n): QuestionRow => {
    const answered = sessions.get(`q${n}`) ?? 0;
    return {
      question: n,
      answered,
      dropOff: dropOff(answered, sessions.get(n === 1 ? 'start' : `q${n - 1}`) ?? 0),
      answers: answers
        .filter((row) => Number(row.question) === n && Number(row.count) > 0)
        .map((row) => ({ question_id: row.question_id, answer_id: row.answer_id, count: Number(row.count) }))
        .sort((a, b) => b.count - a.count || a.answer_id.localeCompare(b.answer_id)),
    };
  });

  const pages = positionsOf(reached.map((row) => row.step), 'story:').map((page) => ({ page, sessions: sessions.get(`story:${page}`) ?? 0 }));
  const completed = sessions.get('story:complete') ?? 0;
  return {
    quiz: { steps: funnel, questions },
    story: { pages, completed, completionRate: rate(completed, sessions.get('story:1') ?? 0) },
  };
}

/** The numbers N of steps named `${prefix}N`, ascending. */
function positionsOf(steps: readonly string[], prefix: string): number[] {
  return steps
    .filter((step) => step.startsWith(prefix) && /^\d+$/.test(step.slice(prefix.length)))
    .map((step) => Number(step.slice(prefix.length)))
    .sort((a, b) => a - b);
}
