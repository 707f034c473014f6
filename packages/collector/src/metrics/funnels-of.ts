import type { FunnelStep, StoryReport } from '@vitrine/contracts';
import { dropOff } from './drop-off.js';
import { rate } from './rate.js';

/**
 * The quiz funnel (view → start → each question → complete → the recommendation's CTA) and the
 * story's reach per page and completion, from the sessions that reached each step of the step
 * cube ('q2', 'story:3', ...). Pure: the same for the whole scope and for each of its channels.
 */
export function funnelsOf(sessions: ReadonlyMap<string, number>): { quiz: { steps: FunnelStep[] }; story: StoryReport } {
  const steps = [...sessions.keys()];
  const order: [key: string, label: string][] = [
    ['view', 'Viewed the showroom'],
    ['start', 'Started the quiz'],
    ...Array.from({ length: positionsOf(steps, 'q').at(-1) ?? 0 }, (_, i): [string, string] => [`q${i + 1}`, `Answered question ${i + 1}`]),
    ['complete', 'Completed the quiz'],
    ['cta', 'Clicked the recommendation'],
  ];
  const funnel = order.map(([key, label], i): FunnelStep => {
    const count = sessions.get(key) ?? 0;
    return { key, label, sessions: count, dropOff: dropOff(count, i === 0 ? undefined : (sessions.get(order[i - 1]![0]) ?? 0)) };
  });
  const pages = positionsOf(steps, 'story:').map((page) => ({ page, sessions: sessions.get(`story:${page}`) ?? 0 }));
  const completed = sessions.get('story:complete') ?? 0;
  return { quiz: { steps: funnel }, story: { pages, completed, completionRate: rate(completed, sessions.get('story:1') ?? 0) } };
}

/** The numbers N of steps named `${prefix}N`, ascending. */
function positionsOf(steps: readonly string[], prefix: string): number[] {
  return steps
    .filter((step) => step.startsWith(prefix) && /^\d+$/.test(step.slice(prefix.length)))
    .map((step) => Number(step.slice(prefix.length)))
    .sort((a, b) => a - b);
}
