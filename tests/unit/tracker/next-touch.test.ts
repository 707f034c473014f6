import { describe, expect, it } from 'vitest';
import { nextTouch } from '../../../packages/tracker/src/next-touch.js';

const email = { campaign: { source: 'newsletter', medium: 'email' } };
const ad = { campaign: { source: 'google', medium: 'cpc' }, clickIds: { gclid: 'x' } };
const s1 = 1_000;
const s2 = 2_000;

describe('nextTouch', () => {
  it.each([
    ['starts the first session with the landing’s touch', undefined, s1, email, { id: s1, touch: email }],
    ['starts the first session without a campaign when the landing has none', undefined, s1, undefined, { id: s1, touch: {} }],
    ['keeps the landing’s touch on a later page of the session without utm', { id: s1, touch: email }, s1, undefined, { id: s1, touch: email }],
    ['starts a new touch when a new campaign lands mid-session', { id: s1, touch: email }, s1, ad, { id: s1, touch: ad }],
    ['starts a new session without the last session’s campaign', { id: s1, touch: email }, s2, undefined, { id: s2, touch: {} }],
    ['starts a new session with its own landing’s campaign', { id: s1, touch: email }, s2, ad, { id: s2, touch: ad }],
    ['replaces what storage held that is no session touch', 5 as never, s1, undefined, { id: s1, touch: {} }],
    ['replaces a null read from storage', null, s1, email, { id: s1, touch: email }],
  ])('%s', (_, current, sessionId, landing, expected) => {
    expect(nextTouch(current, sessionId, landing)).toEqual(expected);
  });

});
