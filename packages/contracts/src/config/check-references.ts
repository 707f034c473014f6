import type { ConfigProblem } from './config-problem.js';
import { formatPath } from './format-path.js';
import type { ShowroomConfig, ViewerExperience } from './showroom-config.js';

/** Fields an experiment arm may not patch: they identify the config in every event. */
const UNPATCHABLE = ['id', 'version', 'experiments'];

/**
 * The rules a JSON Schema cannot express, checked on a config that already matches the schema:
 * story pages and quiz results name things the viewer has, answers score results that exist and
 * branch only forward (so every quiz ends), and arms leave the config's identity alone.
 */
export function checkReferences(config: ShowroomConfig): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const mustName = (path: string, value: string, what: string, ids: readonly string[]): void => {
    if (ids.includes(value)) return;
    const options = ids.length === 0 ? 'there are none' : `one of ${ids.map((id) => JSON.stringify(id)).join(', ')}`;
    problems.push({ path, message: `${path} must be the id of ${what} (${options})` });
  };
  const viewer = config.experiences.find((experience): experience is ViewerExperience => experience.type === 'viewer');
  const ids = (list: readonly { id: string }[] | undefined): string[] => (list ?? []).map((item) => item.id);

  config.experiences.forEach((experience, e) => {
    const base = formatPath('experiences', e);
    if (experience.type === 'story') {
      experience.pages.forEach((page, p) => {
        const pagePath = formatPath(`${base}.pages`, p);
        if (page.camera !== undefined) mustName(`${pagePath}.camera`, page.camera, 'a camera preset of the viewer', ids(viewer?.cameras));
        if (page.hotspot !== undefined) mustName(`${pagePath}.hotspot`, page.hotspot, 'a hotspot of the viewer', ids(viewer?.hotspots));
      });
    }
    if (experience.type === 'quiz') {
      const questionIds = ids(experience.questions);
      const resultIds = ids(experience.results);
      experience.questions.forEach((question, q) => {
        const questionPath = formatPath(`${base}.questions`, q);
        if (question.id === 'end') {
          problems.push({ path: `${questionPath}.id`, message: `${questionPath}.id must not be "end": that word means the end of the quiz` });
        }
        const later = questionIds.slice(q + 1);
        question.answers.forEach((answer, a) => {
          const answerPath = formatPath(`${questionPath}.answers`, a);
          for (const resultId of Object.keys(answer.scores)) {
            mustName(formatPath(`${answerPath}.scores`, resultId), resultId, 'a result of this quiz', resultIds);
          }
          if (answer.next !== undefined && answer.next !== 'end' && !later.includes(answer.next)) {
            const options = [...later, 'end'].map((id) => JSON.stringify(id)).join(', ');
            problems.push({ path: `${answerPath}.next`, message: `${answerPath}.next must be the id of a later question or "end" (one of ${options})` });
          }
        });
      });
      experience.results.forEach((result, r) => {
        const resultPath = formatPath(`${base}.results`, r);
        if (result.variant !== undefined) mustName(`${resultPath}.variant`, result.variant, 'a variant of the viewer', ids(viewer?.variants));
      });
    }
  });

  config.experiments?.forEach((experiment, x) => {
    experiment.arms.forEach((arm, a) => {
      const armPath = formatPath(`${formatPath('experiments', x)}.arms`, a);
      const patchPath = `${armPath}.patch`;
      if ('holdout' in arm && 'patch' in arm) problems.push({ path: patchPath, message: `${patchPath}: a hold-out arm shows no showroom, so it takes no patch; remove the patch or the holdout` });
      for (const key of UNPATCHABLE) {
        if ('patch' in arm && arm.patch && Object.hasOwn(arm.patch, key)) {
          problems.push({ path: `${patchPath}.${key}`, message: `${patchPath}.${key} cannot be changed by an experiment: remove it from the patch` });
        }
      }
    });
  });
  return problems;
}
