import { describe, expect, it } from 'vitest';
import { toPostgresParams } from '../../../../packages/collector/src/sql/to-postgres-params.js';

describe('toPostgresParams', () => {
  it.each([
    ['numbers placeholders in order', 'SELECT * FROM t WHERE a = ? AND b IN (?, ?)', 'SELECT * FROM t WHERE a = $1 AND b IN ($2, $3)'],
    ['leaves a ? inside a string literal', "SELECT 'why?' AS q, ? AS p", "SELECT 'why?' AS q, $1 AS p"],
    ['reads a doubled quote as part of the literal', "SELECT 'it''s ?' , ?", "SELECT 'it''s ?' , $1"],
    ['leaves a ? inside a quoted identifier', 'SELECT "a?" FROM t WHERE x = ?', 'SELECT "a?" FROM t WHERE x = $1'],
    ['leaves a ? inside a line comment', 'SELECT ? -- who?\n, ?', 'SELECT $1 -- who?\n, $2'],
    ['leaves a ? inside a block comment', 'SELECT /* ? */ ?', 'SELECT /* ? */ $1'],
    ['changes nothing without placeholders', 'SELECT 1', 'SELECT 1'],
  ])('%s', (_name, sql, expected) => {
    expect(toPostgresParams(sql)).toBe(expected);
  });
});
