import { describe, expect, it } from 'vitest';
import type { Channel } from '../../../../packages/contracts/src/api/channel.js';
import { classifyChannel } from '../../../../packages/contracts/src/channels/classify-channel.js';
import { touchFromLanding, type Landing } from '../../../../packages/contracts/src/channels/touch-from-landing.js';

const SHOP = 'https://shop.example/products/aster';
/** A landing on the shop with these utm_* fields. */
const utm = (source?: string, medium?: string, name?: string): Landing => ({ url: SHOP, campaign: { source, medium, name } });
const from = (referrer: string): Landing => ({ url: SHOP, referrer });
const clicked = (clickIds: Record<string, string>, referrer?: string): Landing => ({ url: SHOP, clickIds, referrer });

// Cases from GA4's default channel group definitions (https://support.google.com/analytics/answer/9756891),
// each rule, its first-match order and its edge cases.
describe('classifyChannel(touchFromLanding(landing))', () => {
  it.each<[string, Landing, Channel]>([
    // Direct: nothing the page could see.
    ['no referrer, no campaign', { url: SHOP }, 'Direct'],
    ['an empty referrer', from(''), 'Direct'],
    ['a self-referral from the shop', from('https://shop.example/category/chairs'), 'Direct'],
    ['a self-referral from a subdomain of the shop', from('https://blog.shop.example/story'), 'Direct'],
    ['a payment provider on the exclusion list', from('https://checkout.stripe.com/pay'), 'Direct'],
    ['a referrer that is not a web URL', from('about:blank'), 'Direct'],
    // Cross-network, before every paid rule.
    ['a Performance Max campaign', utm('google', 'cpc', 'pmax cross-network spring'), 'Cross-network'],
    ['cross-network on any medium', utm('newsletter', 'email', 'Cross-network test'), 'Cross-network'],
    // Paid Shopping: a shopping site or campaign, with a paid medium.
    ['Google Shopping with cpc', utm('shopping.google.com', 'cpc'), 'Paid Shopping'],
    ['Amazon ads', utm('amazon', 'ppc'), 'Paid Shopping'],
    ['a shopping campaign on google cpc', utm('google', 'cpc', 'summer_shopping'), 'Paid Shopping'],
    ['a "shop" campaign name on paid social', utm('facebook', 'paid', 'eu-shop-launch'), 'Paid Shopping'],
    // Paid Search.
    ['google cpc', utm('google', 'cpc'), 'Paid Search'],
    ['bing ppc', utm('bing', 'ppc'), 'Paid Search'],
    ['a paid-something medium on a search source', utm('duckduckgo', 'paid_search'), 'Paid Search'],
    ['retargeting on google', utm('google', 'retargeting'), 'Paid Search'],
    ['a country domain of a search engine', utm('google.co.uk', 'cpc'), 'Paid Search'],
    ['upper case, as GA4 ignores case', utm('Google', 'CPC'), 'Paid Search'],
    ['Google Ads auto-tagging (gclid)', clicked({ gclid: 'EAIaIQ' }), 'Paid Search'],
    ['gclid wins over a manual utm, as GA4 does by default', { ...clicked({ gclid: 'x' }), campaign: { source: 'newsletter', medium: 'email' } }, 'Paid Search'],
    ['an iOS app campaign click (gbraid)', clicked({ gbraid: 'x' }), 'Paid Search'],
    ['a web-to-app click (wbraid)', clicked({ wbraid: 'x' }), 'Paid Search'],
    ['Microsoft Ads auto-tagging (msclkid)', clicked({ msclkid: 'x' }), 'Paid Search'],
    // Paid Social, including the classic "cpc with a social source".
    ['utm_medium=cpc with a social source', utm('facebook', 'cpc'), 'Paid Social'],
    ['instagram paid', utm('instagram', 'paid'), 'Paid Social'],
    ['a short social name (ig) with paid_social', utm('ig', 'paid_social'), 'Paid Social'],
    ['linkedin sponsored cpc', utm('linkedin.com', 'cpc'), 'Paid Social'],
    ['TikTok ads auto-tagging (ttclid)', clicked({ ttclid: 'x' }), 'Paid Social'],
    ['LinkedIn ads insight tag (li_fat_id)', clicked({ li_fat_id: 'x' }), 'Paid Social'],
    ['pinterest cpm counts as paid (cp matches)', utm('pinterest', 'cpm'), 'Paid Social'],
    // Paid Video.
    ['youtube cpv', utm('youtube', 'cpv'), 'Paid Video'],
    ['vimeo paid', utm('vimeo.com', 'paid'), 'Paid Video'],
    // Display: its media, when no paid rule above took them.
    ['display', utm('dv360', 'display'), 'Display'],
    ['banner', utm('partner-site', 'banner'), 'Display'],
    ['interstitial', utm('adnetwork', 'interstitial'), 'Display'],
    ['cpm on an unlisted source', utm('adnetwork', 'cpm'), 'Display'],
    ['a DV360 click (dclid)', clicked({ dclid: 'x' }), 'Display'],
    // Paid Other: a paid medium on a source no list knows.
    ['cpc on an unlisted source', utm('some-ad-network', 'cpc'), 'Paid Other'],
    ['paid on an unlisted source', utm('podcast-network', 'paid'), 'Paid Other'],
    // Organic Shopping.
    ['an etsy referral', from('https://www.etsy.com/listing/1'), 'Organic Shopping'],
    ['a shopping campaign without a paid medium', utm('partner', 'referral', 'holiday shopping guide'), 'Organic Shopping'],
    // Organic Social.
    ['a facebook link (l.facebook.com)', from('https://l.facebook.com/l.php?u=x'), 'Organic Social'],
    ['fbclid is not paid: Facebook adds it to every link', clicked({ fbclid: 'x' }, 'https://lm.facebook.com/'), 'Organic Social'],
    ['an instagram referral', from('https://instagram.com/'), 'Organic Social'],
    ['t.co (Twitter/X)', from('https://t.co/abc'), 'Organic Social'],
    ['reddit', from('https://www.reddit.com/r/furniture'), 'Organic Social'],
    ['the Facebook Android app', from('android-app://com.facebook.katana/'), 'Organic Social'],
    ['utm_medium=social on any source', utm('partner-blog', 'social'), 'Organic Social'],
    ['utm_medium=social-media', utm('newsletter-partner', 'social-media'), 'Organic Social'],
    ['utm_medium=sm', utm('x', 'sm'), 'Organic Social'],
    ['a share from the widget to WhatsApp', utm('whatsapp', 'share'), 'Organic Social'],
    // Organic Video.
    ['a youtube referral', from('https://www.youtube.com/watch?v=1'), 'Organic Video'],
    ['youtu.be', from('https://youtu.be/1'), 'Organic Video'],
    ['a medium containing video', utm('partner', 'video-review'), 'Organic Video'],
    // Organic Search.
    ['a google referral', from('https://www.google.com/'), 'Organic Search'],
    ['a google country domain', from('https://www.google.de/'), 'Organic Search'],
    ['bing', from('https://www.bing.com/search?q=chair'), 'Organic Search'],
    ['duckduckgo', from('https://duckduckgo.com/'), 'Organic Search'],
    ['the Google app on Android', from('android-app://com.google.android.googlequicksearchbox/https/www.google.com'), 'Organic Search'],
    ['utm_medium=organic', utm('some-engine', 'organic'), 'Organic Search'],
    // Referral.
    ['a blog link', from('https://design-blog.example/best-chairs'), 'Referral'],
    ['Gmail on the web is a site, not search', from('https://mail.google.com/'), 'Referral'],
    ['the Gmail Android app', from('android-app://com.google.android.gm/'), 'Referral'],
    ['utm_medium=referral', utm('partner', 'referral'), 'Referral'],
    ['utm_medium=app', utm('partner-app', 'app'), 'Referral'],
    ['utm_medium=link', utm('partner', 'link'), 'Referral'],
    ['an unlisted Android app', from('android-app://com.example.reader/'), 'Referral'],
    // Email.
    ['utm_medium=email', utm('newsletter', 'email'), 'Email'],
    ['utm_medium=e-mail', utm('crm', 'e-mail'), 'Email'],
    ['utm_source=email with another medium', utm('email', 'newsletter'), 'Email'],
    ['utm_medium=e_mail', utm('klaviyo', 'e_mail'), 'Email'],
    // Affiliates, Audio, SMS, push.
    ['utm_medium=affiliate', utm('awin', 'affiliate'), 'Affiliates'],
    ['utm_medium=audio', utm('spotify', 'audio'), 'Audio'],
    ['utm_medium=sms', utm('twilio', 'sms'), 'SMS'],
    ['utm_source=sms', utm('sms', 'text'), 'SMS'],
    ['utm_medium=web-push', utm('onesignal', 'web-push'), 'Mobile Push Notifications'],
    ['utm_medium=mobile-notification', utm('app', 'mobile-notification'), 'Mobile Push Notifications'],
    // Unassigned: fields no rule knows.
    ['a made-up medium', utm('partner', 'qr-code'), 'Unassigned'],
    ['utm_source without a medium', utm('flyer'), 'Unassigned'],
    ['a share by copied link', utm('copy-link', 'share'), 'Unassigned'],
  ])('%s → %s', (_case, landing, channel) => {
    expect(classifyChannel(touchFromLanding(landing, ['stripe.com', 'paypal.com']))).toBe(channel);
  });
});

describe('touchFromLanding', () => {
  it('names a search engine by its brand and keeps any other referrer as its host', () => {
    expect(touchFromLanding(from('https://www.google.co.uk/'))).toMatchObject({ source: 'google', medium: 'organic' });
    expect(touchFromLanding(from('https://l.facebook.com/x'))).toMatchObject({ source: 'l.facebook.com', medium: 'referral' });
  });

  it('keeps the campaign fields and the click id with the source it found', () => {
    expect(touchFromLanding({ url: SHOP, campaign: { source: 'newsletter', medium: 'email', name: 'spring', term: 'chair', content: 'hero' }, clickIds: { fbclid: 'x' } })).toEqual({
      source: 'newsletter',
      medium: 'email',
      campaign: 'spring',
      term: 'chair',
      content: 'hero',
      clickId: 'fbclid',
    });
  });

  it('reads (not set) for the one utm field of the pair that is missing', () => {
    expect(touchFromLanding(utm(undefined, 'email'))).toMatchObject({ source: '(not set)', medium: 'email' });
  });
});
