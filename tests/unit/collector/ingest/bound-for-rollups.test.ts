import { describe, expect, it } from 'vitest';
import { boundForRollups } from '../../../../packages/collector/src/ingest/bound-for-rollups.js';

const H = 3_600_000;
const id64 = 'a'.repeat(64);
const manyExperiments = Object.fromEntries(Array.from({ length: 11 }, (_, n) => [`e${n}`, 'a']));
const tenExperiments = Object.fromEntries(Array.from({ length: 10 }, (_, n) => [`e${n}`, 'a']));

describe('boundForRollups', () => {
  it.each<[string, string, Record<string, unknown>, Record<string, unknown>, [string, string][]]>([
    // [case, event, properties, properties the rollups read, [field, reason] left out]
    ['keeps a quiz answer at the last position a config allows', 'Quiz Answered', { question: 20, question_id: 'room', answer_ids: ['a', 'b'] }, { question: 20, question_id: 'room', answer_ids: ['a', 'b'] }, []],
    ['leaves out question 21', 'Quiz Answered', { question: 21, question_id: 'room' }, { question_id: 'room' }, [['question', 'quiz_position']]],
    ['leaves out question 100000', 'Quiz Answered', { question: 100_000 }, {}, [['question', 'quiz_position']]],
    ['leaves out question 0', 'Quiz Answered', { question: 0 }, {}, [['question', 'quiz_position']]],
    ['leaves out a fractional question', 'Quiz Answered', { question: 1.5 }, {}, [['question', 'quiz_position']]],
    ['leaves out a question given as text', 'Quiz Answered', { question: '3' }, {}, [['question', 'quiz_position']]],
    ['leaves out 13 answer ids', 'Quiz Answered', { question: 1, answer_ids: Array.from({ length: 13 }, (_, n) => `a${n}`) }, { question: 1 }, [['answer_ids', 'quiz_answers']]],
    ['leaves out answer ids that are not a list', 'Quiz Answered', { question: 1, answer_ids: 'a' }, { question: 1 }, [['answer_ids', 'quiz_answers']]],
    ['keeps the valid answer ids among markup', 'Quiz Answered', { question: 1, answer_ids: ['ok', '<b>x</b>'] }, { question: 1, answer_ids: ['ok'] }, [['answer_ids', 'ids']]],
    ['leaves out a question id of 65 characters', 'Quiz Answered', { question: 1, question_id: `${id64}a` }, { question: 1 }, [['question_id', 'ids']]],
    ['reads `question` only on Quiz Answered', 'CTA Clicked', { question: 100_000 }, { question: 100_000 }, []],
    ['keeps story page 20', 'Story Page Viewed', { page: 20 }, { page: 20 }, []],
    ['leaves out story page 21', 'Story Page Viewed', { page: 21 }, {}, [['page', 'story_page']]],
    ['leaves out story page 100000', 'Story Page Viewed', { page: 100_000 }, {}, [['page', 'story_page']]],
    ['keeps 6 h of engaged time', 'Engaged Time', { ms: 6 * H }, { ms: 6 * H }, []],
    ['keeps 0 ms', 'Engaged Time', { ms: 0 }, { ms: 0 }, []],
    ['leaves out 6 h and 1 ms', 'Engaged Time', { ms: 6 * H + 1 }, {}, [['ms', 'engaged_ms']]],
    ['leaves out ms near 2^63', 'Engaged Time', { ms: 9_223_372_036_854_774_000 }, {}, [['ms', 'engaged_ms']]],
    ['leaves out ms 1e308', 'Engaged Time', { ms: 1e308 }, {}, [['ms', 'engaged_ms']]],
    ['leaves out negative ms', 'Engaged Time', { ms: -5 }, {}, [['ms', 'engaged_ms']]],
    ['leaves out ms given as text', 'Engaged Time', { ms: '100' }, {}, [['ms', 'engaged_ms']]],
    ['keeps 10 experiments', 'Showroom Viewed', { experiments: tenExperiments }, { experiments: tenExperiments }, []],
    ['leaves out all of 11 experiments', 'Showroom Viewed', { experiments: manyExperiments }, {}, [['experiments', 'experiments']]],
    ['leaves out an experiments list', 'Showroom Viewed', { experiments: ['a'] }, {}, [['experiments', 'experiments']]],
    ['keeps the experiments whose ids a config allows', 'Showroom Viewed', { experiments: { ok: 'b', 'Bad Id': 'b', fine: 7 } }, { experiments: { ok: 'b' } }, [['experiments', 'ids']]],
    ['keeps a 64-character showroom id', 'Showroom Viewed', { showroom_id: id64 }, { showroom_id: id64 }, []],
    ['leaves out a 65-character showroom id', 'Showroom Viewed', { showroom_id: `${id64}a` }, {}, [['showroom_id', 'ids']]],
    ['leaves out a showroom id with markup', 'Showroom Viewed', { showroom_id: '<img src=x>' }, {}, [['showroom_id', 'ids']]],
    ['leaves out both ids of an exposure when one is not an id', 'Experiment Viewed', { experiment_id: 'cta', arm_id: 'B' }, {}, [['experiment_id', 'ids']]],
    ['keeps a well-formed exposure', 'Experiment Viewed', { experiment_id: 'cta', arm_id: 'b' }, { experiment_id: 'cta', arm_id: 'b' }, []],
    ['treats null as absent', 'Engaged Time', { ms: null, experiments: null, showroom_id: null }, { ms: null, experiments: null, showroom_id: null }, []],
  ])('%s', (_case, event, properties, read, ignored) => {
    const bounded = boundForRollups(event, properties);
    expect(bounded.properties).toEqual(read);
    expect(bounded.ignored.map(({ field, reason }) => [field, reason])).toEqual(ignored);
  });

  it('returns the properties themselves when nothing is out of bounds, and never changes them', () => {
    const properties = { showroom_id: 'chair', experiments: { cta: 'b' }, ms: 1000 };
    expect(boundForRollups('Engaged Time', properties).properties).toBe(properties);
    const hostile = { showroom_id: 'chair', ms: 1e308 };
    boundForRollups('Engaged Time', hostile);
    expect(hostile).toEqual({ showroom_id: 'chair', ms: 1e308 });
  });
});
