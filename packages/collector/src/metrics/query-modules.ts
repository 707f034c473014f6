import type { SqlExecutor } from '../store/sql-client.js';
import { scopedSql, VISIT_KEY, type MetricsScope } from './metrics-scope.js';
import { MODULES, type ModuleRow } from './metrics-types.js';
import { rate } from './rate.js';

/** Interaction time and frequency per module: every module, or the scope's one. */
export async function queryModules(db: SqlExecutor, scope: MetricsScope): Promise<ModuleRow[]> {
  const modules = scopedSql('rollup_modules', scope);
  const rows = await db.all<{ module: string; interactionMs: number; interactions: number; engagedSessions: number }>(
    `SELECT t.module AS module, sum(t.engaged_ms) AS "interactionMs", sum(t.interactions) AS "interactions",
       count(DISTINCT CASE WHEN t.engaged_ms > 0 THEN ${VISIT_KEY} END) AS "engagedSessions"
     FROM ${modules.from} WHERE ${modules.where} GROUP BY t.module`,
    modules.params,
  );
  const byModule = new Map(rows.map((row) => [row.module, row]));
  return (scope.module === undefined ? MODULES : [scope.module]).map((module) => {
    const row = byModule.get(module);
    const interactionMs = Number(row?.interactionMs ?? 0);
    const interactions = Number(row?.interactions ?? 0);
    const engagedSessions = Number(row?.engagedSessions ?? 0);
    return {
      module,
      interactionMs,
      engagedSessions,
      interactions,
      interactionMsPerSession: rate(interactionMs, engagedSessions),
      interactionFrequency: rate(interactions, engagedSessions),
    };
  });
}
