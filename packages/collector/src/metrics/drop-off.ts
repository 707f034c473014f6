/** Share of the previous step's sessions that did not reach this one; null without a previous step or when it had none. */
export function dropOff(sessions: number, previous: number | undefined): number | null {
  return previous === undefined || previous === 0 ? null : 1 - sessions / previous;
}
