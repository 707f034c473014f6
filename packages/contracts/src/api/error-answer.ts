import type { ConfigProblem } from '../config/config-problem.js';

/** Any refused request of the collector's HTTP API: what is wrong, in words that name the field. */
export interface ErrorAnswer {
  /** A sentence for a developer reading the response, e.g. `batch[2].messageId is required`. */
  error: string;
  /** Where in the body: `batch[2].messageId`, `batch`, or absent for the body as a whole. */
  path?: string;
  /** For size limits: the limit that was passed (bytes or messages). */
  limit?: number;
  /** For size limits: the size that was found (bytes or messages). */
  size?: number;
  /** 415: the Content-Encodings the route reads. */
  accepted?: string[];
  /** 429: seconds to wait, as the Retry-After header says. */
  retryAfter?: number;
  /** 422, a publish of an invalid version: the validator's errors. */
  errors?: ConfigProblem[];
}
