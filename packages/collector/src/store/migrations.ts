/**
 * The schema, as the ordered steps that build it. Each step is a list of statements both SQLite
 * and PostgreSQL accept (run one at a time, inside the migration's transaction); append a step,
 * never edit a shipped one. Times are ms since the epoch (BIGINT); JSON columns hold text.
 */
export interface Migration {
  version: number;
  statements: readonly string[];
  /** Rebuild the rollups from the raw events once the statements have run. */
  rebuildRollups?: boolean;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    statements: [
      `CREATE TABLE IF NOT EXISTS events (
        message_id TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        event TEXT,
        anonymous_id TEXT,
        user_id TEXT,
        session_id TEXT,
        write_key TEXT,
        timestamp BIGINT NOT NULL,
        original_timestamp TEXT,
        sent_at TEXT,
        received_at BIGINT NOT NULL,
        properties TEXT,
        context TEXT,
        json TEXT NOT NULL
      )`,
      'CREATE INDEX IF NOT EXISTS events_timestamp ON events (timestamp)',
      'CREATE INDEX IF NOT EXISTS events_anonymous_id ON events (anonymous_id)',
    ],
  },
  {
    // Rollups kept at ingest (see rollups/): one row per visit, per visit and showroom, per visit,
    // showroom and module, per funnel step reached, and per visitor's experiment arm. `bucket` is
    // the visit's start floored to 15 minutes, so any real time zone's days are whole buckets.
    version: 2,
    rebuildRollups: true,
    statements: [
      'CREATE INDEX IF NOT EXISTS events_visitor_time ON events (anonymous_id, timestamp)',
      'CREATE INDEX IF NOT EXISTS events_user_id ON events (user_id)',
      // One row per visitor: PostgreSQL writers lock it (FOR UPDATE) while they change its rollups.
      'CREATE TABLE IF NOT EXISTS rollup_visitors (visitor TEXT PRIMARY KEY)',
      `CREATE TABLE IF NOT EXISTS rollup_visits (
        visitor TEXT NOT NULL,
        start_ts BIGINT NOT NULL,
        end_ts BIGINT NOT NULL,
        bucket BIGINT NOT NULL,
        PRIMARY KEY (visitor, start_ts)
      )`,
      'CREATE INDEX IF NOT EXISTS rollup_visits_bucket ON rollup_visits (bucket, visitor)',
      'CREATE INDEX IF NOT EXISTS rollup_visits_end ON rollup_visits (end_ts)',
      `CREATE TABLE IF NOT EXISTS rollup_sessions (
        visitor TEXT NOT NULL,
        start_ts BIGINT NOT NULL,
        showroom_id TEXT NOT NULL,
        bucket BIGINT NOT NULL,
        end_ts BIGINT NOT NULL,
        loads INTEGER NOT NULL,
        views INTEGER NOT NULL,
        PRIMARY KEY (visitor, start_ts, showroom_id)
      )`,
      'CREATE INDEX IF NOT EXISTS rollup_sessions_bucket ON rollup_sessions (bucket, showroom_id)',
      'CREATE INDEX IF NOT EXISTS rollup_sessions_end ON rollup_sessions (end_ts)',
      `CREATE TABLE IF NOT EXISTS rollup_modules (
        visitor TEXT NOT NULL,
        start_ts BIGINT NOT NULL,
        showroom_id TEXT NOT NULL,
        module TEXT NOT NULL,
        bucket BIGINT NOT NULL,
        engaged_ms BIGINT NOT NULL,
        interactions INTEGER NOT NULL,
        hotspots INTEGER NOT NULL,
        variants INTEGER NOT NULL,
        ar INTEGER NOT NULL,
        cta INTEGER NOT NULL,
        shared INTEGER NOT NULL,
        quiz_completed INTEGER NOT NULL,
        story_completed INTEGER NOT NULL,
        PRIMARY KEY (visitor, start_ts, showroom_id, module)
      )`,
      'CREATE INDEX IF NOT EXISTS rollup_modules_bucket ON rollup_modules (bucket, showroom_id)',
      `CREATE TABLE IF NOT EXISTS rollup_steps (
        visitor TEXT NOT NULL,
        start_ts BIGINT NOT NULL,
        showroom_id TEXT NOT NULL,
        step TEXT NOT NULL,
        question_id TEXT NOT NULL,
        answer_id TEXT NOT NULL,
        bucket BIGINT NOT NULL,
        PRIMARY KEY (visitor, start_ts, showroom_id, step, question_id, answer_id)
      )`,
      'CREATE INDEX IF NOT EXISTS rollup_steps_bucket ON rollup_steps (bucket, showroom_id)',
      `CREATE TABLE IF NOT EXISTS rollup_exposures (
        visitor TEXT NOT NULL,
        experiment_id TEXT NOT NULL,
        arm_id TEXT NOT NULL,
        showroom_id TEXT NOT NULL,
        first_ts BIGINT NOT NULL,
        exposed INTEGER NOT NULL,
        PRIMARY KEY (visitor, experiment_id, arm_id)
      )`,
      'CREATE INDEX IF NOT EXISTS rollup_exposures_arm ON rollup_exposures (experiment_id, arm_id, visitor)',
    ],
  },
];

/** The version a database has once every migration ran. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
