import { expect } from '@playwright/test';
import type { EventRow } from './read-events.js';
import { EVENT } from './tracker-page.js';

/** What identifies a tracked event across tabs: `tab:i`, or `i` when the page had no tab. */
export function rowKey(row: EventRow): string {
  const { tab, i } = row.properties;
  return tab === undefined ? String(i) : `${String(tab)}:${String(i)}`;
}

/** The keys of `n` events tracked by `TrackerPage.track(n, { tab })`. */
export function keys(n: number, tab?: string): string[] {
  return Array.from({ length: n }, (_, i) => (tab === undefined ? String(i) : `${tab}:${i}`));
}

/** The rows are exactly the tracked events: one `track` row per key, each with its own messageId. */
export function expectExactRows(rows: EventRow[], expected: string[], event = EVENT): void {
  expect(rows.map(rowKey).sort(), 'one row per tracked event, none missing, none extra').toEqual([...expected].sort());
  expect(new Set(rows.map((r) => r.messageId)).size, 'a messageId of its own for every row').toBe(rows.length);
  expect(new Set(rows.map((r) => `${r.type} ${String(r.event)}`)), 'only the tracked event').toEqual(new Set([`track ${event}`]));
}
