/** Tables with one visit's rows, keyed by (visitor, start_ts). */
export const VISIT_TABLES = ['rollup_visits', 'rollup_visit_arms', 'rollup_visit_answers'] as const;

/** The orders and cart adds with their credit, and the links of anonymousIds to userIds (update-outcomes.ts), from version 11. */
export const OUTCOME_TABLES = ['rollup_orders', 'rollup_cart_adds', 'rollup_user_links'] as const;

/** Every rollup table, emptied by a rebuild. */
export const ROLLUP_TABLES = [...VISIT_TABLES, 'rollup_cube', 'rollup_step_cube', 'rollup_answer_cube', 'rollup_campaign_cube', 'rollup_exposures', 'rollup_visitors', ...OUTCOME_TABLES] as const;
