/**
 * The contract of `GET /api/metrics`: what the dashboard reads. Definitions are PRODUCT.md §4;
 * each field says how it is computed. Rates are fractions (0..1) or null when the denominator is 0.
 */
import type { ExperimentMetric, HoldoutArm } from '../config/showroom-config.js';
import type { Module } from '../events/module.js';
import type { Channel } from './channel.js';

/** Query string: `showroom`, `from`, `to` (YYYY-MM-DD, inclusive, in `tz`), `experiment`, `arm`, `module`, `channel` (a GA4 channel name), `tz` (IANA, default UTC), `view`. */
export interface MetricsQuery {
  showroom?: string;
  /** First day, YYYY-MM-DD in `tz`. Default: 29 days before `to`. */
  from: string;
  /** Last day, YYYY-MM-DD in `tz`, inclusive. Default: today in `tz`. */
  to: string;
  /** With `arm`: only visits in that arm of that experiment (their events' `experiments` map says so). Without: every visit, and only this experiment in `experiments`. */
  experiment?: string;
  arm?: string;
  /** Only this module's interactions, engaged time and counts. */
  module?: Module;
  /** Only the visits that came by this channel (the channel of each visit's first event), in every figure. */
  channel?: Channel;
  tz: string;
  /**
   * 'media': each Media row also carries its channel's modules, quiz and story funnels (MediaRow),
   * which cost the response one more read of a cube by channel and a wider one; the dashboard asks
   * for them only while its Media view shows them. Default: none.
   */
  view?: 'media';
}

export interface Indicators {
  /** Sessions started in the range; a session ends after 30 min without an event. */
  visits: number;
  /** Distinct visitors (anonymousId, or userId where there is none) with a session in the range. */
  visitors: number;
  /** Showroom Loaded events. */
  loads: number;
  /** Showroom Viewed events. */
  views: number;
  /** views / loads. */
  onlineRate: number | null;
  /** Distinct visitors with an event in the last 5 minutes (ignores the date range). */
  liveVisitors: number;
  /** Sum of Engaged Time ms. */
  engagedMs: number;
  /** engagedMs / visits. */
  visitTimeMs: number | null;
  /** Visitors with a session in the range that was not their first (an earlier session, in or before the range). */
  returningVisitors: number;
  /** returningVisitors / visitors. */
  repeatBrowsingRate: number | null;
  /** Events of a module other than Loaded, Viewed, Experiment Viewed and Engaged Time. */
  interactions: number;
  /** Sessions with Engaged Time > 0. */
  engagedSessions: number;
  /** interactions / engagedSessions. */
  interactionFrequency: number | null;
  /** Distinct visitors with a CTA Clicked. */
  ctaVisitors: number;
  /** ctaVisitors / visitors. */
  conversionRate: number | null;
}

export interface ModuleRow {
  module: Module;
  /** Engaged Time ms in this module. */
  interactionMs: number;
  /** Sessions with engaged time in this module. */
  engagedSessions: number;
  interactions: number;
  /** interactionMs / engagedSessions. */
  interactionMsPerSession: number | null;
  /** interactions / engagedSessions. */
  interactionFrequency: number | null;
}

export interface FunnelStep {
  /** 'view' | 'start' | 'q1'..'qN' | 'complete' | 'cta'. */
  key: string;
  label: string;
  /** Sessions that reached the step. */
  sessions: number;
  /** 1 - sessions / previous step's sessions; null for the first step or a 0 previous step. */
  dropOff: number | null;
}

export interface QuestionRow {
  /** 1-based position in the shopper's path. */
  question: number;
  answered: number;
  dropOff: number | null;
  /** Answers chosen at this position, by question and answer id, most chosen first. */
  answers: { question_id: string; answer_id: string; count: number }[];
}

export interface StoryReport {
  /** Sessions that viewed each page (1-based `page`). */
  pages: { page: number; sessions: number }[];
  completed: number;
  /** completed / sessions that viewed page 1. */
  completionRate: number | null;
}

export interface Counts {
  hotspotsOpened: number;
  variantsSelected: number;
  arLaunched: number;
  ctaClicked: number;
  shared: number;
  quizCompleted: number;
  storyCompleted: number;
}

/** One array per series, aligned with `days`. */
export interface DailySeries {
  /** YYYY-MM-DD in the query's tz. */
  days: string[];
  visits: number[];
  visitors: number[];
  loads: number[];
  views: number[];
  engagedMs: number[];
  interactions: number[];
  ctaClicked: number[];
}

export interface ArmReport {
  arm_id: string;
  /** What the arm's visitors see instead of the showroom, when the published config holds it out. */
  holdout?: HoldoutArm['holdout'];
  /** Distinct visitors whose first Experiment Viewed for this arm was in the range. */
  exposures: number;
  /** The arm's configured weight share (0..1), if the published config says; else equal shares. */
  expectedShare: number;
  indicators: Indicators;
  /** Each experiment metric's observations in this arm. */
  metrics: Record<ExperimentMetric, MetricSample>;
}

/**
 * One arm's observations of one metric, per visitor: `n` is the arm's visitors (its indicators'
 * `visitors`), and x, each visitor's value, is 1 or 0 for 'cta' (clicked a CTA), 'add-to-cart' and
 * 'order' (credited a Product Added, an order), and for 'revenue-per-visitor' the revenue of the
 * visitor's credited orders in `ExperimentReport.currency` (0 without). Only carts and orders of
 * the range credited to a visit of the arm that started in the range count: the visitors they
 * convert are among the `n`.
 */
export interface MetricSample {
  n: number;
  /** Σx: converted visitors, or revenue. */
  sum: number;
  /** Σx², which the comparison's variance needs: equal to `sum` for a 0/1 metric. */
  sumSquares: number;
  /** sum / n: the rate, or revenue per visitor; null without visitors. */
  mean: number | null;
}

/**
 * What a comparison lets a marketer decide: the arm converts `better` or `worse` than the baseline;
 * `no-difference` (enough data: any difference left is under 10 % of the baseline's rate);
 * `undecided` (keep it running); `collecting` (an arm has under 100 visitors).
 */
export type ArmVerdict = 'better' | 'worse' | 'no-difference' | 'undecided' | 'collecting';

/**
 * A guardrail's verdict, about harm only: the arm made it `worse` than the baseline (the interval
 * is all below no difference); `not-worse` (enough data: any harm left is under 10 % of the
 * baseline's value, or it is better); `not-worse-yet` (no harm shown, but not ruled out: keep
 * watching); `collecting` (an arm has under 100 visitors).
 */
export type GuardrailVerdict = 'worse' | 'not-worse' | 'not-worse-yet' | 'collecting';

/**
 * An arm's metric against the baseline's, by always-valid inference (a mixture sequential
 * probability ratio test): the interval and p-value stay honest however often the dashboard is read.
 * `comparisons` compares CTA conversion; `metrics` every metric.
 */
export interface ArmComparison<Verdict extends string = ArmVerdict> {
  arm_id: string;
  /** The arm compared with: the hold-out arm if there is one, else the config's first arm (or the first seen). */
  baseline_arm_id: string;
  /** mean(arm) - mean(baseline) (for CTA, conversionRate); null when an arm has no visitor. */
  difference: number | null;
  /** The 95 % confidence sequence of the difference, valid at every look; null while collecting. */
  interval: [number, number] | null;
  /** The always-valid p-value (1/Λ of the mSPRT); null while collecting. */
  pValue: number | null;
  verdict: Verdict;
}

/**
 * One metric's comparisons, each non-baseline arm against the baseline (MetricSample says what is
 * compared). The primary metric's and the others' verdicts say better or worse; a guardrail's only
 * whether the arm harms it.
 */
export type MetricReport =
  | { metric: ExperimentMetric; role: 'primary' | 'other'; comparisons: ArmComparison[] }
  | { metric: ExperimentMetric; role: 'guardrail'; comparisons: ArmComparison<GuardrailVerdict>[] };

/**
 * The showroom's effect on one metric: the shown arms pooled (every visitor who was shown the
 * showroom, whatever the arm) against the hold-out's visitors, compared as arms are.
 */
export interface ShowroomEffectOn {
  /** The shown arms' pooled mean per visitor, and the hold-out's; null without visitors. */
  shown: number | null;
  heldOut: number | null;
  /** shown - heldOut, the absolute effect; null when either has no visitor. */
  difference: number | null;
  /** The always-valid 95 % interval of `difference`; null while collecting. */
  interval: [number, number] | null;
  /** difference / heldOut, the relative effect (0.12 = +12 %); null when heldOut is 0 or null. */
  relative: number | null;
  /** `interval` / heldOut, taking the hold-out's mean as known (so slightly narrower than exact); null as `relative` or `interval`. */
  relativeInterval: [number, number] | null;
  pValue: number | null;
  verdict: ArmVerdict;
}

/**
 * The showroom's own, causal effect, measured where an experiment holds the showroom out: its
 * visitors were assigned at random to see it (any shown arm) or not (the hold-out arm: the page
 * without it, or with its poster only), so the difference between the groups is the showroom's
 * doing and not a choice of the shoppers (unlike the outcomes' module split).
 */
export interface ShowroomEffect {
  holdout_arm_id: string;
  holdout: HoldoutArm['holdout'];
  /** Order conversion: visitors credited an order / visitors. */
  order: ShowroomEffectOn;
  /** Revenue per visitor, in `ExperimentReport.currency`. */
  revenuePerVisitor: ShowroomEffectOn;
}

/** A published config that runs an experiment now: where an arm can be shipped (`POST /api/configs/{config}/ship`). */
export interface LiveExperiment {
  config: string;
  /** Its published version, the one an arm would be merged into. */
  version: number;
}

export interface ExperimentReport {
  experiment_id: string;
  /**
   * The published configs that run it now (those of the `showroom` filter only, when set); empty
   * once it was shipped or taken out. Set by `GET /api/metrics`, not by the store's query.
   */
  live?: LiveExperiment[];
  arms: ArmReport[];
  /** The metric the experiment is decided on (the published config's; 'cta' if it names none). */
  primaryMetric: ExperimentMetric;
  /** The metrics it must not harm (the published config's). */
  guardrails: ExperimentMetric[];
  /** The currency of the revenue figures: the outcomes' (`Outcomes.currency`). */
  currency: string;
  /** CTA conversion against the baseline, per arm (also in `metrics`). */
  comparisons: ArmComparison[];
  /** Every metric against the baseline: the primary metric first, then the guardrails, then the others. */
  metrics: MetricReport[];
  /**
   * Every non-baseline arm can be decided: it is worse on the primary metric or harms a
   * guardrail, or its primary verdict is better or no-difference and every guardrail's is
   * worse or not-worse. More data would not change what to do.
   */
  enoughData: boolean;
  /** With a hold-out arm (which is then the baseline): the showroom's effect; else null. */
  showroomEffect: ShowroomEffect | null;
  /** Pearson chi-square of exposures against expected shares. */
  sampleRatio: { chiSquare: number; pValue: number; mismatch: boolean };
}

/**
 * The figures of the visits that came by one channel: each equals the same figure of the query
 * with `channel` set to it. The modules and funnels only with `view=media`.
 */
export interface MediaRow {
  channel: Channel;
  indicators: Indicators;
  /** Carts, orders and revenue credited to the channel's touches (see Outcomes). */
  outcomes: OutcomeSummary;
  /** With `view=media`: each module's interaction time and frequency (only the `module` filter's with one). */
  modules?: ModuleRow[];
  /** With `view=media`: the quiz funnel's steps (not its answers). */
  quiz?: { steps: FunnelStep[] };
  /** With `view=media`. */
  story?: StoryReport;
}

/** The visits of one source / medium / campaign within the filter's channel (the Media view's drill-down). */
export interface CampaignRow {
  /** As the landing named them (`utm_*` or `context.campaign`), or as the referrer implies ('google', 'organic'); '' when none. */
  source: string;
  medium: string;
  campaign: string;
  visits: number;
  /** Visits with a CTA click. */
  ctaVisits: number;
  /** ctaVisits / visits (per visit: the drill-down reads a cube, which counts visits, not visitors); null without visits. */
  conversionRate: number | null;
}

export interface MetricsResult {
  query: MetricsQuery;
  /** ISO time the figures were computed. */
  generatedAt: string;
  indicators: Indicators;
  modules: ModuleRow[];
  quiz: { steps: FunnelStep[]; questions: QuestionRow[] };
  story: StoryReport;
  counts: Counts;
  series: DailySeries;
  experiments: ExperimentReport[];
  /**
   * One row per channel with visits in the range (most visits first), each with the figures of its
   * visits alone (see MediaRow); only the filter's channel with a channel filter.
   */
  media: MediaRow[];
  /**
   * With a channel filter, its visits by source / medium / campaign, most visits first (the 50
   * with most visits); empty without one.
   */
  campaigns: CampaignRow[];
  /** Carts, orders and revenue credited to the showroom (see Outcomes). */
  outcomes: Outcomes;
  /** Showroom ids that have events, for the filter: those of the stored configs only. */
  showrooms: string[];
  /**
   * Ids with figures that no stored config names, counted instead of listed (forged events, or
   * configs kept outside the collector): showrooms with events at any time, and experiments and
   * arms (of listed experiments) in the range.
   */
  unknown: { showrooms: number; experiments: number; arms: number };
}

/** Carts and orders of a group of visits (those that did, or did not, use a module). */
export interface OutcomeSplit {
  /** Visits (sessions) of the group in the range: the cube's, as the modules table counts them. */
  visits: number;
  /** Of those, visits credited with a Product Added, and with an order. */
  cartVisits: number;
  orderVisits: number;
  /** cartVisits / visits, orderVisits / visits. */
  addToCartRate: number | null;
  orderConversion: number | null;
  orders: number;
  /** In `Outcomes.currency`. */
  revenue: number;
  /** revenue / visits. */
  revenuePerVisit: number | null;
}

/** Observational: visits that used a module against those that did not; not a causal effect. */
export interface ModuleOutcome {
  module: Module;
  used: OutcomeSplit;
  notUsed: OutcomeSplit;
}

/** Of the orders credited to a touch where `variant` was the last chosen in 3D, those that bought it. */
export interface VariantMatch {
  variant: string;
  /** The variant's label as the widget showed it, if it said. */
  label: string;
  orders: number;
  /** Orders with a product whose variant is the chosen one (its id or label, case-insensitive). */
  matched: number;
  /** matched / orders. */
  share: number | null;
}

/** Orders and revenue in one currency, never converted. */
export interface CurrencyTotal {
  currency: string;
  orders: number;
  revenue: number;
}

/** Credited orders of one channel (the credited touch's visit's channel). */
export interface ChannelOutcome {
  channel: Channel;
  orders: number;
  /** In `Outcomes.currency`. */
  revenue: number;
}

/** The headline outcomes of a group of visitors (a channel's): the rates, and revenue in its main currency. */
export type OutcomeSummary = Pick<
  Outcomes,
  'visitors' | 'cartVisitors' | 'orderVisitors' | 'addToCartRate' | 'orderConversion' | 'orders' | 'currency' | 'revenue' | 'revenuePerVisitor' | 'averageOrderValue'
>;

/**
 * Carts and orders credited to the scope's showroom touches: an order (`Order Completed`, counted
 * once per order_id) or a `Product Added` is credited to the visitor's last showroom touch (a visit's
 * time in one showroom) that began before it, within the attribution window (30 days unless the
 * collector's attributionWindowDays says). Counted by the order's time, in the range.
 */
export interface Outcomes {
  /** Distinct visitors with a session in the range (the indicators' visitors). */
  visitors: number;
  /** Distinct visitors credited with a Product Added, and with an order. */
  cartVisitors: number;
  orderVisitors: number;
  /** cartVisitors / visitors. */
  addToCartRate: number | null;
  /** orderVisitors / visitors. */
  orderConversion: number | null;
  /** Credited orders, every currency. */
  orders: number;
  /** The currency of most credited orders (ties: alphabetical; USD when there is none): revenue figures are in it alone. */
  currency: string;
  /** Revenue of the credited orders in `currency`. */
  revenue: number;
  /** revenue / visitors. */
  revenuePerVisitor: number | null;
  /** revenue / orders in `currency`. */
  averageOrderValue: number | null;
  /** Credited orders in each currency, most orders first (`currency` among them). */
  currencies: CurrencyTotal[];
  /** Per module: observational, per visit. */
  modules: ModuleOutcome[];
  variantMatch: { orders: number; matched: number; share: number | null; variants: VariantMatch[] };
  /** Credited orders per channel, most orders first. */
  channels: ChannelOutcome[];
  /** Orders in the range credited to no showroom touch (no visit in the window, or none at all), per currency. */
  uncredited: CurrencyTotal[];
}
