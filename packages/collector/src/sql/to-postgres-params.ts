/**
 * Rewrites the `?` placeholders of SqlClient's portable SQL to PostgreSQL's `$1, $2, ...`.
 * A `?` inside a string literal ('it''s?'), a quoted identifier ("a?") or a comment (-- why?,
 * /* why? *\/) is text, not a parameter, so those spans are copied unchanged.
 */
export function toPostgresParams(sql: string): string {
  let out = '';
  let n = 0;
  let i = 0;
  while (i < sql.length) {
    const char = sql[i]!;
    const end = skipQuoted(sql, i);
    if (end > i) {
      out += sql.slice(i, end);
      i = end;
    } else if (char === '?') {
      out += `$${++n}`;
      i += 1;
    } else {
      out += char;
      i += 1;
    }
  }
  return out;
}

/** The index after the literal, identifier or comment starting at `i`, or `i` when none does. */
function skipQuoted(sql: string, i: number): number {
  const two = sql.slice(i, i + 2);
  if (two === '--') {
    const newline = sql.indexOf('\n', i);
    return newline === -1 ? sql.length : newline;
  }
  if (two === '/*') {
    const close = sql.indexOf('*/', i + 2);
    return close === -1 ? sql.length : close + 2;
  }
  const quote = sql[i];
  if (quote !== "'" && quote !== '"') return i;
  let j = i + 1;
  while (j < sql.length) {
    if (sql[j] !== quote) j += 1;
    // A doubled quote is an escaped quote inside the span, not its end.
    else if (sql[j + 1] === quote) j += 2;
    else return j + 1;
  }
  return sql.length;
}
