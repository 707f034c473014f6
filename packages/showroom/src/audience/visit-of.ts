import type { ConfigProblem, ShowroomConfig, Visit } from '@vitrine/contracts';
import type { SessionVisit } from '@vitrine/tracker';

/**
 * What the config's audiences need of this visit, or the problems of its channel names.
 * `returning` is the tracker's (`user().visit`): undefined without one that says (no tracker, a
 * page's Segment or RudderStack), so that no experiment limited to new or to returning visitors
 * counts a visitor it cannot tell. The channel is worked out only when an experiment names
 * channels, by a chunk fetched then (visit-channel.ts). A chunk that cannot be fetched leaves the
 * channel unknown (not in any channel audience); a config without channels is never held back by it.
 */
export async function visitOf(config: ShowroomConfig, seen: SessionVisit | undefined): Promise<Visit | ConfigProblem[]> {
  const visit: Visit = { returning: seen?.returning };
  if (!config.experiments?.some((e) => e.audience?.channels)) return visit;
  try {
    const channel = (await import('./visit-channel.js')).visitChannel(config, seen);
    if (Array.isArray(channel)) return channel;
    visit.channel = channel;
  } catch {
    // Offline or the file is missing: the visit stays out of channel audiences.
  }
  return visit;
}
