import { CHANNELS, classifyChannel, landingOf, touchFromLanding, type Channel, type ConfigProblem, type ShowroomConfig } from '@vitrine/contracts';
import type { SessionVisit } from '@vitrine/tracker';

// A chunk of its own (showroom-visit-channel.js), fetched only for a config whose experiments name
// channels: GA4's rules and their source lists are not among the bytes every showroom loads first.

/**
 * The channel of this visit, by the collector's rules: the same landingOf, touchFromLanding and
 * classifyChannel its rollups run on the session's first event, whose context (touch and page) the
 * tracker kept in `seen`, or this page's when the session has had no event yet: the page its first
 * event will come from. The collector's referral exclusions are its own option, unknown here: a
 * visit referred by an excluded domain is Referral here, Direct there.
 *
 * Or, first, the config's channel names that are none of CHANNELS, at their JSON path: the
 * script-tag build's schema leaves the names' list out (see rollup.config.mjs), so they are
 * checked here, before the first draw.
 */
export function visitChannel(config: ShowroomConfig, seen: SessionVisit | undefined): Channel | ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  config.experiments?.forEach((experiment, x) =>
    experiment.audience?.channels?.forEach((channel, c) => {
      const path = `experiments[${x}].audience.channels[${c}]`;
      // The words of the full schema's enum check (check-schema.ts), so both builds say the same.
      const names = CHANNELS.map((name) => JSON.stringify(name));
      if (!(CHANNELS as readonly string[]).includes(channel)) problems.push({ path, message: `${path} must be one of ${names.slice(0, -1).join(', ')} or ${names.at(-1)}` });
    }),
  );
  if (problems.length > 0) return problems;
  return classifyChannel(touchFromLanding(landingOf(seen?.page ? seen : { page: { url: location.href, referrer: document.referrer } })));
}
