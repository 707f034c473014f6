// Prints the showroom config reference (a Markdown table) from showroom.schema.json, the one source
// of truth: `node scripts/config-reference.mjs`. README.md embeds the output between the
// `config-reference` markers, and a unit test fails when the two differ.
import { readFileSync } from 'node:fs';

const schema = JSON.parse(readFileSync(new URL('../packages/contracts/src/config/showroom.schema.json', import.meta.url), 'utf8'));
const NAMED = { url: 'URL (https: or relative)', color: 'colour (#rgb, #rrggbb, #rrggbbaa)', id: 'id ([a-z0-9-], ≤ 64)' };

const deref = (node) => (node.$ref ? { ...schema.$defs[node.$ref.split('/').pop()], ...without(node, '$ref') } : node);
function without(node, key) {
  const { [key]: _, ...rest } = node;
  return rest;
}
const refName = (node) => node.$ref?.split('/').pop();

/** A short type text: "string ≤ 120", "number 0–1", `"viewer"`, "URL", "array of 1–20". */
function typeOf(raw) {
  const name = refName(raw);
  if (name && NAMED[name]) return NAMED[name];
  const node = deref(raw);
  if (node.const !== undefined) return `\`${JSON.stringify(node.const)}\``;
  if (node.enum) return node.enum.map((v) => `\`${JSON.stringify(v)}\``).join(' \\| ');
  const range = (lo, hi) => (lo !== undefined && hi !== undefined ? ` ${lo}–${hi}` : hi !== undefined ? ` ≤ ${hi}` : lo !== undefined ? ` ≥ ${lo}` : '');
  if (node.type === 'string') return `string${range(node.minLength > 1 ? node.minLength : undefined, node.maxLength)}`;
  if (node.type === 'number' || node.type === 'integer') return `${node.type}${range(node.minimum ?? (node.exclusiveMinimum !== undefined ? `> ${node.exclusiveMinimum}` : undefined), node.maximum)}`.replace('> 0–', '> 0, ≤ ');
  if (node.type === 'array') return node.minItems === node.maxItems ? `array of ${node.minItems}` : `array${range(node.minItems || undefined, node.maxItems)}`;
  if (node.oneOf) return 'one of the forms below';
  if (node.type === 'object' && node.additionalProperties && typeof node.additionalProperties === 'object') return 'object: key → value below';
  return node.type ?? 'value';
}

const rows = [];
function walk(raw, path, required, description) {
  const node = deref(raw);
  const desc = (description ?? node.description ?? '').replaceAll('|', '\\|');
  // An array's items need no row of their own unless they say something.
  if (path && !(path.endsWith('[]') && !desc && (node.type === 'object' || node.oneOf))) rows.push(`| \`${path}\` | ${typeOf(raw)} | ${required ? 'yes' : ''} | ${desc} |`);
  if (refName(raw) === 'strings') return; // one row: the keys are listed in DEFAULT_STRINGS
  if (node.type === 'array' && node.items) return walk(node.items, `${path}[]`, false);
  if (node.oneOf) {
    for (const form of node.oneOf) {
      const f = deref(form);
      const tag = f.properties?.type?.const;
      walkObject(f, tag ? `${path.replace(/\[\]$/, '')}[${tag}]` : path);
    }
    return;
  }
  if (node.type === 'object' && node.additionalProperties && typeof node.additionalProperties === 'object') return walk(node.additionalProperties, `${path}.*`, false);
  if (node.properties) walkObject(node, path);
}
function walkObject(node, path) {
  const required = new Set(node.required ?? []);
  for (const [key, child] of Object.entries(node.properties)) walk(child, path ? `${path}.${key}` : key, required.has(key), child.description);
}

walkObject(schema, '');
console.log(['| field | type | required | meaning |', '|---|---|---|---|', ...rows].join('\n'));
