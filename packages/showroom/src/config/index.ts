// The config API: validation, experiments, quiz rules and UI strings. Pure: no DOM, no WebGL.
export type * from './showroom-config.js';
export type { ConfigProblem } from './config-problem.js';
export type { ConfigValidation } from './validate-config.js';
export type { ExperimentsApplied } from './apply-experiments.js';
export type { QuizScore } from './score-quiz.js';
export type { StringKey } from './default-strings.js';
export type { JsonSchema } from './json-schema.js';

export { validateConfig } from './validate-config.js';
export { applyExperiments } from './apply-experiments.js';
export { bucketVisitor } from './bucket-visitor.js';
export { mergePatch } from './merge-patch.js';
export { scoreQuiz } from './score-quiz.js';
export { nextQuestion } from './next-question.js';
export { contrastRatio } from './contrast-ratio.js';
export { themeContrast } from './theme-contrast.js';
export { buttonTextColor } from './button-text-color.js';
export { isAllowedUrl } from './is-allowed-url.js';
export { DEFAULT_STRINGS } from './default-strings.js';
export { formatString } from './format-string.js';
