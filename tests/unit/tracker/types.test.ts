// Misuse of the API fails to compile: `tsc -b` (part of `npm test`) checks every @ts-expect-error.
import { describe, expect, it } from 'vitest';
import type { Message, Stats, Tracker, TrackerOptions } from '../../../packages/tracker/src/index.js';

declare const tracker: Tracker;

describe('@vitrine/tracker types', () => {
  it('reject misuse at compile time', () => {
    const options: TrackerOptions = { endpoint: '/v1/batch', consent: 'pending', writeKeyAs: 'basic' };
    // @ts-expect-error endpoint is required
    const noEndpoint: TrackerOptions = { writeKey: 'k' };
    // @ts-expect-error consent is 'granted' | 'pending' | 'denied'
    const badConsent: TrackerOptions = { endpoint: '/b', consent: 'yes' };
    // @ts-expect-error flushAt is a number of events
    const badFlushAt: TrackerOptions = { endpoint: '/b', flushAt: '20' };
    const use = () => {
      // @ts-expect-error property values must be JSON
      tracker.track('Quiz Answered', { at: new Date() });
      // @ts-expect-error an event name is a string
      tracker.track(42);
      // @ts-expect-error setConsent takes a consent state
      tracker.setConsent(true);
    };
    const drop: NonNullable<TrackerOptions['beforeSend']> = (message: Message) => (message.event === 'x' ? null : message);
    const dropped: keyof Stats['dropped'] = 'oversize';
    expect([options, noEndpoint, badConsent, badFlushAt, use, drop, dropped]).toHaveLength(7);
  });
});
