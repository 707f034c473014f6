import { addFacts, emptyFacts } from './fact-columns.js';
import type { LandingTouch } from './landing-touch.js';
import type { VisitRollup } from './visit-rollup.js';

/** The touch of the earlier landing (by time, then messageId, as buildVisits orders events). */
const earlierTouch = (a: VisitRollup, b: VisitRollup): LandingTouch =>
  a.start < b.start || (a.start === b.start && a.touch.messageId <= b.touch.messageId) ? a.touch : b.touch;

/** One visit of the same visitor made of two (a later batch extending a stored visit). Pure. */
export function mergeVisits(a: VisitRollup, b: VisitRollup): VisitRollup {
  const parts = new Map<string, { facts: ReturnType<typeof emptyFacts>; end: number }>();
  for (const visit of [a, b]) {
    for (const [part, { facts, end }] of visit.parts) {
      const into = parts.get(part) ?? { facts: emptyFacts(), end };
      parts.set(part, { facts: addFacts(into.facts, facts), end: Math.max(into.end, end) });
    }
  }
  return {
    visitor: a.visitor,
    start: Math.min(a.start, b.start),
    end: Math.max(a.end, b.end),
    touch: earlierTouch(a, b),
    parts,
    arms: new Set([...a.arms, ...b.arms]),
    answers: new Set([...a.answers, ...b.answers]),
  };
}
