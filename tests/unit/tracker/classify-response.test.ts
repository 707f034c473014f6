import { describe, expect, it } from 'vitest';
import { classifyResponse } from '../../../packages/tracker/src/classify-response.js';

describe('classifyResponse', () => {
  it.each([
    [200, 'sent'],
    [204, 'sent'],
    [0, 'retry'],
    [408, 'retry'],
    [429, 'retry'],
    [500, 'retry'],
    [503, 'retry'],
    [400, 'reject'],
    [401, 'reject'],
    [413, 'reject'],
    [301, 'reject'],
  ])('answers %i with %s', (status, outcome) => {
    expect(classifyResponse(status)).toBe(outcome);
  });
});
