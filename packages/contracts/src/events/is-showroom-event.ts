import { EVENT_VOCABULARY } from './event-vocabulary.js';
import type { ShowroomEventName } from './showroom-events.js';

/**
 * Whether `name` is one of the showroom's events. Other clients send their own names through the
 * same endpoint; narrowing to ShowroomEventName lets the compiler check every name compared after it.
 */
export function isShowroomEvent(name: string | null | undefined): name is ShowroomEventName {
  return typeof name === 'string' && Object.hasOwn(EVENT_VOCABULARY, name);
}
