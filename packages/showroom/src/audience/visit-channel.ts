import { CHANNELS, classifyChannel, landingOf, touchFromLanding, type Channel, type ConfigProblem, type ShowroomConfig } from '@vitrine/contracts';

// A chunk of its own (showroom-visit-channel.js), fetched only for a config whose experiments name
// channels: GA4's rules and their source lists are not among the bytes every showroom loads first.

/**
 * The channel of the visit that `landing` began (the context of the session's first event: its
 * touch and page), by the collector's rules: the same landingOf, touchFromLanding and
 * classifyChannel its rollups run on that event. The collector's referral exclusions are its own
 * option, unknown here: a visit referred by an excluded domain is Referral here, Direct there.
 */
export function visitChannel(landing: unknown): Channel {
  return classifyChannel(touchFromLanding(landingOf(landing)));
}

/**
 * Channel names that are none of CHANNELS, at their JSON path: the script-tag build's schema leaves
 * the names' list out (see rollup.config.mjs), so they are checked here, before the first draw.
 */
export function unknownChannels(config: ShowroomConfig): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  config.experiments?.forEach((experiment, x) =>
    experiment.audience?.channels?.forEach((channel, c) => {
      const path = `experiments[${x}].audience.channels[${c}]`;
      // The words of the full schema's enum check (check-schema.ts), so both builds say the same.
      const names = CHANNELS.map((name) => JSON.stringify(name));
      if (!(CHANNELS as readonly string[]).includes(channel)) problems.push({ path, message: `${path} must be one of ${names.slice(0, -1).join(', ')} or ${names.at(-1)}` });
    }),
  );
  return problems;
}
