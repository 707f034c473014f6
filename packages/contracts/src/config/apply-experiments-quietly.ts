import { bucketVisitor } from './bucket-visitor.js';
import { checkConfigQuietly } from './check-config-quietly.js';
import type { ConfigFault } from './config-fault.js';
import type { ConfigProblem } from './config-problem.js';
import { formatPath } from './format-path.js';
import { mergePatch } from './merge-patch.js';
import type { ShowroomConfig } from './showroom-config.js';
import { inAudience, type Visit } from './in-audience.js';

/** What applyExperiments returns: `errors` in words; applyExperimentsQuietly's are codes. */
export interface ExperimentsApplied<Problem = ConfigProblem> {
  /** The config this visitor sees: every arm's patch applied, in experiment order. */
  config: ShowroomConfig;
  /** Experiment id -> arm id, for the `experiments` map of every event. */
  arms: Record<string, string>;
  /** Patches that would have made the config invalid, and so were not applied. */
  errors: Problem[];
  /** The visitor is in a hold-out arm: the page shows no showroom ('none') or its poster only ('poster'). */
  holdout?: 'none' | 'poster';
}

/**
 * Buckets the visitor into each experiment of a validated config and applies the arms' patches in
 * order, re-validating after each. Sticky: an arm in `remembered` (experiment id -> the arm this
 * visitor was already shown) is kept while the experiment still has it, so changing the weights or
 * adding an arm never moves a visitor who saw one, in or out of the experiment's audience; anyone
 * else takes part only when `visit` is in the audience (inAudience; without `visit`, as in a
 * preview, audiences are not applied) and is then bucketed by bucketVisitor. A patch that breaks
 * the config is skipped (the visitor sees the config without it) and reported at
 * `experiments[i].arms[j].patch`; that experiment is then left out of `arms`, so no event credits
 * the visitor to an arm they did not see. A hold-out arm ends the walk: the visitor sees no
 * showroom, so `arms` names that experiment only, and `config` is the one given. Never changes
 * `config`; returns it as it is when no patch applies. applyExperiments words the problems; this,
 * the script-tag build's, reports them as codes, so that their words are fetched only when needed.
 */
export function applyExperimentsQuietly(config: ShowroomConfig, anonymousId: string, remembered: Readonly<Record<string, string>> = {}, visit?: Visit): ExperimentsApplied<ConfigFault> {
  let current = config;
  const arms: Record<string, string> = {};
  const errors: ConfigFault[] = [];
  for (const [x, experiment] of (config.experiments ?? []).entries()) {
    const kept = experiment.arms.find((a) => a.id === remembered[experiment.id]);
    if (!kept && visit && !inAudience(experiment.audience, visit)) continue;
    const arm = kept ?? bucketVisitor(anonymousId, experiment);
    if ('holdout' in arm) return { config, arms: { [experiment.id]: arm.id }, errors, holdout: arm.holdout };
    if (arm.patch !== undefined) {
      const patched = checkConfigQuietly(mergePatch(current, arm.patch));
      if (!patched.config) {
        const path = `${formatPath(`${formatPath('experiments', x)}.arms`, experiment.arms.indexOf(arm))}.patch`;
        for (const fault of patched.errors) errors.push({ path, code: 'patch', args: [fault] });
        continue;
      }
      current = patched.config;
    }
    arms[experiment.id] = arm.id;
  }
  return { config: current, arms, errors };
}
