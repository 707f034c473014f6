import { useEffect, useRef } from 'preact/hooks';
import type { QuizScore } from '../config/score-quiz.js';
import type { QuizExperience } from '@vitrine/contracts';
import { IncentiveCard } from './incentive-card.js';
import { ResultProduct } from './result-product.js';
import { useShowroom } from './showroom-context.js';
import { addStyles } from '../styles/adopt-styles.js';
import { QUIZ_RESULT_CSS } from '../styles/quiz-result-css.js';

addStyles(QUIZ_RESULT_CSS);

interface Props {
  quiz: QuizExperience;
  score: QuizScore;
  onShowViewer(): void;
}

/**
 * The quiz's result: the match, why (the answers that led to it), the recommended variant as a
 * product card to act on, and its incentive. In a chunk of its own (lazy-quiz-result.ts).
 */
export function QuizResultView({ quiz, score, onShowViewer }: Props) {
  const { t } = useShowroom();
  const heading = useRef<HTMLHeadingElement>(null);
  // "See my match" is gone with the last question: the result takes focus as it arrives.
  useEffect(() => heading.current?.focus(), []);
  const { result } = score;
  const label = (questionId: string, answerId: string) =>
    quiz.questions.find((q) => q.id === questionId)?.answers.find((a) => a.id === answerId)?.label ?? answerId;
  return (
    <div class="result" part="quiz-result">
      <p>{t('quizResultLabel')}</p>
      <h3 ref={heading} tabIndex={-1}>
        {result.title}
      </h3>
      <p>{result.text}</p>
      {score.reasons.length > 0 && (
        <details>
          <summary>{t('quizWhy')}</summary>
          <p>{t('quizWhyIntro')}</p>
          <ul>
            {score.reasons.map((r) => (
              <li>{label(r.questionId, r.answerId)}</li>
            ))}
          </ul>
        </details>
      )}
      <ResultProduct result={result} onShowViewer={onShowViewer} />
      {result.incentive && <IncentiveCard resultId={result.id} incentive={result.incentive} />}
    </div>
  );
}
