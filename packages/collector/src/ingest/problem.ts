/** Why a request was refused, in plain words, with the JSON path of the culprit where there is one. */
export interface Problem {
  /** A sentence for a developer reading the response, e.g. `batch[2].messageId is required`. */
  error: string;
  /** Where in the body: `batch[2].messageId`, `batch`, or absent for the body as a whole. */
  path?: string;
  /** For size limits: the limit that was passed (bytes or messages). */
  limit?: number;
  /** For size limits: the size that was found (bytes or messages). */
  size?: number;
}
