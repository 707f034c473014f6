import { describe, expect, it } from 'vitest';
import * as config from '../../../../packages/showroom/src/config/index.js';

describe('config/index', () => {
  it('exports the config API, and nothing else', () => {
    expect(Object.keys(config).sort()).toEqual([
      'DEFAULT_STRINGS',
      'applyExperiments',
      'bucketVisitor',
      'buttonTextColor',
      'contrastRatio',
      'formatString',
      'isAllowedUrl',
      'mergePatch',
      'nextQuestion',
      'scoreQuiz',
      'themeContrast',
      'validateConfig',
    ]);
  });
});
