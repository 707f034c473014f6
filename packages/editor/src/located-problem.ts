import type { ConfigProblem } from '@vitrine/contracts';
import type { TextSpan } from './map-json-spans.js';

/** A validator problem with where it sits in the JSON text. */
export interface LocatedProblem extends ConfigProblem {
  severity: 'error' | 'warning';
  /** Undefined when the text is not JSON (then only the syntax error is shown). */
  span?: TextSpan;
  /** 1-based line of `span.start`. */
  line?: number;
}
