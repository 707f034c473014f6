import { describe, expect, it } from 'vitest';
import * as contracts from '../../../packages/contracts/src/index.js';

describe('@vitrine/contracts public API', () => {
  it('exports exactly the documented values (everything else is a type)', () => {
    expect(Object.keys(contracts).sort()).toEqual([
      'CHANNELS',
      'COMMERCE_EVENTS',
      'DEFAULT_STRINGS',
      'EVENT_VOCABULARY',
      'EXPERIMENT_METRICS',
      'MESSAGE_TYPES',
      'MODULES',
      'applyExperiments',
      'applyExperimentsQuietly',
      'bucketVisitor',
      'checkConfig',
      'checkConfigQuietly',
      'classifyChannel',
      'contrastRatio',
      'describeFault',
      'inAudience',
      'isAllowedUrl',
      'isCommerceEvent',
      'isShowroomEvent',
      'landingOf',
      'mergePatch',
      'shipArm',
      'themeContrast',
      'touchFromLanding',
      'validateConfig',
    ]);
  });
});
