import type { EventRow } from '../../../../packages/collector/src/sql/event-row.js';
import { showroomRow } from '../rollups/showroom-row.js';

const t = (day: number, hour: number, minute = 0): number => Date.UTC(2024, 4, day, hour, minute);

/**
 * Three visitors over 2024-05-01 and 02 (UTC), every figure of which is worked out by hand in
 * query-metrics.test.ts. A: two visits a day apart, the quiz to its CTA then the story; B: late on
 * the 1st UTC (already the 2nd in Paris), the other arm, drops out of the quiz; C: another showroom.
 */
export function visitFixture(): EventRow[] {
  const a = { visitor: 'A', userId: 'user-a', experiments: { 'cta-wording': 'control' } };
  const b = { visitor: 'B', userId: 'user-b', experiments: { 'cta-wording': 'try-at-home' } };
  const c = { visitor: 'C', showroom: 'lamp', experiments: {} };
  return [
    showroomRow('Showroom Loaded', t(1, 10), a),
    showroomRow('Showroom Viewed', t(1, 10), a),
    showroomRow('Experiment Viewed', t(1, 10), { ...a, experiment_id: 'cta-wording', arm_id: 'control' }),
    showroomRow('Hotspot Opened', t(1, 10, 1), a),
    showroomRow('Engaged Time', t(1, 10, 2), { ...a, ms: 2000 }),
    showroomRow('Quiz Started', t(1, 10, 3), { ...a, module: 'think' }),
    showroomRow('Quiz Answered', t(1, 10, 4), { ...a, module: 'think', question: 1, question_id: 'room', answer_ids: ['nook'] }),
    showroomRow('Quiz Answered', t(1, 10, 5), { ...a, module: 'think', question: 2, question_id: 'style', answer_ids: ['cosy'] }),
    showroomRow('Quiz Completed', t(1, 10, 6), { ...a, module: 'think' }),
    showroomRow('Engaged Time', t(1, 10, 7), { ...a, module: 'think', ms: 3000 }),
    showroomRow('CTA Clicked', t(1, 10, 8), { ...a, module: 'act', source: 'quiz' }),

    showroomRow('Showroom Loaded', t(2, 10), a),
    showroomRow('Showroom Viewed', t(2, 10), a),
    showroomRow('Story Page Viewed', t(2, 10, 1), { ...a, module: 'feel', page: 1 }),
    showroomRow('Story Page Viewed', t(2, 10, 2), { ...a, module: 'feel', page: 2 }),
    showroomRow('Story Completed', t(2, 10, 2), { ...a, module: 'feel' }),
    showroomRow('Engaged Time', t(2, 10, 3), { ...a, module: 'feel', ms: 1000 }),

    showroomRow('Showroom Loaded', t(1, 23, 30), b),
    showroomRow('Experiment Viewed', t(1, 23, 30), { ...b, experiment_id: 'cta-wording', arm_id: 'try-at-home' }),
    showroomRow('Quiz Started', t(1, 23, 31), { ...b, module: 'think' }),
    showroomRow('Quiz Answered', t(1, 23, 32), { ...b, module: 'think', question: 1, question_id: 'room', answer_ids: ['desk'] }),
    showroomRow('Engaged Time', t(1, 23, 33), { ...b, module: 'think', ms: 500 }),

    showroomRow('Showroom Loaded', t(2, 12), c),
    showroomRow('Showroom Viewed', t(2, 12), c),
    showroomRow('Variant Selected', t(2, 12, 1), c),
  ];
}

/** A minute after C's last event: only C is live. */
export const FIXTURE_NOW = t(2, 12, 2);
