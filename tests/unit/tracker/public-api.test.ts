import { describe, expect, it } from 'vitest';
import * as tracker from '../../../packages/tracker/src/index.js';

describe('@vitrine/tracker public API', () => {
  it('exports exactly what the README documents', () => {
    expect(Object.keys(tracker).sort()).toEqual(['DEFAULTS', 'MAX_EVENT_BYTES', 'VitrineError', 'createEngagedTimer', 'createTracker', 'deferDelivery', 'installGlobal', 'startTracker']);
  });
});
