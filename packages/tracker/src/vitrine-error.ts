/**
 * A setup mistake (bad options), thrown only where the caller can catch it synchronously:
 * `createTracker()` and `vitrine.init()`. Runtime failures are never thrown; they are counted.
 */
export class VitrineError extends Error {
  override readonly name = 'VitrineError';

  constructor(
    /** A stable code to search for, such as `bad-option`. */
    readonly code: string,
    message: string,
  ) {
    super(`[vitrine:${code}] ${message}`);
  }
}
