import type { QuizExperience } from '@vitrine/contracts';

/**
 * Where a quiz goes after question `currentId` is answered with `chosen` answer ids: the `next` of
 * the first chosen answer (in the question's order) that has one, else the following question, else
 * "end". An unknown question id ends the quiz.
 */
export function nextQuestion(quiz: QuizExperience, currentId: string, chosen: readonly string[]): string {
  const index = quiz.questions.findIndex((question) => question.id === currentId);
  const question = quiz.questions[index];
  if (!question) return 'end';
  const branch = question.answers.find((answer) => answer.next !== undefined && chosen.includes(answer.id));
  return branch?.next ?? quiz.questions[index + 1]?.id ?? 'end';
}
