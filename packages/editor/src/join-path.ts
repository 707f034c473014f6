const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Appends a key or an index to a JSON path, exactly as the widget's validator writes its paths
 * (`experiences[1].pages[0].media`, `materials["Seat fabric"]`), so its problems can be found.
 */
export function joinPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (!IDENTIFIER.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === '' ? key : `${path}.${key}`;
}
