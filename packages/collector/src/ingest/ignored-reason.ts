/**
 * Why a value an event carried was left out of the rollups (the raw event is stored all the same),
 * as `/health` counts them: a funnel position or story page past the config's maxima, an Engaged
 * Time out of bounds, too many experiments or answer ids, an id the config schema would refuse, or
 * a timestamp too far in the future (clamped to the time it arrived).
 */
export const IGNORED_REASONS = ['quiz_position', 'story_page', 'quiz_answers', 'engaged_ms', 'experiments', 'ids', 'future_timestamp'] as const;

export type IgnoredReason = (typeof IGNORED_REASONS)[number];
