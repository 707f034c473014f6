import { describe, expect, it } from 'vitest';
import { scoreQuiz } from '../../../../packages/showroom/src/config/score-quiz.js';
import type { QuizExperience } from '../../../../packages/contracts/src/index.js';
import { asterChairConfig } from '../../contracts/config/aster-chair.js';

const quiz = asterChairConfig().experiences.find((experience): experience is QuizExperience => experience.type === 'quiz');
if (!quiz) throw new Error('the fixture has a quiz');

describe('scoreQuiz', () => {
  it.each<[string, Record<string, string[]>, string, Record<string, number>]>([
    ['a calm, green home', { room: ['living'], style: ['natural', 'bright'], light: ['sunny'] }, 'calm', { calm: 6, warm: 2, bold: 1 }],
    ['a cosy reading nook', { room: ['reading-nook'], style: ['cosy'], light: ['soft'] }, 'warm', { calm: 0, warm: 5, bold: 0 }],
    ['a graphic studio (branching past the style question)', { room: ['studio'], light: ['evening'] }, 'bold', { calm: 0, warm: 1, bold: 4 }],
    ['no answers at all (a tie: the first result)', {}, 'calm', { calm: 0, warm: 0, bold: 0 }],
    ['a tie between warm and bold (the earlier result)', { room: ['reading-nook'], light: ['evening'] }, 'warm', { calm: 0, warm: 3, bold: 2 }],
    ['an exact tie between calm and warm (the earlier result)', { room: ['living'], style: ['cosy'], light: ['sunny'] }, 'calm', { calm: 3, warm: 3, bold: 1 }],
  ])('recommends the right result for %s', (_, answers, resultId, totals) => {
    const score = scoreQuiz(quiz, answers);
    expect(score.result.id).toBe(resultId);
    expect(score.totals).toEqual(totals);
  });

  it('explains the result with the answers that added to it, biggest first', () => {
    const score = scoreQuiz(quiz, { room: ['living'], style: ['natural', 'bright', 'cosy'], light: ['sunny'] });
    expect(score.result.id).toBe('calm');
    expect(score.reasons).toEqual([
      { questionId: 'room', answerId: 'living', weight: 2 },
      { questionId: 'style', answerId: 'natural', weight: 2 },
      { questionId: 'style', answerId: 'bright', weight: 1 },
      { questionId: 'light', answerId: 'sunny', weight: 1 },
    ]);
  });

  it.each<[string, Record<string, string[]>, Record<string, number>]>([
    ['answers the quiz does not have', { room: ['garden'], nope: ['x'] }, { calm: 0, warm: 0, bold: 0 }],
    ['a second choice on a single-choice question', { room: ['reading-nook', 'studio'] }, { calm: 0, warm: 2, bold: 0 }],
    ['the same answer twice', { style: ['graphic', 'graphic'] }, { calm: 0, warm: 0, bold: 3 }],
    ['keys that name Object.prototype', JSON.parse('{"__proto__": ["living"], "constructor": ["living"], "toString": []}'), { calm: 0, warm: 0, bold: 0 }],
  ])('ignores %s', (_, answers, totals) => {
    expect(scoreQuiz(quiz, answers).totals).toEqual(totals);
  });
});
