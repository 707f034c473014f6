import Database from 'better-sqlite3';

/** The database file's name inside `dataDir`. */
export const DB_FILE_NAME = 'vitrine.sqlite';

/** Stored in `PRAGMA user_version`; bump it with a migration whenever SCHEMA changes. */
export const SCHEMA_VERSION = 1;

/** The schema at SCHEMA_VERSION. Times are ms since the epoch; JSON columns hold text. */
export const SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  message_id TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  event TEXT,
  anonymous_id TEXT,
  user_id TEXT,
  session_id TEXT,
  write_key TEXT,
  timestamp INTEGER NOT NULL,
  original_timestamp TEXT,
  sent_at TEXT,
  received_at INTEGER NOT NULL,
  properties TEXT,
  context TEXT,
  json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_timestamp ON events (timestamp);
CREATE INDEX IF NOT EXISTS events_anonymous_id ON events (anonymous_id);
`;

/**
 * Opens (creating if needed) the database at `path` and brings its schema to SCHEMA_VERSION.
 * Refuses a database written by a newer collector rather than guess at its schema.
 */
export function openSqliteDb(path: string): Database.Database {
  const db = new Database(path);
  try {
    // WAL lets the dashboard read while ingest writes; NORMAL syncs at checkpoints only, which in
    // WAL mode can lose the last commits on power loss but never corrupts the file.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    // A second process (a backup, the CLI) holding the lock briefly should delay us, not fail us.
    db.pragma('busy_timeout = 5000');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new Error(`${path} has schema version ${version}; this collector knows up to ${SCHEMA_VERSION}`);
    }
    if (version < SCHEMA_VERSION) {
      db.transaction(() => {
        db.exec(SCHEMA);
        db.pragma(`user_version = ${SCHEMA_VERSION}`);
      })();
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
