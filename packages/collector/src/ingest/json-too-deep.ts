const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OBJECT = 0x7b; // {
const ARRAY = 0x5b; // [
const OBJECT_END = 0x7d; // }
const ARRAY_END = 0x5d; // ]
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** One open object or array: where the scan is inside it. */
interface Level {
  array: boolean;
  /** The element's index in an array. */
  index: number;
  /** The last key read in an object, as its JSON bytes [start, end). */
  key: [number, number] | undefined;
  /** In an object, whether the next string is a key (after `{` or `,`). */
  expectKey: boolean;
}

/**
 * The JSON path of the first object or array in `body` (JSON text) nested deeper than `maxDepth`
 * levels (the body itself being level 1), or undefined when none is. A scan of the bytes, before
 * JSON.parse and without recursion: a value thousands of levels deep parses, but JSON.stringify,
 * or any recursive walk of it, then overflows the stack. Structure only; whether the text is JSON
 * at all is JSON.parse's to say. UTF-8 is safe to scan bytewise: every byte of a multi-byte
 * character is >= 0x80, so none looks like a quote or a bracket.
 */
export function jsonTooDeep(body: Buffer, maxDepth: number): string | undefined {
  const stack: Level[] = [];
  for (let i = 0; i < body.length; i++) {
    switch (body[i]) {
      case QUOTE: {
        // Strings are most of a body: their end is found by indexOf, in native code.
        const start = i;
        i = stringEnd(body, i);
        const top = stack[stack.length - 1];
        if (top && !top.array && top.expectKey) {
          top.key = [start, i + 1];
          top.expectKey = false;
        }
        break;
      }
      case OBJECT:
      case ARRAY:
        if (stack.length >= maxDepth) return pathOf(body, stack);
        stack.push({ array: body[i] === ARRAY, index: 0, key: undefined, expectKey: true });
        break;
      case OBJECT_END:
      case ARRAY_END:
        stack.pop();
        break;
      case COMMA: {
        const top = stack[stack.length - 1];
        if (top) {
          top.index++;
          top.expectKey = true;
        }
        break;
      }
    }
  }
  return undefined;
}

/** The index of the quote that closes the string opened at `open` (body.length if none does). */
function stringEnd(body: Buffer, open: number): number {
  for (let quote = body.indexOf(QUOTE, open + 1); quote !== -1; quote = body.indexOf(QUOTE, quote + 1)) {
    // Escaped when an odd number of backslashes stands before it.
    let backslashes = 0;
    while (body[quote - 1 - backslashes] === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote;
  }
  return body.length;
}

/** `batch[0].properties["a b"][3]`: where the scan is, from the open levels. */
function pathOf(body: Buffer, stack: readonly Level[]): string {
  let path = '';
  for (const level of stack) {
    if (level.array) path += `[${level.index}]`;
    else if (level.key) {
      const raw = body.toString('utf8', ...level.key);
      let key: string;
      try {
        key = String(JSON.parse(raw));
      } catch {
        key = raw.slice(1, -1);
      }
      path += IDENTIFIER.test(key) ? `${path ? '.' : ''}${key}` : `[${JSON.stringify(key)}]`;
    }
  }
  return path;
}
