const encoder = new TextEncoder();

/**
 * The UTF-8 length of a string in bytes. The encoded copy lives for this call only, and a JSON
 * text (what it measures) never holds the lone surrogates that TextEncoder would replace.
 */
export function byteLength(text: string): number {
  return encoder.encode(text).length;
}
