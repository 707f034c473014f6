import { validateConfig, type ConfigHistory, type ConfigProblem, type ConfigSummary, type ConfigVersionAnswer, type ConfigVersionInfo, type SaveConfigAnswer } from '@vitrine/contracts';
import type { SqlClient } from '../sql/sql-client.js';

/** One saved version and its text: `GET /api/configs/{id}/versions/{n}`'s answer without its id. */
export type SavedVersion = Omit<ConfigVersionAnswer, 'id'>;

/** A new version's number and the validator's findings: a save's answer without its id and verdict. */
export type SaveResult = Omit<SaveConfigAnswer, 'id' | 'publishable'>;

export type PublishResult =
  | { ok: true; version: number }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'invalid'; errors: ConfigProblem[] };

export type SavePublishedResult =
  | { ok: true; version: number; warnings: ConfigProblem[] }
  | { ok: false; reason: 'stale'; published: number | null }
  | { ok: false; reason: 'invalid'; errors: ConfigProblem[] };

/** Versioned showroom configs over SqlClient (tables: migration 9, store/migrations.ts). */
export interface ConfigStore {
  list(): Promise<ConfigSummary[]>;
  history(id: string): Promise<ConfigHistory | undefined>;
  version(id: string, version: number): Promise<SavedVersion | undefined>;
  /** Saves `config` as the next version of `id`, its `id` and `version` fields set to match. */
  save(id: string, config: Record<string, unknown>, meta: { author: string; label: string }): Promise<SaveResult>;
  /** Makes `version` the one `GET /v1/configs/{id}` serves, if the validator accepts it. */
  publish(id: string, version: number): Promise<PublishResult>;
  /**
   * Saves `config` as the next version and publishes it, in one transaction and only while
   * `expected` is still the published version (else `stale`, nothing saved): a decision taken on
   * one version never silently overwrites another published meanwhile. An invalid config is not saved.
   */
  saveAndPublish(id: string, config: Record<string, unknown>, meta: { author: string; label: string }, expected: number): Promise<SavePublishedResult>;
  /** Saves version `version` again as the newest; undefined when there is no such version. */
  revert(id: string, version: number, author: string): Promise<SaveResult | undefined>;
  /** The published version's number and text. */
  published(id: string): Promise<{ version: number; text: string } | undefined>;
}

interface VersionRow {
  version: number;
  created_at: number;
  author: string;
  label: string;
  valid: number;
  body: string;
}

const toInfo = (row: VersionRow): ConfigVersionInfo => ({
  version: row.version,
  createdAt: row.created_at,
  author: row.author,
  label: row.label,
  valid: row.valid === 1,
});

interface ConfigRow {
  id: string;
  latest_version: number;
  published_version: number | null;
  updated_at: number;
}

const toSummary = (row: ConfigRow): ConfigSummary => ({
  id: row.id,
  latest: row.latest_version,
  published: row.published_version,
  updatedAt: row.updated_at,
});

export function createConfigStore(client: SqlClient, now: () => number = Date.now): ConfigStore {
  const version = async (id: string, n: number): Promise<SavedVersion | undefined> => {
    const row = await client.get<VersionRow>('SELECT version, created_at, author, label, valid, body FROM config_versions WHERE config_id = ? AND version = ?', [id, n]);
    return row && { ...toInfo(row), text: row.body };
  };

  const save: ConfigStore['save'] = (id, config, { author, label }) =>
    client.transaction(async (tx) => {
      const at = now();
      await tx.run('INSERT INTO configs (id, latest_version, published_version, updated_at) VALUES (?, 0, NULL, ?) ON CONFLICT (id) DO NOTHING', [id, at]);
      await tx.run('UPDATE configs SET latest_version = latest_version + 1, updated_at = ? WHERE id = ?', [at, id]);
      const row = await tx.get<{ latest_version: number }>('SELECT latest_version FROM configs WHERE id = ?', [id]);
      const n = row!.latest_version;
      // The saved config names itself: its events then report the version the history shows.
      const saved = { ...config, id, version: n };
      const { errors, warnings } = validateConfig(saved);
      await tx.run('INSERT INTO config_versions (config_id, version, created_at, author, label, valid, body) VALUES (?, ?, ?, ?, ?, ?, ?)', [
        id,
        n,
        at,
        author,
        label,
        errors.length === 0 ? 1 : 0,
        JSON.stringify(saved, null, 2),
      ]);
      return { version: n, errors, warnings };
    });

  const saveAndPublish: ConfigStore['saveAndPublish'] = async (id, config, { author, label }, expected) => {
    // Checked first, so a refusal leaves nothing to roll back; the version number does not change validity.
    const { errors, warnings } = validateConfig({ ...config, id, version: expected + 1 });
    if (errors.length > 0) return { ok: false, reason: 'invalid', errors };
    return client.transaction(async (tx) => {
      const at = now();
      // The compare-and-set: PostgreSQL's row lock makes a concurrent second one see the first's publish.
      const claimed = await tx.run('UPDATE configs SET latest_version = latest_version + 1, updated_at = ? WHERE id = ? AND published_version = ?', [at, id, expected]);
      if (claimed.changes === 0) {
        const row = await tx.get<{ published_version: number | null }>('SELECT published_version FROM configs WHERE id = ?', [id]);
        return { ok: false, reason: 'stale', published: row?.published_version ?? null };
      }
      const { latest_version: n } = (await tx.get<{ latest_version: number }>('SELECT latest_version FROM configs WHERE id = ?', [id]))!;
      const body = JSON.stringify({ ...config, id, version: n }, null, 2);
      await tx.run('INSERT INTO config_versions (config_id, version, created_at, author, label, valid, body) VALUES (?, ?, ?, ?, ?, 1, ?)', [id, n, at, author, label, body]);
      await tx.run('UPDATE configs SET published_version = ? WHERE id = ?', [n, id]);
      return { ok: true, version: n, warnings };
    });
  };

  return {
    list: async () => (await client.all<ConfigRow>('SELECT id, latest_version, published_version, updated_at FROM configs ORDER BY id')).map(toSummary),
    async history(id) {
      const row = await client.get<ConfigRow>('SELECT id, latest_version, published_version, updated_at FROM configs WHERE id = ?', [id]);
      if (!row) return undefined;
      const versions = await client.all<VersionRow>('SELECT version, created_at, author, label, valid, body FROM config_versions WHERE config_id = ? ORDER BY version DESC', [id]);
      return { ...toSummary(row), versions: versions.map(toInfo) };
    },
    version,
    save,
    saveAndPublish,
    async publish(id, n) {
      const saved = await version(id, n);
      if (!saved) return { ok: false, reason: 'not-found' };
      // Checked again: the validator may have become stricter since the version was saved.
      const { errors } = validateConfig(JSON.parse(saved.text));
      if (errors.length > 0) return { ok: false, reason: 'invalid', errors };
      await client.run('UPDATE configs SET published_version = ?, updated_at = ? WHERE id = ?', [n, now(), id]);
      return { ok: true, version: n };
    },
    async revert(id, n, author) {
      const saved = await version(id, n);
      if (!saved) return undefined;
      return save(id, JSON.parse(saved.text) as Record<string, unknown>, { author, label: `Revert to version ${n}` });
    },
    async published(id) {
      const row = await client.get<{ version: number; body: string }>(
        'SELECT v.version, v.body FROM configs c JOIN config_versions v ON v.config_id = c.id AND v.version = c.published_version WHERE c.id = ?',
        [id],
      );
      return row && { version: row.version, text: row.body };
    },
  };
}
