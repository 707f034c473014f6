/** The UTF-8 length of a string in bytes, without allocating an encoded copy. */
export function byteLength(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    // A surrogate pair is 2 UTF-16 units and 4 UTF-8 bytes: 2 + 1 + 1 over its two units.
    else bytes += code >= 0xd800 && code < 0xdc00 ? 1 : 2;
  }
  return bytes;
}
