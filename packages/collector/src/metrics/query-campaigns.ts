import type { SqlReader } from '../sql/sql-client.js';
import type { MetricsScope } from './metrics-scope.js';
import type { CampaignRow } from '@vitrine/contracts';
import { rate } from './rate.js';

/** The most rows the drill-down lists: the campaigns with most visits. */
export const MAX_CAMPAIGN_ROWS = 50;

/**
 * The drill-down of the Media view: with a channel filter, the visits of that channel by source,
 * medium and campaign in the scope (its showroom, or whole visits; its arm), from the campaign
 * cube; nothing without a channel filter.
 */
export async function queryCampaigns(db: SqlReader, scope: MetricsScope): Promise<CampaignRow[]> {
  if (scope.channel === undefined) return [];
  const rows = await db.all<{ source: string; medium: string; campaign: string; visits: number; cta_visits: number }>(
    `SELECT source, medium, campaign, sum(visits) AS visits, sum(cta_visits) AS cta_visits FROM rollup_campaign_cube
     WHERE showroom_id = ? AND experiment_id = ? AND arm_id = ? AND channel = ? AND bucket >= ? AND bucket < ?
     GROUP BY source, medium, campaign ORDER BY visits DESC, source, medium, campaign LIMIT ${MAX_CAMPAIGN_ROWS}`,
    [scope.showroom ?? '*', scope.arm === undefined ? '' : (scope.experiment ?? ''), scope.arm ?? '', scope.channel, scope.from, scope.to],
  );
  return rows.map((row) => {
    const [visits, ctaVisits] = [Number(row.visits), Number(row.cta_visits)];
    return { source: row.source, medium: row.medium, campaign: row.campaign, visits, ctaVisits, conversionRate: rate(ctaVisits, visits) };
  });
}
