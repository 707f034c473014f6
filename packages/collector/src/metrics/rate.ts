/** `part / whole`, or null when `whole` is 0: a rate of nothing is unknown, not 0. */
export const rate = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);
