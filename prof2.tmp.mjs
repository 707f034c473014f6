import Database from 'better-sqlite3';
const db = new Database(process.argv[2], { readonly: true });
const day = 86400000, to = Math.ceil(Date.now()/day)*day, from = to - 30*day;
const cols = "visits, engaged_sessions, loads, views, engaged_ms, interactions, cta, hotspots, variants, ar, shared, quiz_completed, story_completed, quiz_starts, quiz_cta, engaged_ms_sense, engaged_ms_feel, engaged_ms_think, engaged_ms_act, engaged_ms_relate, interactions_sense, interactions_feel,interactions_think,interactions_act,interactions_relate, engaged_sessions_sense, engaged_sessions_feel, engaged_sessions_think, engaged_sessions_act, engaged_sessions_relate, exposures";
const sums = cols.split(',').map(c=>`sum(${c.trim()})`).join(',');
const W = "showroom_id = '*' AND experiment_id = '' AND arm_id = '' AND bucket >= ? AND bucket < ?";
const qs = {
 raw: `SELECT bucket, ${cols} FROM rollup_cube WHERE ${W}`,
 totals: `SELECT ${sums} FROM rollup_cube WHERE ${W}`,
 series7: `SELECT bucket, visits, loads, views, engaged_ms, interactions, cta FROM rollup_cube WHERE ${W}`,
 steps: `SELECT step, sum(sessions) FROM rollup_step_cube WHERE ${W} GROUP BY step`,
};
for (const [name, sql] of Object.entries(qs)) { const st = db.prepare(sql); st.all(from,to); let t = performance.now(); for (let i=0;i<5;i++) st.all(from,to); console.log(name, ((performance.now()-t)/5).toFixed(1)); if (st.reader) { st.raw(true); t = performance.now(); for (let i=0;i<5;i++) st.all(from,to); console.log(' raw', ((performance.now()-t)/5).toFixed(1)); } }
