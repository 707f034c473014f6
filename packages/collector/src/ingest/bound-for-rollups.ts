import { isShowroomEvent } from '@vitrine/contracts';
import type { IgnoredReason } from './ignored-reason.js';
import { isPlainObject } from './is-plain-object.js';
import { ROLLUP_BOUNDS } from './rollup-bounds.js';

/** An event's properties as the rollups may read them, and what was left out. */
export interface BoundedProperties {
  /** `properties` itself when nothing was out of bounds, else a copy without the culprits. */
  properties: Record<string, unknown>;
  /** Each property left out (its name, never its value) and why. */
  ignored: { field: string; reason: IgnoredReason }[];
}

const isGiven = (value: unknown): boolean => value !== undefined && value !== null;
const isId = (value: unknown): value is string => typeof value === 'string' && ROLLUP_BOUNDS.idPattern.test(value);
const isPosition = (value: unknown, max: number): boolean => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= max;
const isEngagedMs = (value: unknown): boolean =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= ROLLUP_BOUNDS.maxEngagedMsPerEvent;

/**
 * The rule that bounds the work one event can cause in the rollups (ROLLUP_BOUNDS): values no
 * valid config makes the widget send are left out, never clamped (a clamped forgery would still
 * count). Pure; buildVisits and buildExposures read events through it, so a rebuild obeys it too,
 * and ingest counts what it leaves out.
 */
export function boundForRollups(event: string | null, properties: Record<string, unknown>): BoundedProperties {
  let bounded = properties;
  const ignored: BoundedProperties['ignored'] = [];
  const replace = (field: string, reason: IgnoredReason, value?: unknown): void => {
    if (bounded === properties) bounded = { ...properties };
    if (value === undefined) delete bounded[field];
    else bounded[field] = value;
    ignored.push({ field, reason });
  };
  const check = (field: string, reason: IgnoredReason, valid: (value: unknown) => boolean): void => {
    if (isGiven(properties[field]) && !valid(properties[field])) replace(field, reason);
  };

  // Narrowed to the vocabulary's names, so that the compiler checks each name compared below.
  const known = isShowroomEvent(event) ? event : undefined;
  check('showroom_id', 'ids', isId);
  if (known === 'Quiz Answered') {
    check('question', 'quiz_position', (value) => isPosition(value, ROLLUP_BOUNDS.maxQuizPosition));
    check('question_id', 'ids', isId);
    const answers = properties['answer_ids'];
    if (isGiven(answers) && (!Array.isArray(answers) || answers.length > ROLLUP_BOUNDS.maxAnswerIds)) replace('answer_ids', 'quiz_answers');
    else if (Array.isArray(answers) && !answers.every(isId)) replace('answer_ids', 'ids', answers.filter(isId));
  }
  if (known === 'Story Page Viewed') check('page', 'story_page', (value) => isPosition(value, ROLLUP_BOUNDS.maxStoryPage));
  if (known === 'Engaged Time') check('ms', 'engaged_ms', isEngagedMs);
  if (known === 'Experiment Viewed' && [properties['experiment_id'], properties['arm_id']].some((id) => isGiven(id) && !isId(id))) {
    // An exposure needs both ids: one without the other would count for a wrong arm.
    replace('experiment_id', 'ids');
    delete bounded['arm_id'];
  }
  const experiments = properties['experiments'];
  if (isGiven(experiments)) {
    if (!isPlainObject(experiments) || Object.keys(experiments).length > ROLLUP_BOUNDS.maxExperiments) replace('experiments', 'experiments');
    else if (!Object.entries(experiments).every(([id, arm]) => isId(id) && isId(arm))) {
      replace('experiments', 'ids', Object.fromEntries(Object.entries(experiments).filter(([id, arm]) => isId(id) && isId(arm))));
    }
  }
  return { properties: bounded, ignored };
}
