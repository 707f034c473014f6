/** What went wrong, for the component's fallback and the debug log. */
export type ViewerErrorCode = 'no-webgl' | 'bad-url' | 'load-failed' | 'disposed';

/** A viewer failure with a code and a message that names the model and the cause. */
export class ViewerError extends Error {
  override readonly name = 'ViewerError';
  constructor(
    readonly code: ViewerErrorCode,
    message: string,
  ) {
    super(`[vitrine viewer ${code}] ${message}`);
  }
}
