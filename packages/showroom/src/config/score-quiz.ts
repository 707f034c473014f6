import type { QuizExperience, QuizResult } from '@vitrine/contracts';

export interface QuizScore {
  /** The result with the highest total; a tie goes to the result listed first. */
  result: QuizResult;
  /** Result id -> summed weight. */
  totals: Record<string, number>;
  /** The chosen answers that added to the winning result, biggest weight first ("why this?"). */
  reasons: { questionId: string; answerId: string; weight: number }[];
}

/**
 * Scores a finished quiz: sums the `scores` of the chosen answers (`answers`: question id -> chosen
 * answer ids). Answers the quiz does not have are ignored, and so is a second choice on a "single"
 * question. Expects a validated quiz (at least one result).
 */
export function scoreQuiz(quiz: QuizExperience, answers: Readonly<Record<string, readonly string[]>>): QuizScore {
  const totals: Record<string, number> = {};
  for (const result of quiz.results) totals[result.id] = 0;
  const chosen = quiz.questions.flatMap((question) => {
    const ids = Object.hasOwn(answers, question.id) ? (answers[question.id] ?? []) : [];
    const picked = question.answers.filter((answer) => ids.includes(answer.id));
    return (question.type === 'single' ? picked.slice(0, 1) : picked).map((answer) => ({ question, answer }));
  });
  for (const { answer } of chosen) {
    for (const [resultId, weight] of Object.entries(answer.scores)) {
      if (Object.hasOwn(totals, resultId)) totals[resultId] = (totals[resultId] ?? 0) + weight;
    }
  }
  const result = quiz.results.reduce((best, candidate) => ((totals[candidate.id] ?? 0) > (totals[best.id] ?? 0) ? candidate : best));
  const reasons = chosen
    .map(({ question, answer }) => ({ questionId: question.id, answerId: answer.id, weight: Object.hasOwn(answer.scores, result.id) ? (answer.scores[result.id] ?? 0) : 0 }))
    .filter((reason) => reason.weight > 0)
    .sort((a, b) => b.weight - a.weight);
  return { result, totals, reasons };
}
