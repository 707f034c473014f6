// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Channel, ShowroomConfig } from '../../../../packages/contracts/src/index.js';
import { landingTouch } from '../../../../packages/collector/src/rollups/landing-touch.js';
import { visitOf } from '../../../../packages/showroom/src/audience/visit-of.js';
import { createTracker, type Tracker } from '../../../../packages/tracker/src/create-tracker.js';
import type { Message } from '../../../../packages/tracker/src/message.js';
import { config } from '../support/showroom-harness.js';

// The shop is the test page's own origin: history.replaceState stays within it.
const SHOP = location.origin;
const ENDPOINT = 'https://collector.example/v1/batch';
const withChannels = config((c) => {
  c.experiments = [{ id: 'social', audience: { channels: ['Paid Social'] }, arms: [{ id: 'a', weight: 1 }, { id: 'b', weight: 1 }] }];
});
let tracker: Tracker | undefined;

afterEach(async () => {
  await tracker?.destroy();
  localStorage.clear();
});

let pages = 0;

/**
 * Opens `url` with `referrer` in this window (happy-dom lets both be set within its origin). A
 * new fragment each time: the tracker reads a page's context again only when its URL changed, as
 * after a real navigation.
 */
function open(url: string, referrer: string): void {
  history.replaceState(null, '', `${url}#${++pages}`);
  Object.defineProperty(document, 'referrer', { value: referrer, configurable: true });
}

const channelOf = async (cfg: ShowroomConfig = withChannels): Promise<Channel | undefined> => {
  const visit = await visitOf(cfg, tracker!.user().visit);
  if (Array.isArray(visit)) throw new Error(visit[0]?.message);
  return visit.channel;
};

describe('visitOf', () => {
  // The proof that an audience means what the dashboard means: for each landing, the channel the
  // showroom works out before the first event, and on a later page of the visit, is the channel the
  // collector's rollups give the visit from its first event as the tracker sent it.
  it.each<[string, string, Channel]>([
    [`${SHOP}/p/aster?utm_source=newsletter&utm_medium=email`, '', 'Email'],
    [`${SHOP}/p/aster?utm_source=facebook&utm_medium=paid_social`, 'https://l.facebook.com/', 'Paid Social'],
    [`${SHOP}/p/aster?utm_source=facebook&utm_medium=cpc`, '', 'Paid Social'],
    [`${SHOP}/p/aster?gclid=abc`, 'https://www.google.com/', 'Paid Search'],
    [`${SHOP}/p/aster?msclkid=abc`, '', 'Paid Search'],
    [`${SHOP}/p/aster?fbclid=abc`, 'https://l.facebook.com/', 'Organic Social'],
    [`${SHOP}/p/aster`, 'https://www.google.de/', 'Organic Search'],
    [`${SHOP}/p/aster`, 'https://blog.example/post', 'Referral'],
    [`${SHOP}/p/aster`, 'android-app://com.google.android.googlequicksearchbox', 'Organic Search'],
    [`${SHOP}/p/aster`, '', 'Direct'],
    [`${SHOP}/p/aster`, `${SHOP}/category/chairs`, 'Direct'],
    [`${SHOP}/p/aster?utm_source=partner&utm_medium=affiliate`, 'https://partner.example/', 'Affiliates'],
  ])('agrees with the collector on the channel of a visit landing on %s from "%s"', async (url, referrer, expected) => {
    open(url, referrer);
    const sent: Message[] = [];
    // Caught and dropped: the visit is kept before beforeSend, and nothing needs sending.
    tracker = createTracker({ endpoint: ENDPOINT, trackEngagedTime: false, beforeSend: (m) => (sent.push(m), null) });
    const before = await channelOf();
    tracker.track('Showroom Loaded');
    const first = sent[0]!;
    const collector = landingTouch({ messageId: first.messageId, visitor: first.anonymousId, timestamp: 0, event: first.event ?? null, properties: {}, context: JSON.stringify(first.context) }, []).channel;
    // A later page of the same visit, reached from the shop itself and without the campaign.
    open(`${SHOP}/p/knot-stool`, url);
    const later = await channelOf();
    expect({ before, later }).toEqual({ before: collector, later: collector });
    expect(collector).toBe(expected);
  });

  it('works out no channel, and fetches no classifier, for a config whose experiments name none', async () => {
    open(`${SHOP}/p/aster?utm_medium=email`, '');
    tracker = createTracker({ endpoint: ENDPOINT });
    expect(await visitOf(config(), tracker.user().visit)).toEqual({ returning: false });
  });

  it('says returning once the visitor had an earlier session, and unknown without a tracker', async () => {
    open(`${SHOP}/p/aster`, '');
    tracker = createTracker({ endpoint: ENDPOINT, trackEngagedTime: false, beforeSend: () => null });
    tracker.track('Showroom Loaded');
    expect((await visitOf(config(), tracker.user().visit)) as object).toEqual({ returning: false });
    // 31 minutes later: a new session of the same visitor.
    const now = Date.now();
    const later = now + 31 * 60_000;
    Date.now = () => later;
    try {
      expect(tracker.user().visit.returning).toBe(true);
      tracker.track('Showroom Loaded');
      expect(tracker.user().visit).toMatchObject({ returning: true, page: { url: expect.stringContaining(`${SHOP}/p/aster`) } });
    } finally {
      Date.now = () => new Date().getTime();
    }
    expect(await visitOf(config(), undefined)).toEqual({ returning: undefined });
  });

  it('reports a channel name none of GA4’s, at its path, before anything is drawn', async () => {
    const bad = config((c) => {
      c.experiments = [{ id: 'social', audience: { channels: ['Paid social' as Channel] }, arms: [{ id: 'a', weight: 1 }, { id: 'b', weight: 1 }] }];
    });
    const problems = await visitOf(bad, undefined);
    expect(problems).toEqual([expect.objectContaining({ path: 'experiments[0].audience.channels[0]', message: expect.stringContaining('must be one of "Direct"') })]);
  });
});
