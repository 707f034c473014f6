/**
 * `POST /api/visitors/delete` (admin only): a data subject's erasure request, by exactly one of
 * the visitor's ids.
 */
export type DeleteVisitorRequest = { anonymousId: string } | { userId: string };

/** The number of that visitor's events deleted (their rollups go with them). */
export interface DeleteVisitorAnswer {
  deleted: number;
}
