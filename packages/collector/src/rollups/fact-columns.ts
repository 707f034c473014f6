import { MODULES } from '@vitrine/contracts';
import { ROLLUP_BOUNDS } from '../ingest/rollup-bounds.js';

/**
 * What one visit did in one showroom (or in all, the part '*'), one column each in
 * `rollup_visits`. Summed when a visit grows, except MAX_COLUMNS, which keep the largest.
 */
export const FACT_COLUMNS = [
  'loads',
  'views',
  'engaged_ms',
  'interactions',
  'cta',
  'hotspots',
  'variants',
  'ar',
  'shared',
  'quiz_completed',
  'story_completed',
  'quiz_starts',
  'quiz_cta',
  'engaged_ms_sense',
  'engaged_ms_feel',
  'engaged_ms_think',
  'engaged_ms_act',
  'engaged_ms_relate',
  'interactions_sense',
  'interactions_feel',
  'interactions_think',
  'interactions_act',
  'interactions_relate',
  // The furthest quiz question (1-based position) answered, and the furthest story page viewed.
  'quiz_answered',
  'story_page',
] as const;

export type FactColumn = (typeof FACT_COLUMNS)[number];
export const MAX_COLUMNS: ReadonlySet<FactColumn> = new Set<FactColumn>(['quiz_answered', 'story_page']);
/** Sums that stop at ROLLUP_BOUNDS.maxEngagedMsPerVisit. */
const ENGAGED_COLUMNS: ReadonlySet<FactColumn> = new Set<FactColumn>(['engaged_ms', ...MODULES.map((module) => `engaged_ms_${module}` as const)]);

/**
 * A visit's engaged ms, saturated at its ceiling. All terms are ≥ 0, so min(a + b, C) is
 * associative: a visit extended batch by batch saturates exactly as its rebuild does.
 */
export const capEngagedMs = (sum: number): number => Math.min(sum, ROLLUP_BOUNDS.maxEngagedMsPerVisit);

export type Facts = Record<FactColumn, number>;

export const emptyFacts = (): Facts => Object.fromEntries(FACT_COLUMNS.map((column) => [column, 0])) as Facts;

/** `into` plus `other`: sums (engaged ms saturated by capEngagedMs), and the larger of MAX_COLUMNS. */
export function addFacts(into: Facts, other: Facts): Facts {
  for (const column of FACT_COLUMNS) {
    const sum = into[column] + other[column];
    into[column] = MAX_COLUMNS.has(column) ? Math.max(into[column], other[column]) : ENGAGED_COLUMNS.has(column) ? capEngagedMs(sum) : sum;
  }
  return into;
}

/**
 * The figures one visit part adds to the `rollup_cube` row of its bucket: itself counted once,
 * its sums, and whether it was engaged (overall and per module), so that every indicator except
 * distinct visitors is a sum over at most one row per 15 minutes.
 */
export const CUBE_COLUMNS = [
  'visits',
  'engaged_sessions',
  'engaged_sessions_sense',
  'engaged_sessions_feel',
  'engaged_sessions_think',
  'engaged_sessions_act',
  'engaged_sessions_relate',
  ...(FACT_COLUMNS.filter((column) => column !== 'quiz_answered' && column !== 'story_page') as Exclude<FactColumn, 'quiz_answered' | 'story_page'>[]),
  // Visitors first exposed to the arm in the bucket (only under an arm, never from a visit).
  'exposures',
] as const;

export type CubeColumn = (typeof CUBE_COLUMNS)[number];

export function cubeFigures(facts: Facts): Record<CubeColumn, number> {
  const figures = { visits: 1, engaged_sessions: facts.engaged_ms > 0 ? 1 : 0, exposures: 0 } as Record<CubeColumn, number>;
  for (const module of MODULES) figures[`engaged_sessions_${module}`] = facts[`engaged_ms_${module}`] > 0 ? 1 : 0;
  for (const column of FACT_COLUMNS) if (!MAX_COLUMNS.has(column)) figures[column as CubeColumn] = facts[column];
  return figures;
}

/**
 * The funnel steps a visit part reached: 'view', 'start', 'q1'..'qN', 'complete', 'cta' (the
 * quiz's recommendation clicked), 'story:1'..'story:N', 'story:complete'.
 */
export function stepsReached(facts: Facts): string[] {
  const steps: string[] = [];
  if (facts.views > 0) steps.push('view');
  if (facts.quiz_starts > 0) steps.push('start');
  for (let n = 1; n <= facts.quiz_answered; n++) steps.push(`q${n}`);
  if (facts.quiz_completed > 0) steps.push('complete');
  if (facts.quiz_cta > 0) steps.push('cta');
  for (let n = 1; n <= facts.story_page; n++) steps.push(`story:${n}`);
  if (facts.story_completed > 0) steps.push('story:complete');
  return steps;
}
