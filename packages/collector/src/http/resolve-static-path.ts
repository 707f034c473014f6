import { resolve, sep } from 'node:path';

/**
 * The file under `root` that a URL path names, or undefined when it names none: undecodable
 * escapes, NUL bytes, and any path that would leave `root` (`..`, encoded `%2e%2e`, backslashes)
 * are refused. A path ending in `/` names that folder's index.html. Pure: the caller checks the
 * file system (and symlinks) itself.
 */
export function resolveStaticPath(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const base = resolve(root);
  const file = resolve(base, `.${decoded.endsWith('/') ? `${decoded}index.html` : decoded}`);
  return file.startsWith(base + sep) ? file : undefined;
}
