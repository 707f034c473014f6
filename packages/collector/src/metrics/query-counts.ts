import type { SqlExecutor } from '../store/sql-client.js';
import { ofModule, scopedSql, type MetricsScope } from './metrics-scope.js';
import type { Counts } from './metrics-types.js';

const COLUMNS: Record<keyof Counts, string> = {
  hotspotsOpened: 'hotspots',
  variantsSelected: 'variants',
  arLaunched: 'ar',
  ctaClicked: 'cta',
  shared: 'shared',
  quizCompleted: 'quiz_completed',
  storyCompleted: 'story_completed',
};

/** Hotspot, variant, AR, CTA, share, quiz and story completion counts (of the scope's module only, if it names one). */
export async function queryCounts(db: SqlExecutor, scope: MetricsScope): Promise<Counts> {
  const modules = scopedSql('rollup_modules', scope);
  const sums = Object.entries(COLUMNS).map(([name, column]) => `coalesce(sum(${ofModule(scope, `t.${column}`)}), 0) AS "${name}"`);
  const row = await db.get<Record<keyof Counts, number>>(`SELECT ${sums.join(', ')} FROM ${modules.from} WHERE ${modules.where}`, modules.params);
  return Object.fromEntries(Object.keys(COLUMNS).map((name) => [name, Number(row?.[name as keyof Counts] ?? 0)])) as unknown as Counts;
}
