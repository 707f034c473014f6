import type { SqlValue } from '../sql/sql-client.js';
import { ALL_CHANNELS } from '../rollups/visit-rollup.js';
import { CHANNELS, type Channel, type Module } from '@vitrine/contracts';

/** Which rollups a metrics query reads. */
export interface MetricsScope {
  /** Visit starts from `from` (inclusive) to `to` (exclusive), ms; both on 15-minute boundaries. */
  from: number;
  to: number;
  showroom?: string | undefined;
  /** Only visits in this experiment: in `arm` if given, else in any arm, split by arm. */
  experiment?: string | undefined;
  arm?: string | undefined;
  module?: Module | undefined;
  /** Only the visits of this channel. */
  channel?: Channel | undefined;
  /**
   * The figures per channel (the Media view) instead of in total, not with a split by arm: only
   * what the indicators read, or every figure of a Media row (`view=media`).
   */
  byChannel?: 'indicators' | 'media' | undefined;
}

/** SQL conditions (on columns without a table prefix) and their parameters. */
export interface Where {
  sql: string;
  params: SqlValue[];
}

/** Whether the figures are wanted per arm of `scope.experiment`. */
export const splitByArm = (scope: MetricsScope): boolean => scope.experiment !== undefined && scope.arm === undefined;

/** The column the figures are split by (grouped by in SQL): the arm, the channel, or none. */
export const splitColumn = (scope: MetricsScope): 'arm_id' | 'channel' | undefined => (splitByArm(scope) ? 'arm_id' : scope.byChannel ? 'channel' : undefined);

/**
 * The cube rows' channel condition: the scope's channel, all channels ('*'), or, split by channel,
 * each channel named, so that each is one range of buckets to read.
 */
export function cubeChannels(scope: MetricsScope): Where {
  const channels: SqlValue[] = scope.byChannel ? [...CHANNELS] : [scope.channel ?? ALL_CHANNELS];
  return { sql: `channel IN (${channels.map(() => '?').join(', ')})`, params: channels };
}

/**
 * The cube rows (`rollup_cube`, `rollup_step_cube`, `rollup_answer_cube`) of the scope within its
 * range: the showroom's part, or the whole visits' ('*'); the arm's, the experiment's (split by
 * arm), or every visit's (''); the channel's, or all channels' ('*').
 */
export function cubeWhere(scope: MetricsScope): Where {
  const sql = ['showroom_id = ?', 'experiment_id = ?'];
  const params: SqlValue[] = [scope.showroom ?? '*', scope.experiment ?? ''];
  if (!splitByArm(scope)) {
    sql.push('arm_id = ?');
    params.push(scope.arm ?? '');
  }
  const channels = cubeChannels(scope);
  sql.push(channels.sql, 'bucket >= ? AND bucket < ?');
  params.push(...channels.params, scope.from, scope.to);
  return { sql: sql.join(' AND '), params };
}

/**
 * The visit rows of the scope: `rollup_visit_arms` of the experiment (and arm) when one is asked
 * for, else `rollup_visits` of the showroom, or of whole visits. `range: false` drops the range.
 * With a channel (or split by channel), only its visits, linked among themselves: `prev` and
 * `next` name the link columns that count distinct visitors (see queryVisitors).
 */
export function visitsWhere(scope: MetricsScope, { range = true } = {}): Where & { table: string; prev: string; next: string } {
  const arms = scope.experiment !== undefined;
  const sql = [arms ? 'experiment_id = ?' : 'showroom_id = ?'];
  const params: SqlValue[] = [arms ? scope.experiment! : (scope.showroom ?? '*')];
  if (arms && scope.arm !== undefined) {
    sql.push('arm_id = ?');
    params.push(scope.arm);
  }
  if (range) {
    sql.push('bucket >= ? AND bucket < ?');
    params.push(scope.from, scope.to);
  }
  if (scope.channel !== undefined) {
    sql.push('channel = ?');
    params.push(scope.channel);
  }
  const links = scope.channel === undefined && !scope.byChannel ? { prev: 'prev_start', next: 'next_start' } : { prev: 'channel_prev_start', next: 'channel_next_start' };
  return { table: arms ? 'rollup_visit_arms' : 'rollup_visits', sql: sql.join(' AND '), params, ...links };
}
