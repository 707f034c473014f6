import type { SqlValue } from '../store/sql-client.js';
import { MODULES, type Module } from './metrics-types.js';

/** Which rollup rows a metrics query reads. */
export interface MetricsScope {
  /** Visit starts from `from` (inclusive) to `to` (exclusive), ms; both on 15-minute boundaries. */
  from: number;
  to: number;
  showroom?: string | undefined;
  /** Only visitors in this experiment: in `arm` if given, else in any arm, split by arm (each its own group). */
  experiment?: string | undefined;
  arm?: string | undefined;
  module?: Module | undefined;
}

export interface ScopedSql {
  /** `rollup_x t [JOIN rollup_exposures x ...]`. */
  from: string;
  /** Conditions on `t`, joined by AND. */
  where: string;
  params: SqlValue[];
  /** The group's key as an expression: the arm id, or '' when not split by arm. */
  arm: string;
  /** ` GROUP BY <arm>` when split by arm, else '' (one row, even over no rows). */
  groupBy: string;
}

/**
 * The FROM and WHERE of a query over one rollup table (aliased `t`) in `scope`. `range: false`
 * drops the date range (live visitors); `showroom: false` is for rollup_visits, which has no
 * showroom column (callers read rollup_sessions instead when a showroom is asked for).
 */
export function scopedSql(table: string, scope: MetricsScope, { range = true, showroom = true } = {}): ScopedSql {
  const params: SqlValue[] = [];
  let from = `${table} t`;
  if (scope.experiment !== undefined) {
    from += ' JOIN rollup_exposures x ON x.visitor = t.visitor AND x.experiment_id = ?';
    params.push(scope.experiment);
    if (scope.arm !== undefined) {
      from += ' AND x.arm_id = ?';
      params.push(scope.arm);
    }
  }
  const where = ['1 = 1'];
  if (range) {
    where.push('t.bucket >= ? AND t.bucket < ?');
    params.push(scope.from, scope.to);
  }
  if (showroom && scope.showroom !== undefined) {
    where.push('t.showroom_id = ?');
    params.push(scope.showroom);
  }
  const split = scope.experiment !== undefined && scope.arm === undefined;
  return { from, where: where.join(' AND '), params, arm: split ? 'x.arm_id' : "''", groupBy: split ? ' GROUP BY x.arm_id' : '' };
}

/** The table visits are counted in: one row per visit, or per visit and showroom when one is asked for. */
export const visitTable = (scope: MetricsScope): string => (scope.showroom === undefined ? 'rollup_visits' : 'rollup_sessions');

/**
 * `expression` where the row is of the scope's module, else 0 (the module is a checked name, so it
 * is written into the SQL as a literal).
 */
export function ofModule(scope: MetricsScope, expression: string): string {
  if (scope.module === undefined) return expression;
  if (!MODULES.includes(scope.module)) throw new TypeError(`unknown module ${scope.module}`);
  return `CASE WHEN t.module = '${scope.module}' THEN ${expression} ELSE 0 END`;
}

/** A visit's key, for counting distinct visits over rows of several showrooms or modules. */
export const VISIT_KEY = "t.visitor || '|' || t.start_ts";
