// Misuse of the vocabulary fails to compile: `tsc -b` (part of `npm test`) checks every @ts-expect-error.
import { describe, expect, it } from 'vitest';
import type { EventModuleOf, ModuleByFirstWord, ModuleEventName, ShowroomEvents } from '../../../../packages/contracts/src/index.js';

const WORDS: ModuleByFirstWord = {
  Model: 'sense',
  Hotspot: 'sense',
  Variant: 'sense',
  AR: 'act',
  CTA: 'act',
  Story: 'feel',
  Quiz: 'think',
  Recommendation: 'think',
  Incentive: 'think',
  Shared: 'relate',
};

describe('the vocabulary’s types', () => {
  it('reject a module table that disagrees with EVENT_VOCABULARY, and events it does not name', () => {
    // @ts-expect-error AR Launched is an act event, not a sense one
    const arAsSense: ModuleByFirstWord = { ...WORDS, AR: 'sense' };
    const { Shared: _shared, ...withoutShared } = WORDS;
    // @ts-expect-error every word of the vocabulary needs its module
    const missing: ModuleByFirstWord = withoutShared;
    // @ts-expect-error widget-wide events (Showroom Loaded) take the first experience's module: no entry
    const widget: ModuleByFirstWord = { ...WORDS, Showroom: 'sense' };
    const ar: EventModuleOf<'AR Launched'> = 'act';
    // @ts-expect-error Engaged Time is filed where the time was spent, not under one module
    const engaged: ModuleEventName = 'Engaged Time';
    // @ts-expect-error Quiz Answered's question is its 1-based position, a number
    const answer: ShowroomEvents['Quiz Answered'] = { question_id: 'room', question: 'first', answer_ids: [] };
    expect([arAsSense, missing, widget, ar, engaged, answer]).toHaveLength(6);
  });
});
