import type { DeleteVisitorRequest } from '@vitrine/contracts';

/**
 * Names one visitor whose data is to be deleted: by the tracker's anonymousId, or by the site's
 * userId, as `POST /api/visitors/delete` asks.
 */
export type VisitorRef = DeleteVisitorRequest;
