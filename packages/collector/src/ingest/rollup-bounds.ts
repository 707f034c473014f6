/**
 * The largest values of a showroom event that the rollups turn into work (a row per quiz step,
 * a row per experiment arm, a sum). The config-driven ones are what a valid config can make the
 * widget report: showroom.schema.json's maxima (@vitrine/contracts), kept here as constants the
 * rollups read per event instead of walking the schema (a unit test keeps the two equal).
 */
export const ROLLUP_BOUNDS = {
  /** `quiz.questions` maxItems: answers only branch forward, so no path is longer. */
  maxQuizPosition: 20,
  /** `story.pages` maxItems. */
  maxStoryPage: 20,
  /** `question.answers` maxItems: a multiple-choice answer names at most that many ids. */
  maxAnswerIds: 12,
  /** `experiments` maxItems: the widget reports its own config's experiments only. */
  maxExperiments: 10,
  /** `$defs/id`: showroom, experiment, arm, question and answer ids. */
  idPattern: /^[a-z0-9-]{1,64}$/,
  /**
   * One Engaged Time event, ms (6 h): the widget sends one whenever the shopper changes module or
   * the page is hidden or loses focus, and counts only the 5 s after each interaction, so a bigger
   * figure is a forged or broken client, not a shopper.
   */
  maxEngagedMsPerEvent: 6 * 3_600_000,
  /**
   * One visit's engaged time, ms (24 h), per showroom and per module: sums stop there (a
   * saturating sum, so the order events arrive in does not change it).
   */
  maxEngagedMsPerVisit: 24 * 3_600_000,
} as const;
