/** Names one visitor whose data is to be deleted: by the tracker's anonymousId, or by the site's userId. */
export type VisitorRef = { anonymousId: string } | { userId: string };
