// The config API: validation, experiments, quiz rules and UI strings. Pure: no DOM, no WebGL.
// The schema, the validator and what an experiment arm means are @vitrine/contracts', re-exported
// here; the quiz rules and the widget's string formatting are the widget's own.
export type {
  Answer, Arm, CameraPreset, Color, Cta, Experience, Experiment, Hotspot, Product, Question, QuizExperience,
  QuizResult, ShowroomConfig, StoryExperience, StoryPage, Theme, Trigger, Url, Variant, ViewerExperience,
} from '@vitrine/contracts';
export type { ConfigProblem, ConfigValidation, ExperimentsApplied, JsonSchema, StringKey } from '@vitrine/contracts';
export type { QuizScore } from './score-quiz.js';

export { applyExperiments, bucketVisitor, contrastRatio, DEFAULT_STRINGS, isAllowedUrl, mergePatch, themeContrast, validateConfig } from '@vitrine/contracts';
export { scoreQuiz } from './score-quiz.js';
export { nextQuestion } from './next-question.js';
export { buttonTextColor } from './button-text-color.js';
export { formatString } from './format-string.js';
