import { addFacts, emptyFacts } from './fact-columns.js';
import type { VisitRollup } from './visit-rollup.js';

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
    parts,
    arms: new Set([...a.arms, ...b.arms]),
    answers: new Set([...a.answers, ...b.answers]),
  };
}
