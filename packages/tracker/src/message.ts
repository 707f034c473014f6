import type { Touch } from './touch-of.js';

/** A JSON value, as properties and traits must be. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };

/** Free-form event properties or user traits. */
export type Properties = Record<string, Json | undefined>;

/** The `context` every message carries (Segment Spec "Common Fields"). */
export interface Context {
  library: { name: string; version: string };
  page?: { path: string; referrer: string; search: string; title: string; url: string };
  userAgent?: string;
  locale?: string;
  /** The 30-minute session this message belongs to: the ms time the session started. */
  sessionId: number;
  /** Segment's campaign of the session's touch: `utm_*` of its landing, or of a later page that brought a new campaign (next-touch.ts). */
  campaign?: Touch['campaign'];
  /** The ad click ids of the same touch (`gclid`, `gbraid`, `wbraid`, `dclid`, `msclkid`, `ttclid`, `li_fat_id`, `fbclid`). */
  clickIds?: Touch['clickIds'];
  /** The visitor's first-ever touch, kept until reset(): its campaign, click ids and landing `page.url` and `page.referrer`. */
  firstTouch?: Landing;
  [key: string]: Json | undefined;
}

/** A touch with the page it landed on: the context fields the collector reads a visit's channel from. */
export type Landing = Touch & { page: { url: string; referrer: string } };

/**
 * A session as the visitor's first event in it saw it: `returning` when an earlier session had
 * events, and, once it has one, that event's touch and page (its context's `campaign`, `clickIds`
 * and `page.url` and `page.referrer`), from which the collector tells the visit's channel.
 */
export type SessionVisit = Partial<Landing> & { returning: boolean };

/** One Segment Spec message, as it is stored and sent. */
export interface Message {
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
export interface BatchBody {
  batch: Message[];
  sentAt: string;
  writeKey?: string;
}
