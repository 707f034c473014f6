import type { HostileCollector } from './hostile-collector.js';

/** The day every well-formed event (and every hostile one, unless a test says) happened on. */
export const DAY = '2024-05-01';
const START = Date.parse(`${DAY}T10:00:00.000Z`);

/** `DAY` 10:00 UTC plus `minutes`, as ISO: all within one day, most in the 10:00 rollup bucket. */
export const at = (minutes: number): string => new Date(START + minutes * 60_000).toISOString();

/**
 * A showroom event as the widget sends it, of `visitor` on showroom `chair` in arm `arm` of `cta`;
 * its messageId is made of the visitor, the minute and the event, so every call gives the same.
 */
export function showroomEvent(visitor: string, minutes: number, event: string, properties: Record<string, unknown> = {}, arm = 'a'): Record<string, unknown> {
  return {
    messageId: `${visitor}-${minutes}-${event.replaceAll(' ', '-')}`,
    type: 'track',
    event,
    anonymousId: visitor,
    timestamp: at(minutes),
    properties: { showroom_id: 'chair', config_version: 1, module: 'sense', experiments: { cta: arm }, ...properties },
  };
}

/**
 * Three visitors' events, one batch each: a quiz taken to the CTA (arm a), a story read to the
 * end (arm b), a model looked at (arm a). Every figure of /api/metrics has something to show.
 */
export function wellFormedBatches(): Record<string, unknown>[][] {
  const quiz = (m: number, event: string, p: Record<string, unknown> = {}) => showroomEvent('w-quiz', m, event, { module: 'think', ...p });
  const story = (m: number, event: string, p: Record<string, unknown> = {}) => showroomEvent('w-story', m, event, { module: 'feel', ...p }, 'b');
  const look = (m: number, event: string, p: Record<string, unknown> = {}) => showroomEvent('w-look', m, event, p);
  return [
    [
      quiz(0, 'Showroom Loaded'),
      quiz(0, 'Showroom Viewed'),
      quiz(0, 'Experiment Viewed', { experiment_id: 'cta', arm_id: 'a' }),
      quiz(1, 'Quiz Started'),
      quiz(2, 'Quiz Answered', { question: 1, question_id: 'room', answer_ids: ['living'] }),
      quiz(3, 'Quiz Answered', { question: 2, question_id: 'light', answer_ids: ['evening', 'morning'] }),
      quiz(4, 'Quiz Completed', { result_id: 'oat' }),
      quiz(5, 'Engaged Time', { ms: 30_000 }),
      quiz(6, 'CTA Clicked', { module: 'act', source: 'quiz' }),
    ],
    [
      story(0, 'Showroom Loaded'),
      story(0, 'Showroom Viewed'),
      story(0, 'Experiment Viewed', { experiment_id: 'cta', arm_id: 'b' }),
      story(1, 'Story Page Viewed', { page: 1 }),
      story(2, 'Story Page Viewed', { page: 2 }),
      story(3, 'Story Completed'),
      story(4, 'Engaged Time', { ms: 12_000 }),
    ],
    [look(0, 'Showroom Loaded'), look(1, 'Showroom Viewed'), look(2, 'Hotspot Opened', { hotspot_id: 'leg' }), look(3, 'Engaged Time', { ms: 5_000 })],
  ];
}

/** `message` without `properties[field]`: what a client that never sent the hostile value sends. */
export function withoutProperty(message: Record<string, unknown>, field: string): Record<string, unknown> {
  const { [field]: _, ...properties } = message['properties'] as Record<string, unknown>;
  return { ...message, properties };
}

/** The config of showroom `chair`, with experiment `cta` (arms a and b). */
const CHAIR = {
  product: { name: 'Aster chair', sku: 'aster-1' },
  experiences: [{ type: 'viewer', model: 'chair.glb', alt: 'A chair' }],
  experiments: [{ id: 'cta', arms: [{ id: 'a', weight: 50 }, { id: 'b', weight: 50 }] }],
};

/** Saves and publishes `chair` through the admin API, as a marketer would in the editor. */
export async function saveChairConfig(collector: HostileCollector): Promise<void> {
  const post = async (path: string, body: unknown): Promise<Record<string, unknown>> => {
    const res = await fetch(`${collector.url}${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${collector.adminToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const answer = (await res.json()) as Record<string, unknown>;
    if (!res.ok) throw new Error(`${path} answered ${res.status}: ${JSON.stringify(answer)}`);
    return answer;
  };
  const saved = await post('/api/configs/chair/versions', { config: CHAIR });
  await post('/api/configs/chair/publish', { version: saved['version'] });
}

/** A well-formed Showroom Viewed of `visitor`, `minute` minutes after 10:00 on DAY. */
export function wellFormed(visitor: string, messageId: string, minute = 0, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { messageId, type: 'track', event: 'Showroom Viewed', anonymousId: visitor, timestamp: at(minute), properties: { showroom_id: 'chair', module: 'sense' }, ...extra };
}

/**
 * `/api/metrics` for DAY as text, but for the time it was generated: two collectors with the same
 * figures answer the same text, of the same size.
 */
export async function figuresOf(collector: HostileCollector): Promise<string> {
  const { status, text, body } = await collector.metrics(`from=${DAY}&to=${DAY}`);
  if (status !== 200) throw new Error(`GET /api/metrics answered ${status}: ${text}`);
  return JSON.stringify({ ...body, generatedAt: undefined });
}

/** The messageIds stored, sorted. */
export async function storedIds(collector: HostileCollector): Promise<string[]> {
  const rows = await collector.query<{ message_id: string }>('SELECT message_id FROM events ORDER BY message_id');
  return rows.map((row) => row.message_id);
}
