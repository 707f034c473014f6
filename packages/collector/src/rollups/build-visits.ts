import { byTime, type RollupEvent } from './rollup-event.js';
import { SESSION_GAP_MS } from './session-gap.js';
import type { ModuleFacts, StepReached, VisitRollup } from './visit-rollup.js';

/** Events of a module that are not interactions (PRODUCT.md §3): the widget's own reports. */
const NOT_INTERACTIONS = new Set(['Showroom Loaded', 'Showroom Viewed', 'Model Loaded', 'Experiment Viewed', 'Engaged Time']);

/** Counted events, by the ModuleFacts field they add one to. */
const COUNTED: Record<string, keyof ModuleFacts> = {
  'Hotspot Opened': 'hotspots',
  'Variant Selected': 'variants',
  'AR Launched': 'ar',
  'CTA Clicked': 'cta',
  Shared: 'shared',
  'Quiz Completed': 'quizCompleted',
  'Story Completed': 'storyCompleted',
};

const MODULES = new Set(['sense', 'feel', 'think', 'act', 'relate']);

/**
 * Splits one visitor's events into visits (a gap of more than 30 minutes starts a new one) and
 * sums what each visit did. Pure: the same events give the same rollups whatever order they
 * arrived in, which is what lets a rebuild from raw events equal the rollups kept at ingest.
 */
export function buildVisits(events: readonly RollupEvent[]): VisitRollup[] {
  const visits: VisitRollup[] = [];
  let visit: VisitRollup | undefined;
  for (const event of [...events].sort(byTime)) {
    if (!visit || event.timestamp - visit.end > SESSION_GAP_MS) {
      visit = { visitor: event.visitor, start: event.timestamp, end: event.timestamp, showrooms: new Map(), modules: new Map(), steps: new Map() };
      visits.push(visit);
    }
    visit.end = event.timestamp;
    addEvent(visit, event);
  }
  return visits;
}

function addEvent(visit: VisitRollup, { event, timestamp, properties }: RollupEvent): void {
  const showroomId = typeof properties['showroom_id'] === 'string' ? properties['showroom_id'] : '';
  const showroom = visit.showrooms.get(showroomId) ?? { showroomId, loads: 0, views: 0, end: timestamp };
  visit.showrooms.set(showroomId, showroom);
  showroom.end = Math.max(showroom.end, timestamp);
  if (event === 'Showroom Loaded') showroom.loads++;
  if (event === 'Showroom Viewed') showroom.views++;

  const module = typeof properties['module'] === 'string' && MODULES.has(properties['module']) ? properties['module'] : '';
  const key = `${showroomId}\0${module}`;
  const facts = visit.modules.get(key) ?? emptyFacts(showroomId, module);
  visit.modules.set(key, facts);
  if (event === 'Engaged Time') facts.engagedMs += nonNegative(properties['ms']);
  if (event !== null && module !== '' && !NOT_INTERACTIONS.has(event)) facts.interactions++;
  const counted = event === null ? undefined : COUNTED[event];
  if (counted) (facts[counted] as number)++;

  for (const [step, questionId, answerId] of stepsOf(event, properties)) {
    visit.steps.set(`${showroomId}\0${step}\0${questionId}\0${answerId}`, { showroomId, step, questionId, answerId } satisfies StepReached);
  }
}

/** The funnel steps an event marks as reached: [step, question id, answer id]. */
function stepsOf(event: string | null, properties: Record<string, unknown>): [string, string, string][] {
  switch (event) {
    case 'Showroom Viewed':
      return [['view', '', '']];
    case 'Quiz Started':
      return [['start', '', '']];
    case 'Quiz Answered': {
      const position = properties['question'];
      if (!Number.isInteger(position) || (position as number) < 1) return [];
      const questionId = typeof properties['question_id'] === 'string' ? properties['question_id'] : '';
      const answers = Array.isArray(properties['answer_ids']) ? properties['answer_ids'].filter((id) => typeof id === 'string') : [];
      return (answers.length > 0 ? answers : ['']).map((answerId) => [`q${position as number}`, questionId, answerId]);
    }
    case 'Quiz Completed':
      return [['complete', '', '']];
    // The quiz funnel ends at the recommendation's call to action.
    case 'CTA Clicked':
      return properties['source'] === 'quiz' ? [['cta', '', '']] : [];
    case 'Story Page Viewed': {
      const page = properties['page'];
      return Number.isInteger(page) && (page as number) >= 1 ? [[`story:${page as number}`, '', '']] : [];
    }
    case 'Story Completed':
      return [['story:complete', '', '']];
    default:
      return [];
  }
}

const nonNegative = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : 0);

const emptyFacts = (showroomId: string, module: string): ModuleFacts => ({
  showroomId,
  module,
  engagedMs: 0,
  interactions: 0,
  hotspots: 0,
  variants: 0,
  ar: 0,
  cta: 0,
  shared: 0,
  quizCompleted: 0,
  storyCompleted: 0,
});
