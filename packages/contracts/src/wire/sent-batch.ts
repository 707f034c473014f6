/**
 * What Vitrine's tracker sends: Segment Spec messages, posted as one batch to `{endpoint}`
 * (PRODUCT.md §3). The collector accepts more (AcceptedMessage); a type test keeps the tracker's
 * own message types assignable to these.
 */

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
