import { joinPath } from './join-path.js';

/** Where a value sits in JSON text: character offsets, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

const PRIMITIVE = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/**
 * Every value's JSON path (as the validator writes paths) mapped to its place in `text`;
 * undefined when `text` is not valid JSON (JSON.parse then says where it broke).
 */
export function mapJsonSpans(text: string): Map<string, TextSpan> | undefined {
  const spans = new Map<string, TextSpan>();
  let i = 0;
  const fail = (): never => {
    throw new SyntaxError(`unexpected character at ${i}`);
  };
  const space = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const string = (): string => {
    const start = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (i >= text.length) fail();
    return JSON.parse(text.slice(start, ++i)) as string;
  };
  const items = (close: string, item: (index: number) => void): void => {
    i++;
    space();
    if (text[i] === close) return void i++;
    for (let index = 0; ; index++) {
      item(index);
      space();
      const next = text[i++];
      if (next === close) return;
      if (next !== ',') fail();
    }
  };
  const value = (path: string): void => {
    space();
    const start = i;
    const c = text[i];
    if (c === '{') {
      items('}', () => {
        space();
        if (text[i] !== '"') fail();
        const key = string();
        space();
        if (text[i++] !== ':') fail();
        value(joinPath(path, key));
      });
    } else if (c === '[') items(']', (index) => value(joinPath(path, index)));
    else if (c === '"') string();
    else {
      PRIMITIVE.lastIndex = i;
      if (!PRIMITIVE.test(text)) fail();
      i = PRIMITIVE.lastIndex;
    }
    spans.set(path, { start, end: i });
  };
  try {
    value('');
    space();
    if (i !== text.length) fail();
    return spans;
  } catch {
    return undefined;
  }
}
