import { CUBE_COLUMNS } from '../rollups/fact-columns.js';
import type { CubeSums } from './query-cube.js';
import { EVENT_VOCABULARY, MODULES, type Counts, type Indicators, type Module, type ModuleEventName, type ModuleRow } from '@vitrine/contracts';
import type { VisitCounts } from './outcome-figures.js';
import { rate } from './rate.js';

/** Each count's cube column and the event it counts, filed under that event's module in the vocabulary. */
const COUNTS: Record<keyof Counts, [column: keyof CubeSums, event: ModuleEventName]> = {
  hotspotsOpened: ['hotspots', 'Hotspot Opened'],
  variantsSelected: ['variants', 'Variant Selected'],
  arLaunched: ['ar', 'AR Launched'],
  ctaClicked: ['cta', 'CTA Clicked'],
  shared: ['shared', 'Shared'],
  quizCompleted: ['quiz_completed', 'Quiz Completed'],
  storyCompleted: ['story_completed', 'Story Completed'],
};

/** Sums of nothing. */
export const emptySums = (): CubeSums => Object.fromEntries(CUBE_COLUMNS.map((column) => [column, 0])) as CubeSums;

/** Interactions, engaged time and engaged sessions of the cube sums: all, or one module's. */
export function engagement(sums: CubeSums, module: Module | undefined): { interactions: number; engagedMs: number; engagedSessions: number } {
  return module === undefined
    ? { interactions: sums.interactions, engagedMs: sums.engaged_ms, engagedSessions: sums.engaged_sessions }
    : { interactions: sums[`interactions_${module}`], engagedMs: sums[`engaged_ms_${module}`], engagedSessions: sums[`engaged_sessions_${module}`] };
}

/** The counts of the cube sums (only the module's own events, with a module filter). */
export function countsOf(sums: CubeSums, module: Module | undefined): Counts {
  const entries = Object.entries(COUNTS).map(([name, [column, event]]) => [name, module === undefined || module === EVENT_VOCABULARY[event].module ? sums[column] : 0]);
  return Object.fromEntries(entries) as Counts;
}

/** One row per module (or only the filter's), from the cube sums. */
export function modulesOf(sums: CubeSums, module: Module | undefined): ModuleRow[] {
  return (module === undefined ? MODULES : [module]).map((name) => {
    const { interactions, engagedMs, engagedSessions } = engagement(sums, name);
    return {
      module: name,
      interactionMs: engagedMs,
      engagedSessions,
      interactions,
      interactionMsPerSession: rate(engagedMs, engagedSessions),
      interactionFrequency: rate(interactions, engagedSessions),
    };
  });
}

/** The visits of the cube sums and those that used each module (engaged time in it), for outcomeFigures. */
export function visitCountsOf(sums: CubeSums, visitors: number): VisitCounts {
  const moduleVisits = Object.fromEntries(MODULES.map((module) => [module, sums[`engaged_sessions_${module}`]])) as Record<Module, number>;
  return { visits: sums.visits, visitors, moduleVisits };
}

/** Distinct-visitor figures from queryVisitors and queryCtaAndLive. */
export interface VisitorFigures {
  visitors: number;
  returningVisitors: number;
  ctaVisitors: number;
  liveVisitors: number;
}

/** The indicators of PRODUCT.md §4 from cube sums and distinct-visitor figures. */
export function indicatorsOf(sums: CubeSums, people: VisitorFigures, module: Module | undefined): Indicators {
  const { interactions, engagedMs, engagedSessions } = engagement(sums, module);
  return {
    visits: sums.visits,
    visitors: people.visitors,
    loads: sums.loads,
    views: sums.views,
    onlineRate: rate(sums.views, sums.loads),
    liveVisitors: people.liveVisitors,
    engagedMs,
    visitTimeMs: rate(engagedMs, sums.visits),
    returningVisitors: people.returningVisitors,
    repeatBrowsingRate: rate(people.returningVisitors, people.visitors),
    interactions,
    engagedSessions,
    interactionFrequency: rate(interactions, engagedSessions),
    ctaVisitors: people.ctaVisitors,
    conversionRate: rate(people.ctaVisitors, people.visitors),
  };
}
