import type { MetricReport } from '@vitrine/contracts';

/**
 * Whether an experiment can be decided (its metrics as experimentReport orders them, the primary
 * first): every arm compared loses on the primary metric or harms a guardrail (drop it, whatever
 * else), or its primary verdict is final (better, no-difference) and no guardrail may still turn
 * out worse. False without an arm to compare.
 */
export function enoughData([primary, ...others]: readonly MetricReport[]): boolean {
  if (!primary || primary.comparisons.length === 0) return false;
  const guardrails = others.filter((report) => report.role === 'guardrail');
  return primary.comparisons.every(({ arm_id, verdict }) => {
    const guarded = guardrails.map((report) => report.comparisons.find((comparison) => comparison.arm_id === arm_id)?.verdict);
    if (verdict === 'worse' || guarded.includes('worse')) return true;
    return (verdict === 'better' || verdict === 'no-difference') && guarded.every((guard) => guard === 'not-worse');
  });
}
