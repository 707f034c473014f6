import type { ComponentProps } from 'preact';
import { lazyComponent, type LazyComponent } from './lazy-component.js';
import type { QuizPanel } from './quiz-panel.js';

/** The quiz, in a chunk of its own: the product page shows the 3D view and the story first. */
export const LazyQuizPanel: LazyComponent<ComponentProps<typeof QuizPanel>> = lazyComponent(() => import('./quiz-panel.js').then((m) => m.QuizPanel));
