import { EXPERIMENT_METRICS, type ExperimentMetric, type GuardrailVerdict, type ShipArmRequest, type ShipFigures } from '@vitrine/contracts';
import { CONFIG_ID } from './config-id.js';

/** A checked `POST /api/configs/{id}/ship` body; `expectedVersion` is set unless it is a dry run. */
export type ShipRequest = Required<Pick<ShipArmRequest, 'experiment' | 'arm' | 'figures'>> & { dryRun: boolean; expectedVersion: number | undefined };

const VERDICTS: readonly ShipFigures['verdict'][] = ['better', 'worse', 'no-difference', 'undecided', 'collecting', 'baseline'];
const GUARDRAIL_VERDICTS: readonly GuardrailVerdict[] = ['worse', 'not-worse', 'not-worse-yet', 'collecting'];
/** An experiment has at most 10 arms and 4 guardrails (showroom.schema.json). */
const MAX_ARMS = 10;
const MAX_GUARDRAILS = 4;
/** A visitor count beyond any shop's, so a forged one cannot overflow the label's formatting. */
const MAX_VISITORS = 1e12;
/** Revenue per visitor, or its difference, beyond any shop's (in any currency's units). */
const MAX_AMOUNT = 1e9;
/**
 * The ends of a rate difference's interval: wider than ±1, as the always-valid interval of a rate
 * near 0 can be, but short enough to print (±100,000 points).
 */
const MAX_RATE_END = 1e3;

const isMetric = (value: unknown): value is ExperimentMetric => (EXPERIMENT_METRICS as unknown[]).includes(value);
const within = (value: unknown, low: number, high: number): value is number => typeof value === 'number' && Number.isFinite(value) && value >= low && value <= high;

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
  const checked = parseFigures(figures as Record<string, unknown>);
  return 'error' in checked ? checked : { experiment, arm, dryRun, expectedVersion: version, figures: checked };
}

/** The figures of a ship request, every number bounded by what its metric can be. */
function parseFigures(figures: Record<string, unknown>): ShipFigures | { error: string } {
  const { visitors, baseline, metric, value, baselineValue, difference, interval, verdict, currency, guardrails } = figures;
  if (visitors === null || typeof visitors !== 'object' || Array.isArray(visitors)) return { error: 'figures.visitors must be an object: arm id -> visitors' };
  const counts = Object.entries(visitors);
  if (counts.length > MAX_ARMS) return { error: `figures.visitors may name at most ${MAX_ARMS} arms` };
  for (const [id, n] of counts) {
    // Arms are not matched with the config's: the figures may hold an arm taken out since.
    if (!CONFIG_ID.test(id)) return { error: `figures.visitors[${JSON.stringify(id)}] is not an arm id (a-z, 0-9 and -, at most 64)` };
    if (!Number.isInteger(n) || (n as number) < 0 || (n as number) > MAX_VISITORS) return { error: `figures.visitors[${JSON.stringify(id)}] must be a count of visitors (an integer, 0 to ${MAX_VISITORS})` };
  }
  if (typeof baseline !== 'string' || !CONFIG_ID.test(baseline)) return { error: 'figures.baseline must be the baseline arm id' };
  if (!isMetric(metric)) return { error: `figures.metric must be the experiment's primary metric, one of ${EXPERIMENT_METRICS.join(', ')}` };
  const money = metric === 'revenue-per-visitor';
  const [max, what, maxEnd] = money ? [MAX_AMOUNT, `an amount, 0 to ${MAX_AMOUNT}`, MAX_AMOUNT] : [1, 'a rate, 0 to 1', MAX_RATE_END];
  if (value !== null && !within(value, 0, max)) return { error: `figures.value must be null or the arm's ${metric}: ${what}` };
  if (baselineValue !== null && !within(baselineValue, 0, max)) return { error: `figures.baselineValue must be null or the baseline's ${metric}: ${what}` };
  if (difference !== null && !within(difference, -max, max)) return { error: `figures.difference must be null or a difference of ${metric}, -${max} to ${max}` };
  if (interval !== null && !(Array.isArray(interval) && interval.length === 2 && interval.every((end) => within(end, -maxEnd, maxEnd)) && interval[0]! <= interval[1]!)) {
    return { error: `figures.interval must be null or [low, high], from -${maxEnd} to ${maxEnd} with low <= high` };
  }
  if (!VERDICTS.includes(verdict as ShipFigures['verdict'])) return { error: `figures.verdict must be one of ${VERDICTS.join(', ')}` };
  if (currency !== undefined && !(typeof currency === 'string' && /^[A-Z]{3}$/.test(currency))) return { error: 'figures.currency must be an ISO 4217 code (three capital letters)' };
  if (money && currency === undefined) return { error: 'figures.currency is required for revenue-per-visitor: the currency of the amounts' };
  if (!Array.isArray(guardrails) || guardrails.length > MAX_GUARDRAILS) return { error: `figures.guardrails must be a list of at most ${MAX_GUARDRAILS} guardrails' verdicts` };
  for (const [index, guardrail] of guardrails.entries()) {
    const { metric: guarded, verdict: harm } = (guardrail ?? {}) as Record<string, unknown>;
    if (!isMetric(guarded) || guarded === metric || guardrails.slice(0, index).some((other) => other.metric === guarded)) {
      return { error: `figures.guardrails[${index}].metric must be one of ${EXPERIMENT_METRICS.join(', ')}, neither the primary metric nor a guardrail listed before` };
    }
    if (!GUARDRAIL_VERDICTS.includes(harm as GuardrailVerdict)) return { error: `figures.guardrails[${index}].verdict must be one of ${GUARDRAIL_VERDICTS.join(', ')}` };
  }
  return {
    visitors: Object.fromEntries(counts) as Record<string, number>,
    baseline,
    metric,
    value,
    baselineValue,
    difference,
    interval: interval as [number, number] | null,
    verdict: verdict as ShipFigures['verdict'],
    ...(currency !== undefined && { currency: currency as string }),
    guardrails: (guardrails as ShipFigures['guardrails']).map(({ metric: guarded, verdict: harm }) => ({ metric: guarded, verdict: harm })),
  };
}
