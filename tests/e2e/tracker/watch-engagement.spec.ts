import { EVERY_ENGINE, expect, test } from '../support/engine-fixtures.js';

test.describe('engaged time', EVERY_ENGINE, () => {
  test('reports an Engaged Time event with ms > 0 after clicks, when the page is left', async ({ tracker, waitForRows }) => {
    await tracker.open();
    for (let click = 0; click < 3; click++) {
      await tracker.tab.click('#engage');
      await new Promise((resolve) => setTimeout(resolve, 200)); // let engaged time pass between interactions
    }
    await tracker.leave();
    await tracker.open();
    const rows = await waitForRows(1, { event: 'Engaged Time' });
    const ms = rows.map((r) => r.properties['ms']);
    expect(ms.every((n) => typeof n === 'number' && n > 0), `Engaged Time ms: ${ms.join(', ')}`).toBe(true);
    // Three clicks 200 ms apart, then 200 ms more: at least 600 ms engaged; allow for clock slack.
    expect((ms as number[]).reduce((a, b) => a + b, 0), 'total engaged ms').toBeGreaterThanOrEqual(400);
  });
});
