/**
 * The schema, as the ordered steps that build it. Each step is a list of statements both SQLite
 * and PostgreSQL accept (run one at a time, inside the migration's transaction); append a step,
 * never edit a shipped one. Times are ms since the epoch (BIGINT); JSON columns hold text.
 */
export interface Migration {
  version: number;
  statements: readonly string[];
  /** Statements for SQLite only (storage layout PostgreSQL has no equivalent of), after `statements`. */
  sqliteStatements?: readonly string[];
  /** Statements for PostgreSQL only (where it can change in place what SQLite must copy), after `statements`. */
  postgresStatements?: readonly string[];
  /** Rebuild the rollups from the raw events once the statements have run. */
  rebuildRollups?: boolean;
}

/** The fact and cube columns as of version 3 (see rollups/fact-columns.ts for their meaning). */
const V3_FACT_COLUMNS = [
  'loads',
  'views',
  'engaged_ms',
  'interactions',
  'cta',
  'hotspots',
  'variants',
  'ar',
  'shared',
  'quiz_completed',
  'story_completed',
  'quiz_starts',
  'quiz_cta',
  'engaged_ms_sense',
  'engaged_ms_feel',
  'engaged_ms_think',
  'engaged_ms_act',
  'engaged_ms_relate',
  'interactions_sense',
  'interactions_feel',
  'interactions_think',
  'interactions_act',
  'interactions_relate',
  'quiz_answered',
  'story_page',
];
// A cube row sums visits: their count, the engaged ones (in all and per module), and every fact
// but the two furthest-reached positions, which are not sums.
const V3_CUBE_COLUMNS = [
  'visits',
  'engaged_sessions',
  ...['sense', 'feel', 'think', 'act', 'relate'].map((module) => `engaged_sessions_${module}`),
  ...V3_FACT_COLUMNS.filter((column) => column !== 'quiz_answered' && column !== 'story_page'),
];

/** The events table from version 7: as in version 1, without the primary key on message_id. */
const EVENTS_V7_COLUMNS = `message_id TEXT NOT NULL, type TEXT NOT NULL, event TEXT, anonymous_id TEXT, user_id TEXT,
  session_id TEXT, write_key TEXT, timestamp BIGINT NOT NULL, original_timestamp TEXT, sent_at TEXT,
  received_at BIGINT NOT NULL, properties TEXT, context TEXT, json TEXT NOT NULL`;
const EVENTS_V7_KEY = "CREATE UNIQUE INDEX events_key ON events (message_id, (COALESCE(write_key, '')))";

/**
 * The cubes from version 10: version 6's, keyed by channel before the bucket. Every visit adds to
 * its channel's rows and to the rows of all channels ('*'), so a query without a channel filter
 * reads exactly the rows it read before channels, and one with a filter reads as few.
 */
const V10_KEY = 'showroom_id TEXT NOT NULL, experiment_id TEXT NOT NULL, arm_id TEXT NOT NULL, channel TEXT NOT NULL, bucket BIGINT NOT NULL';
const V10_CUBES = [
  `CREATE TABLE rollup_cube (${V10_KEY}, ${[...V3_CUBE_COLUMNS, 'exposures'].map((column) => `${column} BIGINT NOT NULL`).join(', ')},
    PRIMARY KEY (showroom_id, experiment_id, arm_id, channel, bucket))`,
  `CREATE TABLE rollup_step_cube (${V10_KEY}, step TEXT NOT NULL, sessions BIGINT NOT NULL,
    PRIMARY KEY (showroom_id, experiment_id, arm_id, channel, bucket, step))`,
  `CREATE TABLE rollup_answer_cube (${V10_KEY}, question_position INTEGER NOT NULL, question_id TEXT NOT NULL, answer_id TEXT NOT NULL,
    answers BIGINT NOT NULL, PRIMARY KEY (showroom_id, experiment_id, arm_id, channel, bucket, question_position, question_id, answer_id))`,
  // The Media view's drill-down: a channel's visits by source, medium and campaign (its own channel
  // only, no '*'), with those that had a CTA click. A cube, not an index on rollup_visits, whose
  // every visit row an event rewrites: that index cost ingest 6 % of its events per second.
  `CREATE TABLE rollup_campaign_cube (${V10_KEY}, source TEXT NOT NULL, medium TEXT NOT NULL, campaign TEXT NOT NULL, visits BIGINT NOT NULL,
    cta_visits BIGINT NOT NULL, PRIMARY KEY (showroom_id, experiment_id, arm_id, channel, bucket, source, medium, campaign))`,
];

/** The cube columns PostgreSQL's rollup_cube key carries from version 13: those of the indicators, series and modules. */
const INDEXED_CUBE_COLUMNS = ['visits', 'loads', 'views', 'engaged_ms', 'engaged_sessions', 'interactions', 'cta'].concat(
  ...['engaged_ms', 'engaged_sessions', 'interactions'].map((column) => ['sense', 'feel', 'think', 'act', 'relate'].map((module) => `${column}_${module}`)),
);
/** The rollups the metrics read from their indexes. */
const ROLLUP_TABLES_V13 = ['rollup_cube', 'rollup_step_cube', 'rollup_answer_cube', 'rollup_campaign_cube', 'rollup_visits', 'rollup_visit_arms'];

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
  {
    // Rollups shaped for speed (version 2's per-visit rows were too slow to sum at 1,000,000 events):
    // per visit rows linked to the visitor's previous and next visit, so that distinct visitors
    // are plain counts, and cubes of sums per 15-minute bucket, showroom and experiment arm.
    version: 3,
    rebuildRollups: true,
    statements: [
      'DROP TABLE IF EXISTS rollup_visits',
      'DROP TABLE IF EXISTS rollup_sessions',
      'DROP TABLE IF EXISTS rollup_modules',
      'DROP TABLE IF EXISTS rollup_steps',
      // One row per visit and showroom, and one for the whole visit (showroom_id '*').
      `CREATE TABLE rollup_visits (
        visitor TEXT NOT NULL,
        start_ts BIGINT NOT NULL,
        showroom_id TEXT NOT NULL,
        bucket BIGINT NOT NULL,
        end_ts BIGINT NOT NULL,
        prev_start BIGINT,
        next_start BIGINT,
        ${V3_FACT_COLUMNS.map((column) => `${column} BIGINT NOT NULL`).join(',\n        ')},
        PRIMARY KEY (visitor, start_ts, showroom_id)
      )`,
      'CREATE INDEX rollup_visits_range ON rollup_visits (showroom_id, bucket, prev_start, next_start, start_ts)',
      'CREATE INDEX rollup_visits_cta ON rollup_visits (showroom_id, bucket, visitor) WHERE cta > 0',
      'CREATE INDEX rollup_visits_end ON rollup_visits (showroom_id, end_ts, visitor)',
      // One row per visit and experiment arm its events carried.
      `CREATE TABLE rollup_visit_arms (
        visitor TEXT NOT NULL,
        start_ts BIGINT NOT NULL,
        experiment_id TEXT NOT NULL,
        arm_id TEXT NOT NULL,
        bucket BIGINT NOT NULL,
        end_ts BIGINT NOT NULL,
        prev_start BIGINT,
        next_start BIGINT,
        cta BIGINT NOT NULL,
        PRIMARY KEY (visitor, start_ts, experiment_id, arm_id)
      )`,
      'CREATE INDEX rollup_visit_arms_range ON rollup_visit_arms (experiment_id, bucket, arm_id, prev_start, next_start, start_ts)',
      'CREATE INDEX rollup_visit_arms_cta ON rollup_visit_arms (experiment_id, bucket, arm_id, visitor) WHERE cta > 0',
      'CREATE INDEX rollup_visit_arms_end ON rollup_visit_arms (experiment_id, end_ts, arm_id, visitor)',
      `CREATE TABLE rollup_visit_answers (
        visitor TEXT NOT NULL,
        start_ts BIGINT NOT NULL,
        showroom_id TEXT NOT NULL,
        question_position INTEGER NOT NULL,
        question_id TEXT NOT NULL,
        answer_id TEXT NOT NULL,
        PRIMARY KEY (visitor, start_ts, showroom_id, question_position, question_id, answer_id)
      )`,
      // Sums per 15-minute bucket; experiment_id and arm_id '' for every visit, whatever its arms.
      `CREATE TABLE rollup_cube (
        showroom_id TEXT NOT NULL,
        experiment_id TEXT NOT NULL,
        arm_id TEXT NOT NULL,
        bucket BIGINT NOT NULL,
        ${V3_CUBE_COLUMNS.map((column) => `${column} BIGINT NOT NULL`).join(',\n        ')},
        PRIMARY KEY (showroom_id, experiment_id, arm_id, bucket)
      )`,
      `CREATE TABLE rollup_step_cube (
        showroom_id TEXT NOT NULL,
        experiment_id TEXT NOT NULL,
        arm_id TEXT NOT NULL,
        bucket BIGINT NOT NULL,
        step TEXT NOT NULL,
        sessions BIGINT NOT NULL,
        PRIMARY KEY (showroom_id, experiment_id, arm_id, bucket, step)
      )`,
      `CREATE TABLE rollup_answer_cube (
        showroom_id TEXT NOT NULL,
        experiment_id TEXT NOT NULL,
        arm_id TEXT NOT NULL,
        bucket BIGINT NOT NULL,
        question_position INTEGER NOT NULL,
        question_id TEXT NOT NULL,
        answer_id TEXT NOT NULL,
        answers BIGINT NOT NULL,
        PRIMARY KEY (showroom_id, experiment_id, arm_id, bucket, question_position, question_id, answer_id)
      )`,
      'CREATE INDEX IF NOT EXISTS rollup_exposures_first ON rollup_exposures (first_ts)',
    ],
  },
  {
    // Distinct visitors from the few visits that have a previous one (partial indexes), the rest
    // from the cube's visit counts; exposures per arm kept in the cube too.
    version: 4,
    rebuildRollups: true,
    statements: [
      'DROP INDEX IF EXISTS rollup_visits_range',
      'DROP INDEX IF EXISTS rollup_visit_arms_range',
      'ALTER TABLE rollup_cube ADD COLUMN exposures BIGINT NOT NULL DEFAULT 0',
      'CREATE INDEX rollup_visits_repeats ON rollup_visits (showroom_id, bucket, prev_start, start_ts) WHERE prev_start IS NOT NULL',
      'CREATE INDEX rollup_visits_returned ON rollup_visits (showroom_id, bucket, next_start) WHERE prev_start IS NULL AND next_start IS NOT NULL',
      'CREATE INDEX rollup_visit_arms_repeats ON rollup_visit_arms (experiment_id, bucket, arm_id, prev_start, start_ts) WHERE prev_start IS NOT NULL',
      'CREATE INDEX rollup_visit_arms_returned ON rollup_visit_arms (experiment_id, bucket, arm_id, next_start) WHERE prev_start IS NULL AND next_start IS NOT NULL',
    ],
  },
  {
    // Funnel and answer cubes read from their index alone.
    version: 5,
    statements: [
      'CREATE INDEX rollup_step_cube_sums ON rollup_step_cube (showroom_id, experiment_id, arm_id, bucket, step, sessions)',
      'CREATE INDEX rollup_answer_cube_sums ON rollup_answer_cube (showroom_id, experiment_id, arm_id, bucket, question_position, question_id, answer_id, answers)',
    ],
  },
  {
    // SQLite keeps the cubes in primary-key order (WITHOUT ROWID), so a range of buckets is read
    // from contiguous pages whatever order the rows were written in (a rebuild writes them
    // visitor by visitor); the covering indexes of version 5 are then redundant.
    version: 6,
    statements: [],
    sqliteStatements: [
      ...clustered('rollup_cube', `showroom_id TEXT NOT NULL, experiment_id TEXT NOT NULL, arm_id TEXT NOT NULL, bucket BIGINT NOT NULL,
        ${[...V3_CUBE_COLUMNS, 'exposures'].map((column) => `${column} BIGINT NOT NULL`).join(', ')},
        PRIMARY KEY (showroom_id, experiment_id, arm_id, bucket)`),
      ...clustered('rollup_step_cube', `showroom_id TEXT NOT NULL, experiment_id TEXT NOT NULL, arm_id TEXT NOT NULL, bucket BIGINT NOT NULL,
        step TEXT NOT NULL, sessions BIGINT NOT NULL, PRIMARY KEY (showroom_id, experiment_id, arm_id, bucket, step)`),
      ...clustered('rollup_answer_cube', `showroom_id TEXT NOT NULL, experiment_id TEXT NOT NULL, arm_id TEXT NOT NULL, bucket BIGINT NOT NULL,
        question_position INTEGER NOT NULL, question_id TEXT NOT NULL, answer_id TEXT NOT NULL, answers BIGINT NOT NULL,
        PRIMARY KEY (showroom_id, experiment_id, arm_id, bucket, question_position, question_id, answer_id)`),
    ],
  },
  {
    // A messageId is unique per write key, not across keys: a site's id that another site (or an
    // attacker) used first no longer swallows its event. No write key counts as the key '' (which
    // no request can send), so keyless resends still dedupe. Inserts say ON CONFLICT DO NOTHING
    // without a target: the expression index is the only unique one. SQLite cannot drop a
    // primary key, so it copies the table; PostgreSQL drops the constraint in place.
    version: 7,
    statements: [],
    sqliteStatements: [
      `CREATE TABLE events_v7 (${EVENTS_V7_COLUMNS})`,
      'INSERT INTO events_v7 SELECT * FROM events',
      'DROP TABLE events',
      'ALTER TABLE events_v7 RENAME TO events',
      EVENTS_V7_KEY,
      'CREATE INDEX events_timestamp ON events (timestamp)',
      'CREATE INDEX events_anonymous_id ON events (anonymous_id)',
      'CREATE INDEX events_visitor_time ON events (anonymous_id, timestamp)',
      'CREATE INDEX events_user_id ON events (user_id)',
    ],
    postgresStatements: ['ALTER TABLE events DROP CONSTRAINT events_pkey', 'ALTER TABLE events ALTER COLUMN message_id SET NOT NULL', EVENTS_V7_KEY],
  },
  {
    // The rollups count a visitor known by userId only (no anonymousId) under `user:` + userId
    // (rollups/visitor-key.ts); events stored before were counted for no one.
    version: 8,
    statements: [],
    rebuildRollups: true,
  },
  {
    // The admin's and the configs' tables, made until now outside the versioned schema (so a first
    // change to them would have had no way to migrate): IF NOT EXISTS, as those collectors made them.
    // The admin token's hash (one row, `name = 'admin'`) and the login sessions' hashed ids with
    // their expiry. Showroom configs and every saved version of each: a version is never changed or
    // deleted (revert saves an old one again as the newest); `latest_version` is bumped by an
    // UPDATE, whose row lock serialises concurrent saves on PostgreSQL; `valid` records the
    // validator's verdict at save time (publish checks again). Times are ms since the epoch.
    version: 9,
    statements: [
      'CREATE TABLE IF NOT EXISTS admin_token (name TEXT PRIMARY KEY, token_hash TEXT NOT NULL, created_at BIGINT NOT NULL)',
      'CREATE TABLE IF NOT EXISTS admin_sessions (id_hash TEXT PRIMARY KEY, expires_at BIGINT NOT NULL)',
      'CREATE TABLE IF NOT EXISTS configs (id TEXT PRIMARY KEY, latest_version INTEGER NOT NULL, published_version INTEGER, updated_at BIGINT NOT NULL)',
      `CREATE TABLE IF NOT EXISTS config_versions (config_id TEXT NOT NULL, version INTEGER NOT NULL, created_at BIGINT NOT NULL,
        author TEXT NOT NULL, label TEXT NOT NULL, valid INTEGER NOT NULL, body TEXT NOT NULL, PRIMARY KEY (config_id, version))`,
    ],
  },
  {
    // Channels (issue 12): each visit keeps the touch of its first event (GA4's default channel
    // group, source, medium, campaign, and that event's messageId to order two visits starting at
    // the same ms) and its links among the visitor's visits of the same channel; the cubes gain the
    // channel as a key column before the bucket, with every visit also under '*' (all channels), so
    // a query of every channel, or of one, reads one contiguous range of buckets. The cubes are made anew (a key cannot change in place on SQLite)
    // and every rollup rebuilt from the events, which gives the visits stored before their channel.
    version: 10,
    rebuildRollups: true,
    statements: [
      ...['landing_id', 'channel', 'source', 'medium', 'campaign'].map((column) => `ALTER TABLE rollup_visits ADD COLUMN ${column} TEXT NOT NULL DEFAULT ''`),
      'ALTER TABLE rollup_visits ADD COLUMN channel_prev_start BIGINT',
      'ALTER TABLE rollup_visits ADD COLUMN channel_next_start BIGINT',
      "ALTER TABLE rollup_visit_arms ADD COLUMN channel TEXT NOT NULL DEFAULT ''",
      'ALTER TABLE rollup_visit_arms ADD COLUMN channel_prev_start BIGINT',
      'ALTER TABLE rollup_visit_arms ADD COLUMN channel_next_start BIGINT',
      // Bucket before channel: the Media view reads every channel's repeats of the range at once.
      'CREATE INDEX rollup_visits_channel_repeats ON rollup_visits (showroom_id, bucket, channel, channel_prev_start, start_ts) WHERE channel_prev_start IS NOT NULL',
      'CREATE INDEX rollup_visits_channel_returned ON rollup_visits (showroom_id, bucket, channel, channel_next_start) WHERE channel_prev_start IS NULL AND channel_next_start IS NOT NULL',
      'CREATE INDEX rollup_visit_arms_channel_repeats ON rollup_visit_arms (experiment_id, bucket, channel, arm_id, channel_prev_start, start_ts) WHERE channel_prev_start IS NOT NULL',
      'CREATE INDEX rollup_visit_arms_channel_returned ON rollup_visit_arms (experiment_id, bucket, channel, arm_id, channel_next_start) WHERE channel_prev_start IS NULL AND channel_next_start IS NOT NULL',
      // The distinct visitors with a CTA click and those live, per channel from the index alone.
      ...['rollup_visits_cta', 'rollup_visits_end', 'rollup_visit_arms_cta', 'rollup_visit_arms_end'].map((index) => `DROP INDEX ${index}`),
      'CREATE INDEX rollup_visits_cta ON rollup_visits (showroom_id, bucket, visitor, channel) WHERE cta > 0',
      'CREATE INDEX rollup_visits_end ON rollup_visits (showroom_id, end_ts, visitor, channel)',
      'CREATE INDEX rollup_visit_arms_cta ON rollup_visit_arms (experiment_id, bucket, arm_id, visitor, channel) WHERE cta > 0',
      'CREATE INDEX rollup_visit_arms_end ON rollup_visit_arms (experiment_id, end_ts, arm_id, visitor, channel)',
      'DROP TABLE rollup_cube',
      'DROP TABLE rollup_step_cube',
      'DROP TABLE rollup_answer_cube',
    ],
    sqliteStatements: V10_CUBES.map((definition) => `${definition} WITHOUT ROWID`),
    postgresStatements: [
      ...V10_CUBES,
      // As version 5 made them: the funnel and answer sums read from the index alone.
      'CREATE INDEX rollup_step_cube_sums ON rollup_step_cube (showroom_id, experiment_id, arm_id, channel, bucket, step, sessions)',
      'CREATE INDEX rollup_answer_cube_sums ON rollup_answer_cube (showroom_id, experiment_id, arm_id, channel, bucket, question_position, question_id, answer_id, answers)',
    ],
  },
  {
    // Outcomes (issue 12): each order once by its order_id (rollups/update-outcomes.ts says which
    // copy wins) and each cart add, and the userIds each anonymousId came with (how a server's order
    // by userId finds the page's visits, without reading events), with the showroom touch they are credited to (showroom '' and
    // touch NULL when none): the visit (touch_visitor, touch_start), its channel, the modules used
    // in the showroom (comma-separated), the quiz result and variant chosen there, the visit's arms
    // (JSON). Revenue is in the order's currency, never converted. Orders are few: the metrics read
    // them by showroom and time; ingest credits them again by visitor and by credited visit. Rebuilt
    // from the events, which credits the orders stored before.
    version: 11,
    rebuildRollups: true,
    statements: [
      `CREATE TABLE rollup_orders (order_id TEXT PRIMARY KEY, message_id TEXT NOT NULL, visitor TEXT NOT NULL, ts BIGINT NOT NULL,
        revenue DOUBLE PRECISION NOT NULL, currency TEXT NOT NULL, coupon TEXT NOT NULL, products TEXT NOT NULL,
        showroom_id TEXT NOT NULL DEFAULT '', channel TEXT NOT NULL DEFAULT '', touch_visitor TEXT, touch_start BIGINT,
        modules TEXT NOT NULL DEFAULT '', quiz_result TEXT NOT NULL DEFAULT '', variant TEXT NOT NULL DEFAULT '',
        variant_label TEXT NOT NULL DEFAULT '', arms TEXT NOT NULL DEFAULT '{}')`,
      'CREATE INDEX rollup_orders_visitor ON rollup_orders (visitor)',
      'CREATE INDEX rollup_orders_touch ON rollup_orders (touch_visitor, touch_start)',
      'CREATE INDEX rollup_orders_scope ON rollup_orders (showroom_id, ts)',
      'CREATE INDEX rollup_orders_ts ON rollup_orders (ts)',
      `CREATE TABLE rollup_cart_adds (visitor TEXT NOT NULL, message_id TEXT NOT NULL, ts BIGINT NOT NULL, product_id TEXT NOT NULL, variant TEXT NOT NULL,
        showroom_id TEXT NOT NULL DEFAULT '', channel TEXT NOT NULL DEFAULT '', touch_visitor TEXT, touch_start BIGINT, modules TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (visitor, message_id))`,
      'CREATE INDEX rollup_cart_adds_touch ON rollup_cart_adds (touch_visitor, touch_start)',
      'CREATE INDEX rollup_cart_adds_scope ON rollup_cart_adds (showroom_id, ts)',
      'CREATE INDEX rollup_cart_adds_ts ON rollup_cart_adds (ts)',
      'CREATE TABLE rollup_user_links (anonymous_id TEXT NOT NULL, user_id TEXT NOT NULL, PRIMARY KEY (anonymous_id, user_id))',
      'CREATE INDEX rollup_user_links_user ON rollup_user_links (user_id)',
    ],
  },
  {
    // Experiments decided on carts (issue 12): a cart add keeps the arms of the visit it is credited
    // to (JSON), as an order does, so the report reads each arm's carts with them. Those stored
    // before take their credited visit's arms from rollup_visit_arms (keyed by visit first), a
    // lookup per cart rather than a rebuild of every rollup; JSON is built by each database's own.
    version: 12,
    statements: ["ALTER TABLE rollup_cart_adds ADD COLUMN arms TEXT NOT NULL DEFAULT '{}'"],
    sqliteStatements: [
      `UPDATE rollup_cart_adds SET arms = COALESCE((SELECT json_group_object(experiment_id, arm_id) FROM rollup_visit_arms
        WHERE visitor = rollup_cart_adds.touch_visitor AND start_ts = rollup_cart_adds.touch_start), '{}') WHERE touch_visitor IS NOT NULL`,
    ],
    postgresStatements: [
      `UPDATE rollup_cart_adds c SET arms = COALESCE((SELECT json_object_agg(a.experiment_id, a.arm_id)::text FROM rollup_visit_arms a
        WHERE a.visitor = c.touch_visitor AND a.start_ts = c.touch_start), '{}') WHERE c.touch_visitor IS NOT NULL`,
    ],
  },
  {
    // PostgreSQL's heap keeps rows where they were written, not in key order as SQLite's clustered
    // cubes are: a month of one scope's buckets was a row per page, 9,000 pages for the default
    // view, read by each of its cube queries. Its primary key now carries the columns the
    // indicators, series and Media rows sum (32 columns at most in an index: the quiz and story
    // counts stay in the heap), so those queries read the index alone, as SQLite reads its table.
    // The exposures of a scope's experiments are read by bucket, not by experiment then arm then
    // channel (every arm and channel of the showroom was read to find '*', 250 ms at 1M events; SQLite
    // skips through its key instead). An index is read
    // alone only where the visibility map says its pages are all-visible: vacuum rollups after 1 %
    // of their rows changed, not PostgreSQL's default 20 %, so ingest leaves few pages to check.
    version: 13,
    statements: [],
    postgresStatements: [
      "CREATE INDEX rollup_cube_exposures ON rollup_cube (showroom_id, bucket, experiment_id, arm_id) INCLUDE (exposures) WHERE channel = '*' AND experiment_id <> ''",
      'ALTER TABLE rollup_cube DROP CONSTRAINT rollup_cube_pkey',
      `ALTER TABLE rollup_cube ADD PRIMARY KEY (showroom_id, experiment_id, arm_id, channel, bucket) INCLUDE (${INDEXED_CUBE_COLUMNS.join(', ')})`,
      ...ROLLUP_TABLES_V13.map(
        (table) => `ALTER TABLE ${table} SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_insert_scale_factor = 0.01, autovacuum_analyze_scale_factor = 0.01)`,
      ),
    ],
  },
];


/** SQLite statements that rebuild `table` (columns as `definition`) WITHOUT ROWID, keeping its rows. */
function clustered(table: string, definition: string): string[] {
  return [
    `CREATE TABLE ${table}_clustered (${definition}) WITHOUT ROWID`,
    `INSERT INTO ${table}_clustered SELECT * FROM ${table}`,
    `DROP TABLE ${table}`,
    `ALTER TABLE ${table}_clustered RENAME TO ${table}`,
];
}

/** The version a database has once every migration ran. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
