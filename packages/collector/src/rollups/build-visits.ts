import { EVENT_VOCABULARY, isCommerceEvent, isShowroomEvent, MODULES, type ShowroomEventName } from '@vitrine/contracts';
import { boundForRollups } from '../ingest/bound-for-rollups.js';
import { capEngagedMs, emptyFacts, type FactColumn, type Facts } from './fact-columns.js';
import { landingTouch } from './landing-touch.js';
import { byTime, type RollupEvent } from './rollup-event.js';
import { SESSION_GAP_MS } from './session-gap.js';
import { WHOLE_VISIT, type VisitRollup } from './visit-rollup.js';

/** Counted events, by the fact they add one to. */
const COUNTED: Readonly<Partial<Record<ShowroomEventName, FactColumn>>> = {
  'Showroom Loaded': 'loads',
  'Showroom Viewed': 'views',
  'Hotspot Opened': 'hotspots',
  'Variant Selected': 'variants',
  'AR Launched': 'ar',
  'CTA Clicked': 'cta',
  Shared: 'shared',
  'Quiz Started': 'quiz_starts',
  'Quiz Completed': 'quiz_completed',
  'Story Completed': 'story_completed',
};

const MODULE_NAMES: ReadonlySet<string> = new Set(MODULES);

/**
 * Splits one visitor's events into visits (a gap of more than 30 minutes starts a new one) and
 * sums what each visit did, per showroom and as a whole. Pure: the same events give the same
 * rollups whatever order they arrived in, which is what lets a rebuild equal the rollups kept at ingest.
 * Each event is read through boundForRollups: values out of its bounds count for nothing. A visit's
 * channel is its first event's (landingTouch), `exclusions` being the referral-excluded domains.
 */
export function buildVisits(events: readonly RollupEvent[], exclusions: readonly string[] = []): VisitRollup[] {
  const visits: VisitRollup[] = [];
  let visit: VisitRollup | undefined;
  for (const event of [...events].sort(byTime)) {
    // An order is no visit: a shop's server sends it too, after the shopper left (rollup_orders counts it).
    if (event.event === 'Order Completed') continue;
    if (!visit || event.timestamp - visit.end > SESSION_GAP_MS) {
      visit = { visitor: event.visitor, start: event.timestamp, end: event.timestamp, touch: landingTouch(event, exclusions), parts: new Map(), arms: new Set(), answers: new Set() };
      visits.push(visit);
    }
    visit.end = event.timestamp;
    addEvent(visit, event);
  }
  return visits;
}

function addEvent(visit: VisitRollup, { event, timestamp, properties: raw }: RollupEvent): void {
  const { properties } = boundForRollups(event, raw);
  const showroomId = typeof properties['showroom_id'] === 'string' ? properties['showroom_id'] : '';
  const module = typeof properties['module'] === 'string' && MODULE_NAMES.has(properties['module']) ? properties['module'] : undefined;
  const answers = event === ('Quiz Answered' satisfies ShowroomEventName) ? answersOf(properties) : [];
  for (const part of new Set([showroomId, WHOLE_VISIT])) {
    const entry = visit.parts.get(part) ?? { facts: emptyFacts(), end: timestamp };
    visit.parts.set(part, entry);
    entry.end = Math.max(entry.end, timestamp);
    addToFacts(entry.facts, event, module, properties);
    for (const answer of answers) visit.answers.add(`${part}\0${answer}`);
  }
  const { experiments } = properties;
  if (experiments !== null && typeof experiments === 'object' && !Array.isArray(experiments)) {
    for (const [experimentId, armId] of Object.entries(experiments)) {
      if (experimentId !== '' && typeof armId === 'string' && armId !== '') visit.arms.add(`${experimentId}\0${armId}`);
    }
  }
}

/**
 * Adds one event to a visit part's facts. The vocabulary says which events are interactions; an
 * event of a module that the vocabulary does not name (another client's) counts as one too.
 */
function addToFacts(facts: Facts, event: string | null, module: string | undefined, properties: Record<string, unknown>): void {
  // Narrowed to the vocabulary's names (hasOwn: an event named `constructor` finds nothing), so
  // that every name compared below is checked by the compiler.
  const known = isShowroomEvent(event) ? event : undefined;
  const counted = known === undefined ? undefined : COUNTED[known];
  if (counted) facts[counted]++;
  if (known === 'CTA Clicked' && properties['source'] === 'quiz') facts.quiz_cta++;
  if (known === 'Quiz Answered' && isPosition(properties['question'])) facts.quiz_answered = Math.max(facts.quiz_answered, properties['question']);
  if (known === 'Story Page Viewed' && isPosition(properties['page'])) facts.story_page = Math.max(facts.story_page, properties['page']);
  // The shop's cart events are outcomes, not showroom interactions, even when they name a module.
  if (module === undefined || event === null || isCommerceEvent(event)) return;
  if (known === 'Engaged Time') {
    const ms = properties['ms'];
    const engaged = typeof ms === 'number' && Number.isFinite(ms) && ms > 0 ? Math.round(ms) : 0;
    const column = `engaged_ms_${module}` as FactColumn;
    facts.engaged_ms = capEngagedMs(facts.engaged_ms + engaged);
    facts[column] = capEngagedMs(facts[column] + engaged);
  } else if (known === undefined || EVENT_VOCABULARY[known].interaction) {
    facts.interactions++;
    facts[`interactions_${module}` as FactColumn]++;
  }
}

/** `position\0question\0answer` for each answer chosen (one with answer '' when none is named). */
function answersOf(properties: Record<string, unknown>): string[] {
  const position = properties['question'];
  if (!isPosition(position)) return [];
  const questionId = typeof properties['question_id'] === 'string' ? properties['question_id'] : '';
  const chosen = Array.isArray(properties['answer_ids']) ? properties['answer_ids'].filter((id): id is string => typeof id === 'string' && id !== '') : [];
  return chosen.map((answerId) => `${position}\0${questionId}\0${answerId}`);
}

const isPosition = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1;
