/**
 * The bytes a `Range` header asks of a `size`-byte file, as [first, last] inclusive: undefined for
 * no header or one this server does not do (several ranges, another unit: the whole file is sent,
 * as RFC 9110 allows), 'unsatisfiable' for a range wholly past the end (answered 416). Safari plays
 * a video only from a server that answers ranges.
 */
export function byteRange(header: string | undefined, size: number): [number, number] | 'unsatisfiable' | undefined {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '');
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  const [from, to] = [match[1] === '' ? undefined : Number(match[1]), match[2] === '' ? undefined : Number(match[2])];
  if (from === undefined) {
    // bytes=-n: the last n bytes.
    if (to === 0 || size === 0) return 'unsatisfiable';
    return [Math.max(0, size - to!), size - 1];
  }
  if (to !== undefined && to < from) return undefined; // malformed: ignored, the whole file
  if (from >= size) return 'unsatisfiable';
  return [from, Math.min(to ?? size - 1, size - 1)];
}
