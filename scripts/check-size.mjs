// Size is a feature: prints each stage's minified and gzip size (the sum of the files a browser
// downloads for it) and fails when one is over its budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const { '//': _, ...budgets } = JSON.parse(readFileSync(new URL('./size-budgets.json', import.meta.url), 'utf8'));
const rows = Object.entries(budgets).map(([stage, { files, gzip: budget }]) => {
  const codes = files.map((file) => readFileSync(file));
  const minified = codes.reduce((sum, code) => sum + code.length, 0);
  const gzip = codes.reduce((sum, code) => sum + gzipSync(code, { level: 9 }).length, 0);
  return { stage, minified, gzip, budget, ok: gzip <= budget };
});

console.log('stage'.padEnd(84), 'minified'.padStart(9), 'gzip'.padStart(7), 'budget'.padStart(7));
for (const r of rows) {
  console.log(r.stage.padEnd(84), String(r.minified).padStart(9), String(r.gzip).padStart(7), String(r.budget).padStart(7), r.ok ? 'ok' : 'OVER BUDGET');
}
const over = rows.filter((r) => !r.ok);
if (over.length) {
  console.error(`\n${over.length} stage(s) over their gzip budget (scripts/size-budgets.json).`);
  process.exit(1);
}
