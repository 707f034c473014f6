import { nextQuestion } from '../config/next-question.js';
import type { QuizExperience } from '@vitrine/contracts';

/**
 * "Question n of m" for a branching quiz: `n` is the place of the current question in the
 * shopper's path, `m` adds the questions still ahead if the current choice (or none) is kept.
 */
export function quizPosition(quiz: QuizExperience, path: readonly string[], chosen: readonly string[]): { n: number; total: number } {
  const n = path.length;
  let ahead = 0;
  let id = path.at(-1) ?? 'end';
  let picks = chosen;
  const seen = new Set(path);
  while ((id = nextQuestion(quiz, id, picks)) !== 'end' && !seen.has(id)) {
    seen.add(id);
    ahead++;
    picks = [];
  }
  return { n, total: n + ahead };
}
