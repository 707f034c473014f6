import Database from 'better-sqlite3';
const db = new Database(process.argv[2], { readonly: true });
for (const t of ['rollup_visits','rollup_visit_arms','rollup_cube','rollup_step_cube','rollup_answer_cube']) console.log(t, db.prepare(`select count(*) n from ${t}`).get().n);
const day = 86400000, to = Math.ceil(Date.now()/day)*day, from = to - 30*day;
const cube = "sum(visits), sum(engaged_sessions), sum(loads), sum(views), sum(engaged_ms), sum(interactions), sum(cta), sum(hotspots), sum(variants), sum(ar), sum(shared), sum(quiz_completed), sum(story_completed), sum(quiz_starts), sum(quiz_cta), sum(engaged_ms_sense), sum(engaged_ms_feel), sum(engaged_ms_think), sum(engaged_ms_act), sum(engaged_ms_relate), sum(interactions_sense), sum(interactions_feel),sum(interactions_think),sum(interactions_act),sum(interactions_relate), sum(engaged_sessions_sense), sum(engaged_sessions_feel), sum(engaged_sessions_think), sum(engaged_sessions_act), sum(engaged_sessions_relate)";
const qs = {
 cube: [`SELECT bucket, ${cube} FROM rollup_cube WHERE showroom_id = ? AND experiment_id = ? AND arm_id = ? AND bucket >= ? AND bucket < ? GROUP BY bucket`, ['*','','',from,to]],
 cubeArm: [`SELECT arm_id, ${cube} FROM rollup_cube WHERE showroom_id = ? AND experiment_id = ? AND bucket >= ? AND bucket < ? GROUP BY arm_id`, ['*','cta-wording',from,to]],
 repeats: [`SELECT bucket, CASE WHEN start_ts - prev_start < 86400000 THEN prev_start ELSE -1 END AS prev, count(*), sum(CASE WHEN prev_start < ? THEN 1 ELSE 0 END) FROM rollup_visits WHERE showroom_id = ? AND bucket >= ? AND bucket < ? AND prev_start IS NOT NULL GROUP BY bucket, prev`, [from, '*', from, to]],
 returned: [`SELECT bucket, count(*) FROM rollup_visits WHERE showroom_id = ? AND bucket >= ? AND bucket < ? AND prev_start IS NULL AND next_start IS NOT NULL AND next_start < ? GROUP BY bucket`, ['*', from, to, to]],
 cubeVisits: [`SELECT bucket, sum(visits) FROM rollup_cube WHERE showroom_id = ? AND experiment_id = '' AND arm_id = '' AND bucket >= ? AND bucket < ? GROUP BY bucket`, ['*', from, to]],
 visitors: [`SELECT bucket, CASE WHEN prev_start IS NOT NULL AND start_ts - prev_start < 86400000 THEN prev_start ELSE -1 END AS prev, count(*), sum(CASE WHEN prev_start IS NULL OR prev_start < ? THEN 1 ELSE 0 END), sum(CASE WHEN prev_start IS NULL AND (next_start IS NULL OR next_start >= ?) THEN 1 ELSE 0 END) FROM rollup_visits WHERE showroom_id = ? AND bucket >= ? AND bucket < ? GROUP BY bucket, prev`, [from, to, '*', from, to]],
 visitorsArm: [`SELECT arm_id, count(*), sum(CASE WHEN prev_start IS NULL OR prev_start < ? THEN 1 ELSE 0 END), sum(CASE WHEN prev_start IS NULL AND (next_start IS NULL OR next_start >= ?) THEN 1 ELSE 0 END) FROM rollup_visit_arms WHERE experiment_id = ? AND bucket >= ? AND bucket < ? GROUP BY arm_id`, [from, to, 'cta-wording', from, to]],
 cta: [`SELECT count(DISTINCT visitor) FROM rollup_visits WHERE showroom_id = ? AND bucket >= ? AND bucket < ? AND cta > 0`, ['*', from, to]],
 live: [`SELECT count(DISTINCT visitor) FROM rollup_visits WHERE showroom_id = ? AND end_ts >= ?`, ['*', Date.now() - 300000]],
 steps: [`SELECT step, sum(sessions) FROM rollup_step_cube WHERE showroom_id = ? AND experiment_id = ? AND arm_id = ? AND bucket >= ? AND bucket < ? GROUP BY step`, ['*','','',from,to]],
 answers: [`SELECT question_position, question_id, answer_id, sum(answers) FROM rollup_answer_cube WHERE showroom_id = ? AND experiment_id = ? AND arm_id = ? AND bucket >= ? AND bucket < ? GROUP BY 1,2,3`, ['*','','',from,to]],
 showrooms: [`SELECT DISTINCT showroom_id FROM rollup_cube WHERE showroom_id <> '*' AND showroom_id <> '' ORDER BY showroom_id`, []],
 exposures: [`SELECT experiment_id, arm_id, sum(exposed), min(first_ts) FROM rollup_exposures t WHERE first_ts >= ? AND first_ts < ? GROUP BY experiment_id, arm_id ORDER BY min(first_ts), arm_id`, [from, to]],
};
for (const [name, [sql, params]] of Object.entries(qs)) {
  const st = db.prepare(sql); st.all(...params); const t = performance.now(); for (let i = 0; i < 5; i++) st.all(...params); console.log(name.padEnd(12), ((performance.now()-t)/5).toFixed(1).padStart(6), 'ms', st.all(...params).length, 'rows |', db.prepare('EXPLAIN QUERY PLAN ' + sql).all(...params).map(r=>r.detail).join(' | '));
}
