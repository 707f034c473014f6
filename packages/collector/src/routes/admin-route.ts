import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AdminContext } from './admin-context.js';

/** One route behind the admin guard. */
export interface AdminRoute {
  method: 'GET' | 'POST';
  /** `/api/configs/{id}`; a final `*` matches any rest of the path (static pages). */
  path: string;
  /** A concrete path the route answers, for the test that every route refuses strangers. */
  example: string;
  handle(context: AdminContext, req: IncomingMessage, res: ServerResponse, params: Record<string, string>): Promise<void> | void;
}
