// A high surrogate without the low one after it, or a low one without the high one before it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why `text` cannot go into a text column as it is, or undefined when it can. Two kinds of string
 * that JSON can carry have no faithful UTF-8 form:
 * - NUL (`\u0000`): PostgreSQL refuses it in text ("invalid byte sequence for encoding UTF8:
 *   0x00") while SQLite stores it, so one such message failed the whole group transaction there;
 * - a lone surrogate (`\ud800`): PostgreSQL's driver stores U+FFFD in its place, SQLite stores
 *   its raw bytes (CESU-8) and reads back three U+FFFD, so the two databases disagree, and two
 *   distinct ids (`a\ud800`, `a\ud801`) would become the same visitor on PostgreSQL.
 *
 * Such strings are refused (400, with their JSON path), not escaped, where they fill a column of
 * their own (messageId, event, anonymousId, userId, context.sessionId, writeKey): these are
 * identifiers that dedupe, visits, deletion by userId and the dashboard compare as they were
 * sent, so an escaped copy would be a different id that nobody sent, and no tracker generates
 * them (its ids are UUIDs). Inside properties, context and the message's own JSON they need
 * nothing: those columns are TEXT on both databases (not jsonb, which refuses `\u0000`) and hold
 * what JSON.stringify wrote, which escapes both as `\u0000` and `\ud800` (ASCII), so they are
 * kept exactly, on both databases alike (the conformance suite reads them back).
 */
export function unstorableText(text: string): string | undefined {
  if (text.includes('\u0000')) return 'must not contain a NUL character (\\u0000)';
  if (LONE_SURROGATE.test(text)) return 'must not contain a lone UTF-16 surrogate (\\ud800-\\udfff without its pair)';
  return undefined;
}
