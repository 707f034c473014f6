// @vitest-environment happy-dom
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Counts, Module } from '../../../../packages/collector/src/metrics/metrics-types.js';
import { createSqliteEventStore } from '../../../../packages/collector/src/store/create-sqlite-event-store.js';
import type { EventStore } from '../../../../packages/collector/src/store/event-store.js';
import { createReporter } from '../../../../packages/showroom/src/reporting/create-reporter.js';
import type { ShowroomEventName, ShowroomEvents } from '../../../../packages/showroom/src/reporting/showroom-events.js';
import { at, showroomRow } from '../rollups/showroom-row.js';

// The widget and the collector must file each event under the same module: the dashboard's module
// filter shows the collector's counts, the widget decides the module it sends. Each event the
// dashboard counts is reported through the widget's own reporter, stored, and read back with the
// module filter the widget's module names, and with every other.
const COUNTED: Record<keyof Counts, { event: ShowroomEventName; properties: ShowroomEvents[ShowroomEventName] }> = {
  hotspotsOpened: { event: 'Hotspot Opened', properties: { hotspot_id: 'seat', label: 'Seat', method: 'tap' } },
  variantsSelected: { event: 'Variant Selected', properties: { variant: 'moss', label: 'Moss', method: 'tap' } },
  arLaunched: { event: 'AR Launched', properties: { mode: 'quick-look' } },
  ctaClicked: { event: 'CTA Clicked', properties: { label: 'Buy', href: '/buy', source: 'product' } },
  shared: { event: 'Shared', properties: { method: 'copy-link' } },
  quizCompleted: { event: 'Quiz Completed', properties: { result_id: 'moss', answer_count: 3 } },
  storyCompleted: { event: 'Story Completed', properties: { page_count: 5 } },
};
const MODULES: Module[] = ['sense', 'feel', 'think', 'act', 'relate'];

/** The module the widget's reporter sends `event` under. */
function widgetModule(event: ShowroomEventName, properties: ShowroomEvents[ShowroomEventName]): Module {
  const sent: Record<string, unknown>[] = [];
  const reporter = createReporter({
    tracker: { track: (_name, props) => void sent.push(props ?? {}) },
    showroomId: 'chair',
    configVersion: 1,
    experiments: {},
    anonymousId: 'v-1',
    firstModule: 'sense',
    persist: false,
  });
  reporter.report(event, properties as never);
  return sent[0]!['module'] as Module;
}

let dir: string;
let store: EventStore;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vitrine-event-modules-'));
  store = await createSqliteEventStore(join(dir, 'db.sqlite'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the modules of counted events', () => {
  it.each(Object.entries(COUNTED))('%s: the dashboard counts it under the module the widget sends it under', async (count, { event, properties }) => {
    const module = widgetModule(event, properties);
    await store.insertMany([showroomRow('Showroom Loaded', at(0), { module: 'sense' }), showroomRow(event, at(1), { module, ...properties })]);
    for (const filter of MODULES) {
      const { counts } = await store.metrics({ from: '2024-05-01', to: '2024-05-01', tz: 'UTC', module: filter }, { now: at(60), experimentArms: () => undefined });
      expect(counts[count as keyof Counts], `${event} with the ${filter} filter (the widget sends ${module})`).toBe(filter === module ? 1 : 0);
    }
  });
});
