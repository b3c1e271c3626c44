#!/usr/bin/env node
// Regenerates the bundled description of CNCF's proposal issue form (field
// ids, labels, kinds, the Term options, the labels it gives the issue) from
// the form's YAML:
//   node scripts/update-form.mjs path/to/lfx-program-proposal.yml
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const [formPath] = process.argv.slice(2);
if (!formPath) {
  console.error('usage: node scripts/update-form.mjs <lfx-program-proposal.yml>');
  process.exit(2);
}
const form = parse(readFileSync(formPath, 'utf8'));
if (!Array.isArray(form?.body)) throw new Error(`${formPath}: no form body`);

const fields = form.body
  .filter((f) => f.type !== 'markdown' && f.id)
  .map((f) => {
    const field = { id: String(f.id), type: String(f.type), label: String(f.attributes?.label ?? f.id) };
    // Checkbox labels are part of the issue body; dropdown options other than Term are the catalog's projects.
    if (f.type === 'checkboxes') field.options = (f.attributes?.options ?? []).map((o) => String(o.label));
    if (f.id === 'term') field.options = (f.attributes?.options ?? []).map(String);
    return field;
  });

const out = resolve(dirname(fileURLToPath(import.meta.url)), '../server/src/proposal/form.generated.json');
writeFileSync(out, JSON.stringify({ template: basename(formPath), title: String(form.title ?? ''), labels: (form.labels ?? []).map(String), fields }, null, 1) + '\n');
console.log(`wrote ${fields.length} fields to ${out}`);
