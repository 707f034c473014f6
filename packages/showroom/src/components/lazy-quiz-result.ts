import type { ComponentProps } from 'preact';
import { lazyComponent, type LazyComponent } from './lazy-component.js';
import type { QuizResultView } from './quiz-result.js';

/**
 * The quiz's result, in a chunk of its own: the quiz's chunk is fetched before the first model
 * frame, the result only once the quiz has started (QuizPanel preloads it then).
 */
export const LazyQuizResult: LazyComponent<ComponentProps<typeof QuizResultView>> = lazyComponent(() => import('./quiz-result.js').then((m) => m.QuizResultView));
