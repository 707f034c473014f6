import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_VOCABULARY, MODULES, type MetricsResult, type Module, type ShowroomEventName, type ShowroomEvents } from '../../../../packages/contracts/src/index.js';
import { createReporter } from '../../../../packages/showroom/src/reporting/create-reporter.js';
import { startTestCollector, type TestCollector } from '../../collector/start-test-collector.js';

// Every event of the vocabulary, walked end to end: the widget's own reporter decides the module it
// is sent under, the collector files it (GET /api/metrics, per module and with each module filter),
// and both must say what EVENT_VOCABULARY says. A new event without an example here fails to compile.
const EXAMPLES: { [N in ShowroomEventName]: ShowroomEvents[N] } = {
  'Showroom Loaded': { modules: ['sense', 'think'] },
  'Showroom Viewed': {},
  'Model Loaded': { ms: 840 },
  'Model Rotated': { degrees: 40, method: 'drag' },
  'Model Zoomed': { factor: 1.5, method: 'wheel' },
  'Hotspot Opened': { hotspot_id: 'seat', label: 'Seat', method: 'tap' },
  'Variant Selected': { variant: 'moss', label: 'Moss', method: 'tap' },
  'AR Launched': { mode: 'quick-look' },
  'Story Page Viewed': { page: 2, page_count: 4, title: 'Made to last', method: 'button' },
  'Story Completed': { page_count: 4 },
  'Quiz Started': { question_count: 3 },
  'Quiz Answered': { question_id: 'room', question: 1, answer_ids: ['studio'] },
  'Quiz Completed': { result_id: 'calm', variant: 'moss', answer_count: 3 },
  'Recommendation Viewed': { result_id: 'calm', variant: 'moss' },
  'Incentive Revealed': { result_id: 'calm', label: '10% off' },
  'CTA Clicked': { label: 'Add to basket', href: '/basket', source: 'quiz' },
  Shared: { method: 'copy-link', ref: 'k3x9q2m1' },
  'Experiment Viewed': { experiment_id: 'cta-wording', arm_id: 'control' },
  'Engaged Time': { ms: 1_000 },
};
/** The showroom's first experience, whose module the widget-wide events are sent under. */
const FIRST: Module = 'relate';
/** Where the shopper spent the Engaged Time of the walk. */
const ENGAGED_IN: Module = 'think';

/** The module EVENT_VOCABULARY says `event` is sent under, in this walk's showroom. */
function expectedModule(event: ShowroomEventName): Module {
  const { module } = EVENT_VOCABULARY[event];
  return module === 'widget' ? FIRST : module === 'engaged' ? ENGAGED_IN : module;
}

/** What the widget's reporter sends for `event`, as the tracker receives it. */
function reported(event: ShowroomEventName, showroomId: string): Record<string, unknown> {
  const sent: Record<string, unknown>[] = [];
  let clock = 0;
  const reporter = createReporter({
    tracker: { track: (name, properties) => void (name === event && sent.push(properties ?? {})) },
    showroomId,
    configVersion: 1,
    experiments: {},
    anonymousId: `visitor-${showroomId}`,
    firstModule: FIRST,
    persist: false,
    now: () => clock,
  });
  if (event === 'Engaged Time') {
    // Engaged Time is the reporter's own: the time after an interaction, sent when it is flushed.
    reporter.interact(ENGAGED_IN);
    clock = 1_000;
    reporter.flushEngaged();
  } else {
    reporter.report(event, EXAMPLES[event] as never);
  }
  expect(sent, `the reporter sends ${event} once`).toHaveLength(1);
  return sent[0]!;
}

let collector: TestCollector;
beforeAll(async () => {
  collector = await startTestCollector();
});
afterAll(() => collector.stop());

const slug = (event: string): string => event.toLowerCase().replaceAll(' ', '-');

async function metrics(showroomId: string, module?: Module): Promise<MetricsResult> {
  const answer = await collector.adminGet(`/api/metrics?showroom=${showroomId}${module ? `&module=${module}` : ''}`);
  expect(answer.status).toBe(200);
  return (await answer.json()) as MetricsResult;
}

const countsTotal = (result: MetricsResult): number => Object.values(result.counts).reduce((sum, n) => sum + n, 0);

describe('EVENT_VOCABULARY', () => {
  it.each(Object.keys(EVENT_VOCABULARY) as ShowroomEventName[])('%s: the widget sends it, and /api/metrics files it, under the vocabulary’s module', async (event) => {
    const showroomId = `walk-${slug(event)}`;
    const module = expectedModule(event);
    const { interaction } = EVENT_VOCABULARY[event];

    const properties = reported(event, showroomId);
    expect(properties['module'], 'the module the widget sends').toBe(module);

    const message = { messageId: `${showroomId}-1`, type: 'track', event, anonymousId: `visitor-${showroomId}`, timestamp: new Date().toISOString(), properties, context: { sessionId: 1 } };
    expect((await collector.post('/v1/batch', { batch: [message], sentAt: new Date().toISOString() })).status).toBe(200);

    const all = await metrics(showroomId);
    expect(all.indicators.interactions, 'an interaction, or not').toBe(interaction ? 1 : 0);
    for (const row of all.modules) {
      expect(row.interactions, `interactions under ${row.module}`).toBe(interaction && row.module === module ? 1 : 0);
      expect(row.interactionMs > 0, `engaged time under ${row.module}`).toBe(event === 'Engaged Time' && row.module === module);
    }
    // A counted event (Counts) counts with its own module's filter, and with no other.
    const counted = countsTotal(all);
    for (const filter of MODULES) {
      expect(countsTotal(await metrics(showroomId, filter)), `counts with the ${filter} filter`).toBe(filter === module ? counted : 0);
    }
  });

  it('names each module event under one of the five modules, and the widget-wide ones as no interaction', () => {
    for (const [event, { module, interaction }] of Object.entries(EVENT_VOCABULARY)) {
      if (module === 'widget' || module === 'engaged') expect(interaction, event).toBe(false);
      else expect(MODULES, event).toContain(module);
    }
  });
});
