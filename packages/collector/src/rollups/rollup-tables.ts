/** Tables whose rows belong to one visit (visitor, start_ts). */
export const VISIT_TABLES = ['rollup_visits', 'rollup_sessions', 'rollup_modules', 'rollup_steps'] as const;

/** Every rollup table, emptied by a rebuild. */
export const ROLLUP_TABLES = [...VISIT_TABLES, 'rollup_exposures', 'rollup_visitors'] as const;
