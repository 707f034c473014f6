/** Where to send the admin after login: `next` when it is a path under /admin/, else the editor. */
export function safeNext(next: string | null | undefined): string {
  // Only same-site paths: `//evil.example` or `/admin/../x` tricks would make this an open redirect.
  if (next && /^\/admin\/[\w\-./?=&%]*$/.test(next) && !next.includes('..') && !next.startsWith('/admin/login')) return next;
  return '/admin/editor/';
}
