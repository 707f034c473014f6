import type { Channel } from '../api/channel.js';

/**
 * The marketer's config: one JSON document per showroom. Untrusted input: `validateConfig` checks a
 * document against showroom.schema.json (the published contract) before any of it is used, and a
 * test keeps these types and the schema in step. Field names and limits are documented there.
 */

/** A URL: `https:` or relative (`/models/chair.glb`, `models/chair.glb`). Nothing else is loaded. */
export type Url = string;
/** A CSS colour token: `#rgb`, `#rrggbb` or `#rrggbbaa`. No raw CSS. */
export type Color = string;

export interface ShowroomConfig {
  /** Stable id (reported as `showroom_id`), `[a-z0-9-]{1,64}`. */
  id: string;
  /** Reported as `config_version`; bumped on each publish. */
  version: number;
  product: Product;
  theme?: Theme;
  /** BCP 47, e.g. "en-GB"; default "en". */
  locale?: string;
  /** Replaces any UI string by key (see DEFAULT_STRINGS). */
  strings?: Record<string, string>;
  /** In display order; at most one of each type. */
  experiences: Experience[];
  experiments?: Experiment[];
  trigger?: Trigger;
  privacy?: { consent?: 'granted' | 'pending' | 'denied' };
}

export interface Product {
  name: string;
  sku: string;
  price?: number;
  /** ISO 4217, e.g. "EUR". */
  currency?: string;
  cta?: Cta;
  /** Text for the share action; default the product name. */
  shareText?: string;
  /** Shows the name and price beside the call to action; default true. false: said to screen readers only. */
  showNameAndPrice?: boolean;
}

export interface Cta {
  label: string;
  href: Url;
}

export interface Theme {
  accent?: Color;
  background?: Color;
  text?: Color;
  /** A font family name from a fixed list of safe stacks: "system" | "serif" | "rounded" | "mono". */
  font?: 'system' | 'serif' | 'rounded' | 'mono';
  /** Corner radius in px, 0..32. */
  radius?: number;
}

export type Experience = ViewerExperience | StoryExperience | QuizExperience;

export interface ViewerExperience {
  type: 'viewer';
  /** glTF/GLB URL. */
  model: Url;
  /** Image shown until the first frame, and when WebGL or the model fails. */
  poster?: Url;
  /** Describes the product for screen readers. */
  alt: string;
  variants?: Variant[];
  hotspots?: Hotspot[];
  cameras?: CameraPreset[];
  /** Turn slowly until the shopper interacts (never with prefers-reduced-motion). Default true. */
  autoRotate?: boolean;
  /** Offer "view in your room" where the device can. */
  ar?: { usdz?: Url };
}

export interface Variant {
  id: string;
  label: string;
  /** Swatch colour shown on the button. */
  swatch?: Color;
  /** Material name in the model -> what to change. */
  materials: Record<string, { color?: Color; texture?: Url; roughness?: number; metalness?: number }>;
}

export interface Hotspot {
  id: string;
  /** Model-space position [x, y, z]. */
  position: [number, number, number];
  label: string;
  text: string;
}

export interface CameraPreset {
  id: string;
  label: string;
  /**
   * Spherical orbit around the model's centre: degrees, degrees, and distance in model radii.
   * Without a distance the view frames the whole model from that direction.
   */
  orbit: { azimuth: number; elevation: number; distance?: number };
}

export interface StoryExperience {
  type: 'story';
  pages: StoryPage[];
  /** Default true. */
  autoAdvance?: boolean;
}

export interface StoryPage {
  /** The page's picture; with a `video`, its poster. */
  media?: Url;
  /** Alternative text for `media` or the video; "" marks it decorative. */
  mediaAlt?: string;
  /** A short muted looping clip, shown in place of `media` and played only while the story plays. */
  video?: StoryVideo;
  title: string;
  text: string;
  /** ms before auto-advance; default 6000. */
  duration?: number;
  /** A camera preset id of the viewer to move to while this page shows. */
  camera?: string;
  /** A hotspot id of the viewer to open while this page shows. */
  hotspot?: string;
}

export interface StoryVideo {
  /** The clip: WebM (VP9) or MP4 (H.264), muted, a few seconds long; it loops. */
  src: Url;
  /** Its captions, a WebVTT file: what a muted clip shows in words (CORS when on another origin). */
  captions?: Url;
}

export interface QuizExperience {
  type: 'quiz';
  title?: string;
  questions: Question[];
  results: QuizResult[];
}

export interface Question {
  id: string;
  text: string;
  type: 'single' | 'multiple';
  answers: Answer[];
}

export interface Answer {
  id: string;
  label: string;
  /** Picture answer. */
  image?: Url;
  /** result id -> weight added when this answer is chosen. */
  scores: Record<string, number>;
  /** Branching: the question id to go to next (default: the next in order; "end" finishes). */
  next?: string;
}

export interface QuizResult {
  id: string;
  title: string;
  text: string;
  /** A variant id of the viewer to show, in 3D and on the result's product card. */
  variant?: string;
  /** The product card's picture; default the variant's swatch. */
  image?: Url;
  /** A further call to action (a sample, a visit), beside the card's: the product's CTA for the variant. */
  cta?: Cta;
  /** A code revealed with the result, e.g. "ASTER10", and its conditions shown with it. */
  incentive?: { label: string; code: string; terms?: string };
}

export interface Experiment {
  id: string;
  arms: Arm[];
  /** The metric the experiment is decided on; the dashboard reports it first. Default 'cta'. */
  primaryMetric?: ExperimentMetric;
  /** Metrics that must not get worse, reported after the primary one. */
  guardrails?: ExperimentMetric[];
  /** Who takes part; the other visitors see the config without this experiment and are not counted in it. */
  audience?: Audience;
}

/**
 * An experiment's metric, per visitor: clicked a CTA, added to cart or ordered (credited to the
 * showroom, see the collector's attribution), or credited revenue per visitor.
 */
export type ExperimentMetric = 'cta' | 'add-to-cart' | 'order' | 'revenue-per-visitor';

/** An experiment's audience. A visitor already shown an arm keeps it, in or out of the audience. */
export interface Audience {
  /** Only visits that came by these channels (GA4's default channel group names). */
  channels?: Channel[];
  /** Only new visitors (their first visit) or only returning ones (an earlier visit). */
  visitors?: 'new' | 'returning';
}

/** An experiment's arm: a variation of the config (`patch`), or a hold-out without the showroom. */
export type Arm = ShownArm | HoldoutArm;

export interface ShownArm {
  id: string;
  /** Relative weight (> 0). */
  weight: number;
  /** A JSON Merge Patch (RFC 7386) applied to the config for visitors in this arm. */
  patch?: Record<string, unknown>;
}

/**
 * A hold-out arm: its visitors see the page without the showroom ('none') or with its poster only
 * ('poster'), so the showroom's own effect on orders and revenue can be measured. It takes no patch.
 */
export interface HoldoutArm {
  id: string;
  /** Relative weight (> 0). */
  weight: number;
  holdout: 'none' | 'poster';
}

export type Trigger = { type: 'inline' } | { type: 'scroll' } | { type: 'delay'; ms: number };
