/** What to do with a batch after the endpoint answered. */
export type Outcome = 'sent' | 'retry' | 'reject';

/**
 * 2xx: sent. 408, 429 and 5xx: try again later. Any other status: the endpoint will never accept
 * this batch, so it is dropped and counted. A network error (status 0) is retried.
 */
export function classifyResponse(status: number): Outcome {
  if (status >= 200 && status < 300) return 'sent';
  if (status === 0 || status === 408 || status === 429 || status >= 500) return 'retry';
  return 'reject';
}
