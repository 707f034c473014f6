/** One thing wrong (or worth a look) in a config: where, and what to do about it, in plain words. */
export interface ConfigProblem {
  /** JSON path, e.g. `experiences[1].pages[0].media`; "" for the whole document. */
  path: string;
  /** A sentence that starts with the path and names the fix. */
  message: string;
}
