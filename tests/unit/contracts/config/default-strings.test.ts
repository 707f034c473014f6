import { describe, expect, it } from 'vitest';
import { DEFAULT_STRINGS } from '../../../../packages/contracts/src/config/default-strings.js';

describe('DEFAULT_STRINGS', () => {
  it.each([
    ['rotateLeft', 'Turn left'],
    ['loadFailed', 'The 3D view could not load.'],
    ['storyPage', 'Page {n} of {total}'],
    ['quizQuestion', 'Question {n} of {total}'],
    ['quizWhy', 'Why this?'],
    ['ar', 'View in your room'],
    ['variants', 'Colours'],
    ['invalidConfig', 'This showroom is unavailable.'],
  ] as const)('says %s as %j', (key, text) => {
    expect(DEFAULT_STRINGS[key]).toBe(text);
  });

  it('covers the viewer, story, quiz, incentive, CTA, AR and share UI', () => {
    for (const key of ['zoomIn', 'zoomOut', 'resetView', 'loading', 'noWebgl', 'storyPause', 'storyPlay', 'storyNext', 'storyPrevious',
      'quizStart', 'quizBack', 'quizNext', 'quizRestart', 'quizSeeResult', 'incentiveReveal', 'copyCode', 'share', 'linkCopied', 'closeHotspot']) {
      expect(DEFAULT_STRINGS).toHaveProperty(key);
    }
  });

  it('has only non-empty texts, with placeholders in {name} form only', () => {
    for (const text of Object.values(DEFAULT_STRINGS)) {
      expect(text.trim()).not.toBe('');
      expect(text.replace(/\{[A-Za-z]+\}/g, '')).not.toMatch(/[{}]/);
    }
  });
});
