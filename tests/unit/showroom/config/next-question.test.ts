import { describe, expect, it } from 'vitest';
import { nextQuestion } from '../../../../packages/showroom/src/config/next-question.js';
import type { QuizExperience } from '../../../../packages/contracts/src/index.js';

const quiz: QuizExperience = {
  type: 'quiz',
  questions: [
    { id: 'room', text: 'Where?', type: 'single', answers: [
      { id: 'living', label: 'Living room', scores: {} },
      { id: 'studio', label: 'Studio', scores: {}, next: 'light' },
    ] },
    { id: 'style', text: 'Style?', type: 'multiple', answers: [
      { id: 'natural', label: 'Natural', scores: {} },
      { id: 'minimal', label: 'Minimal', scores: {}, next: 'end' },
      { id: 'graphic', label: 'Graphic', scores: {}, next: 'light' },
    ] },
    { id: 'light', text: 'Light?', type: 'single', answers: [
      { id: 'sunny', label: 'Sunny', scores: {} },
      { id: 'soft', label: 'Soft', scores: {} },
    ] },
  ],
  results: [{ id: 'calm', title: 'Calm', text: 'Calm.' }],
};

describe('nextQuestion', () => {
  it.each<[string, string, string[], string]>([
    ['goes to the next question in order when no chosen answer branches', 'room', ['living'], 'style'],
    ['follows the chosen answer\'s next', 'room', ['studio'], 'light'],
    ['ends the quiz when the chosen answer says "end"', 'style', ['minimal'], 'end'],
    ['lets the first branching answer in the question\'s order decide', 'style', ['graphic', 'minimal'], 'end'],
    ['ignores answers that do not branch', 'style', ['natural', 'graphic'], 'light'],
    ['ends after the last question', 'light', ['sunny'], 'end'],
    ['goes on in order when nothing is chosen', 'style', [], 'light'],
    ['ends the quiz for an unknown question id', 'garden', ['living'], 'end'],
  ])('%s', (_, currentId, chosen, next) => {
    expect(nextQuestion(quiz, currentId, chosen)).toBe(next);
  });
});
