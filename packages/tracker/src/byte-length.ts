/** The UTF-8 length of a string in bytes, without allocating an encoded copy. */
export function byteLength(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    // A surrogate pair (0xd800 to 0xdfff: the codes whose top five of 16 bits are 11011) is 2 UTF-16
    // units and 4 UTF-8 bytes: one more byte for each unit.
    bytes += code < 0x800 || code >> 11 === 0x1b ? 1 : 2;
  }
  return bytes;
}
