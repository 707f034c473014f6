import { useState, type MutableRef } from 'preact/hooks';
import type { QuizScore } from '../config/score-quiz.js';
import type { QuizExperience } from '@vitrine/contracts';
import { CopyButton } from './copy-button.js';
import { useShowroom } from './showroom-context.js';
import { safeUrl } from './safe-url.js';

interface Props {
  quiz: QuizExperience;
  score: QuizScore;
  answers: Record<string, string[]>;
  heading: MutableRef<HTMLHeadingElement | null>;
  onShowViewer(): void;
}

/** The quiz's result: the match, why (the answers that led to it), its variant in 3D, an incentive. */
export function QuizResultView({ quiz, score, heading, onShowViewer }: Props) {
  const { t, reporter, emit } = useShowroom();
  const [revealed, setRevealed] = useState(false);
  const { result } = score;
  const label = (questionId: string, answerId: string) =>
    quiz.questions.find((q) => q.id === questionId)?.answers.find((a) => a.id === answerId)?.label ?? answerId;
  const href = safeUrl(result.cta?.href);
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
      <div class="row">
        {result.variant && (
          <button onClick={onShowViewer}>
            {t('quizShowVariant')}
          </button>
        )}
        {result.cta && href && (
          <a
            class="btn primary"
            href={href}
            data-module="act"
            onClick={(e) => {
              const { label } = result.cta!;
              reporter.report('CTA Clicked', { label, href, source: 'quiz' });
              if (!emit('vitrine:cta', { label, href, source: 'quiz', ...(result.variant && { variant: result.variant }) }, true)) e.preventDefault();
            }}
          >
            {result.cta.label}
          </a>
        )}
      </div>
      {result.incentive &&
        (revealed ? (
          <div class="row" part="incentive">
            <span>{result.incentive.label}</span>
            <span class="code">{t('incentiveCode', { code: result.incentive.code })}</span>
            <CopyButton text={result.incentive.code} label={t('copyCode')} done={t('codeCopied')} />
          </div>
        ) : (
          <button
           
            class="primary"
            onClick={() => {
              setRevealed(true);
              reporter.report('Incentive Revealed', { result_id: result.id, label: result.incentive!.label });
            }}
          >
            {t('incentiveReveal')}
          </button>
        ))}
    </div>
  );
}
