import type { SqlExecutor, SqlValue } from '../sql/sql-client.js';
import type { MetricsScope } from './metrics-scope.js';
import type { CampaignRow } from '@vitrine/contracts';
import { rate } from './rate.js';

/** The most rows the drill-down lists: the campaigns with most visits. */
export const MAX_CAMPAIGN_ROWS = 50;

/**
 * The drill-down of the Media view: with a channel filter, the visits of that channel by source,
 * medium and campaign in the scope (its showroom, or whole visits; its experiment and arm), read
 * from the visits' covering index; nothing without a channel filter.
 */
export async function queryCampaigns(db: SqlExecutor, scope: MetricsScope): Promise<CampaignRow[]> {
  if (scope.channel === undefined) return [];
  const where = ['v.showroom_id = ?', 'v.channel = ?', 'v.bucket >= ? AND v.bucket < ?'];
  const params: SqlValue[] = [scope.showroom ?? '*', scope.channel, scope.from, scope.to];
  if (scope.experiment !== undefined) {
    where.push(`EXISTS (SELECT 1 FROM rollup_visit_arms a WHERE a.visitor = v.visitor AND a.start_ts = v.start_ts AND a.experiment_id = ?${scope.arm === undefined ? '' : ' AND a.arm_id = ?'})`);
    params.push(scope.experiment, ...(scope.arm === undefined ? [] : [scope.arm]));
  }
  const rows = await db.all<{ source: string; medium: string; campaign: string; visits: number; visitors: number; cta_visitors: number }>(
    `SELECT v.source, v.medium, v.campaign, count(*) AS visits, count(DISTINCT v.visitor) AS visitors,
       count(DISTINCT CASE WHEN v.cta > 0 THEN v.visitor END) AS cta_visitors
     FROM rollup_visits v WHERE ${where.join(' AND ')}
     GROUP BY v.source, v.medium, v.campaign ORDER BY visits DESC, v.source, v.medium, v.campaign LIMIT ${MAX_CAMPAIGN_ROWS}`,
    params,
  );
  return rows.map((row) => {
    const [visitors, ctaVisitors] = [Number(row.visitors), Number(row.cta_visitors)];
    return { source: row.source, medium: row.medium, campaign: row.campaign, visits: Number(row.visits), visitors, ctaVisitors, conversionRate: rate(ctaVisitors, visitors) };
  });
}
