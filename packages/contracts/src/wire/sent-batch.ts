/**
 * What Vitrine's tracker sends: Segment Spec messages, posted as one batch to `{endpoint}`
 * (PRODUCT.md §3). The collector accepts more (AcceptedMessage); a type test keeps the tracker's
 * own message types assignable to these.
 */

/** A JSON value, as properties and traits must be. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };

/** Free-form event properties or user traits. */
export type Properties = Record<string, Json | undefined>;

/** Where a visit came from, as its landing URL says (the tracker's touch-of.ts). */
export type Touch = {
  /** Segment's `source`, `medium`, `name`, `term`, `content`, from `utm_source` ... `utm_content` (`name` from `utm_campaign`); each at most 200 characters. */
  campaign?: Record<string, string>;
  /** The ad click ids by parameter name: `gclid`, `gbraid`, `wbraid`, `dclid`, `msclkid`, `ttclid`, `li_fat_id`, `fbclid`; each at most 200 characters. */
  clickIds?: Record<string, string>;
};

/** The `context` every message carries (Segment Spec "Common Fields"). */
export interface Context {
  library: { name: string; version: string };
  page?: { path: string; referrer: string; search: string; title: string; url: string };
  userAgent?: string;
  locale?: string;
  /** The 30-minute session this message belongs to: the ms time the session started. */
  sessionId: number;
  /** The session's touch: its landing's, or a later page's that brought a new campaign mid-session. Absent without utm_* (direct, organic, referral). */
  campaign?: Touch['campaign'];
  /** The ad click ids of the same touch. */
  clickIds?: Touch['clickIds'];
  /** The visitor's first-ever touch, kept until reset(), with its landing's `page.url` and `page.referrer` (each at most 1,000 characters). */
  firstTouch?: Touch & { page: { url: string; referrer: string } };
  [key: string]: Json | undefined;
}

/** One message, as the tracker stores and sends it. */
export interface SentMessage {
  type: 'track' | 'page' | 'identify';
  messageId: string;
  anonymousId: string;
  userId?: string | undefined;
  /** When it happened on the client (ISO 8601); the collector corrects it for clock skew. */
  timestamp: string;
  context: Context;
  event?: string | undefined;
  name?: string | undefined;
  // Undefined fields are left out of the JSON.
  properties?: Properties | undefined;
  traits?: Properties | undefined;
}

/** The request body posted to the endpoint. */
export interface SentBatch {
  batch: SentMessage[];
  sentAt: string;
  writeKey?: string;
}
