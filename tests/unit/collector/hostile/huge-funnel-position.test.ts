import { expect, it } from 'vitest';
import { describeOnBothDatabases } from './hostile-collector.js';
import { ATTACK_TIMEOUT, expectNoHarm, ignoredCounts, rollupRows, runAttack } from './run-attack.js';
import { showroomEvent, withoutProperty } from './well-formed-traffic.js';

// Finding 1: one Quiz Answered at question 100000 (or a story page 100000) grew the funnel cube
// by 198,000 rows, stalled ingest for seconds and made /api/metrics answer 13.7 MB.
describeOnBothDatabases('a funnel position far past any config (finding 1)', (start) => {
  it('stores question 100000 and page 100000 as sent, answers 200, counts and logs them, and changes no figure or rollup row', async () => {
    const quiz = showroomEvent('attacker', 5, 'Quiz Answered', { module: 'think', question: 100_000, question_id: 'room', answer_ids: ['living'] });
    const page = showroomEvent('attacker', 6, 'Story Page Viewed', { module: 'feel', page: 100_000 });
    const fine = showroomEvent('attacker', 7, 'Hotspot Opened');
    const attacked = await runAttack(start, [{ batch: [quiz] }, { batch: [fine, page] }]);
    const twin = await runAttack(start, [{ batch: [withoutProperty(quiz, 'question')] }, { batch: [fine, withoutProperty(page, 'page')] }]);

    expect(attacked.hostile).toEqual([200, 200]);
    const raw = await attacked.collector.query<{ json: string }>('SELECT json FROM events WHERE message_id = ? OR message_id = ? ORDER BY message_id', [quiz['messageId'] as string, page['messageId'] as string]);
    expect(raw.map((row) => JSON.parse(row.json) as unknown)).toEqual([quiz, page]);
    expect(await ignoredCounts(attacked.collector)).toMatchObject({ quiz_position: 1, story_page: 1 });
    expect(Object.values(await ignoredCounts(twin.collector)).every((count) => count === 0)).toBe(true);
    expect(attacked.log).toEqual(
      expect.arrayContaining([
        'ingest: 1 value out of bounds (stored as sent, not counted as sent): batch[0].properties.question (quiz_position)',
        'ingest: 1 value out of bounds (stored as sent, not counted as sent): batch[1].properties.page (story_page)',
      ]),
    );
    await expectNoHarm(attacked, twin);
    // The well-formed quiz reached q2 and the story page 2: nothing more is kept.
    expect((await rollupRows(attacked.collector))['rollup_step_cube']!.length).toBeLessThan(100);
  }, ATTACK_TIMEOUT);
});
