import { useEffect, useRef, useState } from 'preact/hooks';
import { nextQuestion } from '../config/next-question.js';
import { scoreQuiz, type QuizScore } from '../config/score-quiz.js';
import type { QuizExperience } from '@vitrine/contracts';
import { LazyQuizResult } from './lazy-quiz-result.js';
import { quizPosition } from './quiz-path.js';
import { useShowroom } from './showroom-context.js';
import { safeUrl } from './safe-url.js';
import { addStyles } from '../styles/adopt-styles.js';
import { QUIZ_CSS } from '../styles/quiz-css.js';

addStyles(QUIZ_CSS);

interface Props {
  quiz: QuizExperience;
  /** The result recommends a variant: the shell shows it in the 3D view. */
  onRecommend(variant: string): void;
  /** "See it in 3D": bring the 3D view to the shopper. */
  onShowViewer(): void;
}

/**
 * Think: the quiz. Single choice is a native radio group, multiple choice native checkboxes (the
 * APG patterns, with the browser's own keyboard behaviour), in a fieldset whose legend is the
 * question. Branching, "Question n of m", back, retake, and the result (a chunk of its own).
 */
export function QuizPanel({ quiz, onRecommend, onShowViewer }: Props) {
  const { t, reporter, emit } = useShowroom();
  /** Question ids asked, in order; empty before the start. */
  const [path, setPath] = useState<string[]>([]);
  const [answers, setAnswers] = useState<Record<string, string[]>>({});
  const [score, setScore] = useState<QuizScore>();
  const progress = useRef<HTMLParagraphElement>(null);
  const id = path.at(-1);
  const question = quiz.questions.find((q) => q.id === id);
  const chosen = (id && answers[id]) || [];

  // Each question, a retake's first and the one Back returns to, takes focus (the result its own).
  useEffect(() => {
    if (path.length > 0 && !score) progress.current?.focus();
  }, [path, score]);

  const start = () => {
    setAnswers({});
    setScore(undefined);
    setPath([quiz.questions[0]!.id]);
    // Again after a result: a retake is a second Quiz Started.
    reporter.report('Quiz Started', { question_count: quiz.questions.length });
    LazyQuizResult.preload().catch(() => {}); // a failure shows in the result's place
  };
  const pick = (answerId: string, on: boolean) => {
    if (!question) return;
    const next = question.type === 'single' ? [answerId] : on ? [...chosen, answerId] : chosen.filter((a) => a !== answerId);
    setAnswers({ ...answers, [question.id]: next });
  };
  const next = () => {
    if (!question || chosen.length === 0) return;
    reporter.report('Quiz Answered', { question_id: question.id, question: path.length, answer_ids: chosen });
    const to = nextQuestion(quiz, question.id, chosen);
    if (to !== 'end' && !path.includes(to)) return setPath([...path, to]);
    // Only the answers on the path taken count (a back-and-branch leaves others behind).
    const taken = Object.fromEntries(path.map((q) => [q, answers[q] ?? []]));
    const s = scoreQuiz(quiz, taken);
    setScore(s);
    reporter.report('Quiz Completed', { result_id: s.result.id, ...(s.result.variant && { variant: s.result.variant }), answer_count: path.length });
    reporter.report('Recommendation Viewed', { result_id: s.result.id, ...(s.result.variant && { variant: s.result.variant }) });
    emit('vitrine:quiz-result', { resultId: s.result.id, title: s.result.title, ...(s.result.variant && { variant: s.result.variant }), answers: taken });
    if (s.result.variant) onRecommend(s.result.variant);
  };
  const back = () => (score ? setScore(undefined) : setPath(path.slice(0, -1)));

  if (score) {
    return (
      <section class="quiz" part="quiz" aria-label={t('quizLabel')}>
        <LazyQuizResult quiz={quiz} score={score} onShowViewer={onShowViewer} />
        <div class="row">
          <button onClick={back}>
            {t('quizBack')}
          </button>
          <button onClick={start}>
            {t('quizRestart')}
          </button>
        </div>
      </section>
    );
  }
  if (!question) {
    return (
      <section class="quiz" part="quiz" aria-label={t('quizLabel')}>
        {quiz.title && <h3>{quiz.title}</h3>}
        <div class="row">
          <button class="primary" onClick={start}>
            {t('quizStart')}
          </button>
        </div>
      </section>
    );
  }
  const { n, total } = quizPosition(quiz, path, chosen);
  const last = nextQuestion(quiz, question.id, chosen) === 'end';
  const type = question.type === 'single' ? 'radio' : 'checkbox';
  return (
    <section class="quiz" part="quiz" aria-label={t('quizLabel')}>
      <p ref={progress} tabIndex={-1} part="quiz-progress">
        {t('quizQuestion', { n, total })}
      </p>
      <fieldset key={question.id}>
        <legend>{question.text}</legend>
        <p class="sr">{t(question.type === 'single' ? 'quizChooseOne' : 'quizChooseMany')}</p>
        {question.answers.map((a) => {
          const image = safeUrl(a.image);
          return (
            <label class="answer" part="answer">
              <input
                type={type}
                name={question.id}
                value={a.id}
                checked={chosen.includes(a.id)}
                onChange={(e) => pick(a.id, (e.currentTarget as HTMLInputElement).checked)}
              />
              {image && <img src={image} alt="" />}
              <span>{a.label}</span>
            </label>
          );
        })}
      </fieldset>
      <div class="row">
        <button onClick={back}>
          {t('quizBack')}
        </button>
        <button class="primary" disabled={chosen.length === 0} onClick={next}>
          {t(last ? 'quizSeeResult' : 'quizNext')}
        </button>
      </div>
    </section>
  );
}
