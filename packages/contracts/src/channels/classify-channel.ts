import type { Channel } from '../api/channel.js';
import { listedSite } from './listed-site.js';
import type { TrafficSource } from './traffic-source.js';

const PAID = /^(.*cp.*|ppc|retargeting|paid.*)$/;
const SHOP_CAMPAIGN = /^(.*(([^a-df-z]|^)shop|shopping).*)$/;
const DISPLAY = new Set(['display', 'banner', 'expandable', 'interstitial', 'cpm']);
const SOCIAL = new Set(['social', 'social-network', 'social-media', 'sm', 'social network', 'social media']);
const EMAIL = new Set(['email', 'e-mail', 'e_mail', 'e mail']);
const REFERRAL = new Set(['referral', 'app', 'link']);

/**
 * The channel of a session's first touch, by GA4's default channel group rules, tried in GA4's order
 * (first match wins) and, as in GA4, without regard to case.
 * https://support.google.com/analytics/answer/9756891
 */
export function classifyChannel({ source, medium, campaign = '' }: TrafficSource): Channel {
  const s = source.trim().toLowerCase();
  const m = medium.trim().toLowerCase();
  const c = campaign.trim().toLowerCase();
  const category = listedSite(s)?.category;
  const paid = PAID.test(m);
  const shopping = category === 'shopping' || SHOP_CAMPAIGN.test(c);

  if (s === '(direct)' && (m === '(none)' || m === '(not set)')) return 'Direct';
  if (c.includes('cross-network')) return 'Cross-network';
  if (paid) {
    if (shopping) return 'Paid Shopping';
    if (category === 'search') return 'Paid Search';
    if (category === 'social') return 'Paid Social';
    if (category === 'video') return 'Paid Video';
  }
  if (DISPLAY.has(m)) return 'Display';
  if (paid) return 'Paid Other';
  if (shopping) return 'Organic Shopping';
  if (category === 'social' || SOCIAL.has(m)) return 'Organic Social';
  if (category === 'video' || m.includes('video')) return 'Organic Video';
  if (category === 'search' || m === 'organic') return 'Organic Search';
  if (REFERRAL.has(m)) return 'Referral';
  if (EMAIL.has(s) || EMAIL.has(m)) return 'Email';
  if (m === 'affiliate' || m === 'affiliates') return 'Affiliates';
  if (m === 'audio') return 'Audio';
  if (s === 'sms' || m === 'sms') return 'SMS';
  if (m.endsWith('push') || m.includes('mobile') || m.includes('notification') || s === 'firebase') return 'Mobile Push Notifications';
  return 'Unassigned';
}
