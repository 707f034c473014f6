import type { ConfigProblem } from './config-problem.js';
import { bucketVisitor } from './bucket-visitor.js';
import { formatPath } from './format-path.js';
import { mergePatch } from './merge-patch.js';
import type { ShowroomConfig } from './showroom-config.js';
import { checkConfig } from './check-config.js';

export interface ExperimentsApplied {
  /** The config this visitor sees: every arm's patch applied, in experiment order. */
  config: ShowroomConfig;
  /** Experiment id -> arm id, for the `experiments` map of every event. */
  arms: Record<string, string>;
  /** Patches that would have made the config invalid, and so were not applied. */
  errors: ConfigProblem[];
}

/**
 * Buckets the visitor into each experiment of a validated config and applies the arms' patches in
 * order, re-validating after each. Sticky: an arm in `remembered` (experiment id -> the arm this
 * visitor was already shown) is kept while the experiment still has it, so changing the weights or
 * adding an arm never moves a visitor who saw one; anyone else is bucketed by bucketVisitor. A patch that breaks the config is skipped (the visitor sees the
 * config without it) and reported at `experiments[i].arms[j].patch`; that experiment is then left
 * out of `arms`, so no event credits the visitor to an arm they did not see. Never changes `config`;
 * returns it as it is when no patch applies.
 */
export function applyExperiments(config: ShowroomConfig, anonymousId: string, remembered: Readonly<Record<string, string>> = {}): ExperimentsApplied {
  let current = config;
  const arms: Record<string, string> = {};
  const errors: ConfigProblem[] = [];
  (config.experiments ?? []).forEach((experiment, x) => {
    const arm = experiment.arms.find((a) => a.id === remembered[experiment.id]) ?? bucketVisitor(anonymousId, experiment);
    if ('patch' in arm && arm.patch !== undefined) {
      const patched = checkConfig(mergePatch(current, arm.patch));
      if (!patched.config) {
        const path = `${formatPath(`${formatPath('experiments', x)}.arms`, experiment.arms.indexOf(arm))}.patch`;
        for (const problem of patched.errors) {
          errors.push({ path, message: `${path} makes the config invalid, so it was not applied: ${problem.message}` });
        }
        return;
      }
      current = patched.config;
    }
    arms[experiment.id] = arm.id;
  });
  return { config: current, arms, errors };
}
