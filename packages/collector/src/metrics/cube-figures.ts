import { CUBE_COLUMNS } from '../rollups/fact-columns.js';
import type { CubeSums } from './query-cube.js';
import type { Counts, Indicators, Module, ModuleRow } from './metrics-types.js';
import { MODULES } from './metrics-types.js';
import { rate } from './rate.js';

/** The module each counted event belongs to: with a module filter, the others' counts are 0. */
const COUNTS: Record<keyof Counts, [column: keyof CubeSums, module: Module]> = {
  hotspotsOpened: ['hotspots', 'sense'],
  variantsSelected: ['variants', 'sense'],
  arLaunched: ['ar', 'act'], // "act (try it: AR, configure, buy)", PRODUCT.md §1, as the widget reports it
  ctaClicked: ['cta', 'act'],
  shared: ['shared', 'relate'],
  quizCompleted: ['quiz_completed', 'think'],
  storyCompleted: ['story_completed', 'feel'],
};

/** Sums of nothing. */
export const emptySums = (): CubeSums => Object.fromEntries(CUBE_COLUMNS.map((column) => [column, 0])) as CubeSums;

/** Interactions, engaged time and engaged sessions of the cube sums: all, or one module's. */
export function engagement(sums: CubeSums, module: Module | undefined): { interactions: number; engagedMs: number; engagedSessions: number } {
  return module === undefined
    ? { interactions: sums.interactions, engagedMs: sums.engaged_ms, engagedSessions: sums.engaged_sessions }
    : { interactions: sums[`interactions_${module}`], engagedMs: sums[`engaged_ms_${module}`], engagedSessions: sums[`engaged_sessions_${module}`] };
}

/** The counts of the cube sums (only the module's own, with a module filter). */
export function countsOf(sums: CubeSums, module: Module | undefined): Counts {
  const entries = Object.entries(COUNTS).map(([name, [column, own]]) => [name, module === undefined || module === own ? sums[column] : 0]);
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
