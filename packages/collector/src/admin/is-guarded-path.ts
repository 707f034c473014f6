/** The login page and its stylesheet: the only paths under /admin/ open to anyone. */
export const LOGIN_PATHS: readonly string[] = ['/admin/login', '/admin/login.css'];

/** Whether `path` needs the admin: everything under /api/ and /admin/ but the login page. */
export function isGuardedPath(path: string): boolean {
  const admin = path === '/admin' || path.startsWith('/admin/');
  return (path.startsWith('/api/') || path === '/api' || admin) && !LOGIN_PATHS.includes(path);
}
