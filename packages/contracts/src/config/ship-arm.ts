import { applyExperiments } from './apply-experiments.js';
import type { ConfigProblem } from './config-problem.js';
import type { ShowroomConfig } from './showroom-config.js';

/** What shipping an arm gives: the config to publish, or why there is none. */
export type ShippedArm =
  | { ok: true; config: ShowroomConfig; patch: Record<string, unknown> | undefined; experimentsLeft: number }
  | { ok: false; reason: 'no-experiment' | 'no-arm'; message: string }
  | { ok: false; reason: 'invalid'; message: string; errors: ConfigProblem[] };

/**
 * The config with arm `armId` of experiment `experimentId` made permanent: the arm's patch merged
 * in by applyExperiments itself (pinned to that arm, the same merge and the same re-validation the
 * arm's visitors got) and the experiment removed; the other experiments stay, in order, and go on
 * patching the new base. Shipping an arm without a patch (the control) only ends the experiment.
 * Never changes `config`, a validated config.
 */
export function shipArm(config: ShowroomConfig, experimentId: string, armId: string): ShippedArm {
  const experiments = config.experiments ?? [];
  const experiment = experiments.find((e) => e.id === experimentId);
  if (!experiment) {
    const running = experiments.map((e) => `"${e.id}"`).join(', ') || 'none';
    return { ok: false, reason: 'no-experiment', message: `config "${config.id}" runs no experiment "${experimentId}" (it runs: ${running})` };
  }
  const arm = experiment.arms.find((a) => a.id === armId);
  if (!arm) {
    const arms = experiment.arms.map((a) => `"${a.id}"`).join(', ');
    return { ok: false, reason: 'no-arm', message: `experiment "${experimentId}" has no arm "${armId}" (its arms: ${arms})` };
  }
  // Only this experiment, pinned to the arm: no visitor id is needed and no other arm applies.
  const applied = applyExperiments({ ...config, experiments: [experiment] }, '', { [experimentId]: armId });
  if (applied.errors.length > 0) {
    // Reported at the experiment's place in the whole config, not in the one-experiment copy.
    const at = (path: string): string => path.replace(/^experiments\[0\]/, `experiments[${experiments.indexOf(experiment)}]`);
    const errors = applied.errors.map((problem) => ({ path: at(problem.path), message: at(problem.message) }));
    return { ok: false, reason: 'invalid', message: `arm "${armId}"'s patch makes config "${config.id}" invalid`, errors };
  }
  const { experiments: _shipped, ...base } = applied.config;
  const left = experiments.filter((e) => e !== experiment);
  return { ok: true, config: left.length > 0 ? { ...base, experiments: left } : base, patch: 'patch' in arm ? arm.patch : undefined, experimentsLeft: left.length };
}
