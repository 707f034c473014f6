import type { ConfigFault, FaultArgs } from './config-fault.js';
import { formatPath } from './format-path.js';
import type { ShowroomConfig, ViewerExperience } from './showroom-config.js';

/** Fields an experiment arm may not patch: they identify the config in every event. */
const UNPATCHABLE = ['id', 'version', 'experiments'];

/**
 * The rules a JSON Schema cannot express, checked on a config that already matches the schema:
 * story pages and quiz results name things the viewer has, answers score results that exist and
 * branch only forward (so every quiz ends), and arms leave the config's identity alone. Returns
 * codes (checkReferences words them).
 */
export function referenceFaults(config: ShowroomConfig): ConfigFault[] {
  const faults: ConfigFault[] = [];
  const report = <C extends keyof FaultArgs>(path: string, code: C, ...args: FaultArgs[C]) => faults.push({ path, code, args } as ConfigFault);
  const mustName = (path: string, value: string, what: FaultArgs['ref'][0], ids: readonly string[]): void => {
    if (!ids.includes(value)) report(path, 'ref', what, ids);
  };
  const viewer = config.experiences.find((experience): experience is ViewerExperience => experience.type === 'viewer');
  const ids = (list: readonly { id: string }[] | undefined): string[] => (list ?? []).map((item) => item.id);

  config.experiences.forEach((experience, e) => {
    const base = formatPath('experiences', e);
    if (experience.type === 'story') {
      experience.pages.forEach((page, p) => {
        const pagePath = formatPath(`${base}.pages`, p);
        if (page.camera !== undefined) mustName(`${pagePath}.camera`, page.camera, 'camera', ids(viewer?.cameras));
        if (page.hotspot !== undefined) mustName(`${pagePath}.hotspot`, page.hotspot, 'hotspot', ids(viewer?.hotspots));
      });
    }
    if (experience.type === 'quiz') {
      const questionIds = ids(experience.questions);
      const resultIds = ids(experience.results);
      experience.questions.forEach((question, q) => {
        const questionPath = formatPath(`${base}.questions`, q);
        if (question.id === 'end') report(`${questionPath}.id`, 'end');
        const later = questionIds.slice(q + 1);
        question.answers.forEach((answer, a) => {
          const answerPath = formatPath(`${questionPath}.answers`, a);
          for (const resultId of Object.keys(answer.scores)) {
            mustName(formatPath(`${answerPath}.scores`, resultId), resultId, 'result', resultIds);
          }
          if (answer.next !== undefined && answer.next !== 'end' && !later.includes(answer.next)) report(`${answerPath}.next`, 'next', later);
        });
      });
      experience.results.forEach((result, r) => {
        const resultPath = formatPath(`${base}.results`, r);
        if (result.variant !== undefined) mustName(`${resultPath}.variant`, result.variant, 'variant', ids(viewer?.variants));
      });
    }
  });

  config.experiments?.forEach((experiment, x) => {
    experiment.arms.forEach((arm, a) => {
      const armPath = formatPath(`${formatPath('experiments', x)}.arms`, a);
      const patchPath = `${armPath}.patch`;
      if ('holdout' in arm && 'patch' in arm) report(patchPath, 'holdout');
      for (const key of UNPATCHABLE) {
        if ('patch' in arm && arm.patch && Object.hasOwn(arm.patch, key)) report(`${patchPath}.${key}`, 'unpatchable');
      }
    });
  });
  return faults;
}
