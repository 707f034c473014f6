import type { ShipArmRequest, ShipFigures } from '@vitrine/contracts';
import { CONFIG_ID } from './config-id.js';

/** A checked `POST /api/configs/{id}/ship` body; `expectedVersion` is set unless it is a dry run. */
export type ShipRequest = Required<Pick<ShipArmRequest, 'experiment' | 'arm' | 'figures'>> & { dryRun: boolean; expectedVersion: number | undefined };

const VERDICTS: readonly ShipFigures['verdict'][] = ['better', 'worse', 'no-difference', 'undecided', 'collecting', 'baseline'];
/** An experiment has at most 10 arms (showroom.schema.json). */
const MAX_ARMS = 10;
/** A visitor count beyond any shop's, so a forged one cannot overflow the label's formatting. */
const MAX_VISITORS = 1e12;

const isRate = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= 1;

/**
 * Checks the body of a ship request, bounding every number before it is used; `error` names the
 * first field that is wrong by its JSON path.
 */
export function parseShipRequest(body: Record<string, unknown>): ShipRequest | { error: string } {
  const { experiment, arm, expectedVersion, figures, dryRun = false } = body;
  if (typeof experiment !== 'string' || !CONFIG_ID.test(experiment)) return { error: 'experiment must be an experiment id (a-z, 0-9 and -, at most 64)' };
  if (typeof arm !== 'string' || !CONFIG_ID.test(arm)) return { error: 'arm must be an arm id (a-z, 0-9 and -, at most 64)' };
  if (typeof dryRun !== 'boolean') return { error: 'dryRun must be true or false' };
  const version = Number.isInteger(expectedVersion) && (expectedVersion as number) > 0 ? (expectedVersion as number) : undefined;
  if (version === undefined && (expectedVersion !== undefined || !dryRun)) return { error: 'expectedVersion must be the published version the decision was made on (a positive integer)' };
  if (figures === null || typeof figures !== 'object' || Array.isArray(figures)) return { error: 'figures must be the figures the decision was made on, an object' };
  const { visitors, baseline, difference, interval, verdict } = figures as Record<string, unknown>;
  if (visitors === null || typeof visitors !== 'object' || Array.isArray(visitors)) return { error: 'figures.visitors must be an object: arm id -> visitors' };
  const counts = Object.entries(visitors);
  if (counts.length > MAX_ARMS) return { error: `figures.visitors may name at most ${MAX_ARMS} arms` };
  for (const [id, n] of counts) {
    // Arms are not matched with the config's: the figures may hold an arm taken out since.
    if (!CONFIG_ID.test(id)) return { error: `figures.visitors[${JSON.stringify(id)}] is not an arm id (a-z, 0-9 and -, at most 64)` };
    if (!Number.isInteger(n) || (n as number) < 0 || (n as number) > MAX_VISITORS) return { error: `figures.visitors[${JSON.stringify(id)}] must be a count of visitors (an integer, 0 to ${MAX_VISITORS})` };
  }
  if (typeof baseline !== 'string' || !CONFIG_ID.test(baseline)) return { error: 'figures.baseline must be the baseline arm id' };
  if (difference !== null && !isRate(difference)) return { error: 'figures.difference must be null or a difference of rates, -1 to 1' };
  if (interval !== null && !(Array.isArray(interval) && interval.length === 2 && interval.every(isRate) && interval[0]! <= interval[1]!)) {
    return { error: 'figures.interval must be null or [low, high], rates from -1 to 1 with low <= high' };
  }
  if (!VERDICTS.includes(verdict as ShipFigures['verdict'])) return { error: `figures.verdict must be one of ${VERDICTS.join(', ')}` };
  return {
    experiment,
    arm,
    dryRun,
    expectedVersion: version,
    figures: { visitors: Object.fromEntries(counts) as Record<string, number>, baseline, difference, interval: interval as [number, number] | null, verdict: verdict as ShipFigures['verdict'] },
  };
}
