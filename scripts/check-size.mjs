// Size is a feature: prints each dist file's minified and gzip size and fails over its budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const { '//': _, ...budgets } = JSON.parse(readFileSync(new URL('./size-budgets.json', import.meta.url), 'utf8'));
const rows = Object.entries(budgets).map(([file, budget]) => {
  const code = readFileSync(file);
  const gzip = gzipSync(code, { level: 9 }).length;
  return { file, minified: code.length, gzip, budget, ok: gzip <= budget };
});

console.log('file'.padEnd(40), 'minified'.padStart(9), 'gzip'.padStart(7), 'budget'.padStart(7));
for (const r of rows) {
  console.log(r.file.padEnd(40), String(r.minified).padStart(9), String(r.gzip).padStart(7), String(r.budget).padStart(7), r.ok ? 'ok' : 'OVER BUDGET');
}
const over = rows.filter((r) => !r.ok);
if (over.length) {
  console.error(`\n${over.length} file(s) over their gzip budget (scripts/size-budgets.json).`);
  process.exit(1);
}
