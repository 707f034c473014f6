import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { describeOnBothDatabases } from './hostile-collector.js';
import { figuresOf, storedIds, wellFormed } from './well-formed-traffic.js';

/**
 * Finding 3's mechanism: a request the database refuses for a reason validation cannot know (here
 * a trigger that refuses one messageId) failed every request committed in the same group.
 */
describeOnBothDatabases('a request the database refuses', (start, database) => {
  it('fails alone, with 500 and nothing of it stored, while the requests sent with it are stored', async () => {
    const lines: string[] = [];
    const collector = await start({ log: (line) => lines.push(line) });
    if (database === 'SQLite') {
      const db = new Database(collector.dbPath);
      db.exec("CREATE TRIGGER refuse_poison BEFORE INSERT ON events WHEN NEW.message_id = 'poison' BEGIN SELECT RAISE(ABORT, 'poison refused'); END");
      db.close();
    } else {
      await collector.query("CREATE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'poison refused'; END $$");
      await collector.query("CREATE TRIGGER refuse_poison BEFORE INSERT ON events FOR EACH ROW WHEN (NEW.message_id = 'poison') EXECUTE FUNCTION refuse_poison()");
    }
    const requests = [
      { batch: [wellFormed('v-1', 'ok-1'), wellFormed('v-1', 'ok-2', 1)] },
      { batch: [wellFormed('v-bad', 'fine-but-sent-with-poison'), wellFormed('v-bad', 'poison', 1)] },
      { batch: [wellFormed('v-2', 'ok-3', 5)] },
    ];
    const answers = await Promise.all(requests.map((body) => collector.send(body)));
    expect(answers.map((answer) => answer.status)).toEqual([200, 500, 200]);
    // The server's answer says what happened without its internals; the log has them.
    expect(answers[1]!.body).toEqual({ error: 'internal error; the request was not stored' });
    expect(lines.some((line) => line.includes('poison refused'))).toBe(true);
    expect(await storedIds(collector)).toEqual(['ok-1', 'ok-2', 'ok-3']);

    const baseline = await start();
    for (const body of [requests[0]!, requests[2]!]) await baseline.send(body);
    expect(await figuresOf(collector)).toBe(await figuresOf(baseline));
  });
});
