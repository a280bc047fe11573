// Prints the download size of a build (`make size`): the first load — what index.html and the
// scripts it imports fetch before the app can start — and, apart, the parts of the app fetched
// when their pages are first opened (see tools/split.mjs). Sizes are gzip -9, as served.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const TARGET_KB = 350;
const dir = process.argv[2] ?? 'dist';

const html = await readFile(join(dir, 'index.html'), 'utf8');
const firstLoad = new Set();
const attribute = (tag, name) => tag.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1];
for (const [tag] of html.matchAll(/<(link|script)\b[^>]*>/g)) {
  const rel = attribute(tag, 'rel');
  const path = tag.startsWith('<script') ? attribute(tag, 'src') : attribute(tag, 'href');
  if (path && (tag.startsWith('<script') || ['stylesheet', 'modulepreload', 'preload'].includes(rel))) {
    firstLoad.add(path.replace(/^\//, ''));
  }
}
// Scripts import others before they run: those are part of the first load too.
const pending = [...firstLoad].filter((path) => path.endsWith('.js'));
while (pending.length > 0) {
  const script = await readFile(join(dir, pending.pop()), 'utf8');
  for (const [, path] of script.matchAll(/^import\b[^'"]*['"]([^'"]+)['"]/gm)) {
    const name = path.replace(/^\.?\//, '');
    if (!firstLoad.has(name)) {
      firstLoad.add(name);
      pending.push(name);
    }
  }
}

const kinds = ['wasm', 'js', 'css'];
const rows = { first: {}, later: {} };
for (const group of Object.values(rows)) for (const kind of kinds) group[kind] = { raw: 0, gzip: 0, files: 0 };
for (const name of await readdir(dir)) {
  const kind = kinds.find((k) => name.endsWith(`.${k}`));
  if (!kind || name === 'sw.js') continue;
  const bytes = await readFile(join(dir, name));
  const row = rows[firstLoad.has(name) ? 'first' : 'later'][kind];
  row.raw += bytes.length;
  row.gzip += gzipSync(bytes, { level: 9 }).length;
  row.files += 1;
}

const kb = (bytes) => Math.round(bytes / 1024);
const total = (group) => kinds.reduce((sum, kind) => sum + rows[group][kind].gzip, 0);
console.log('Release size (bytes):');
console.log(`  ${'first load'.padEnd(26)} ${'files'.padStart(5)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}`);
for (const kind of kinds) {
  const { files, raw, gzip } = rows.first[kind];
  console.log(`  ${kind.padEnd(26)} ${String(files).padStart(5)} ${String(raw).padStart(10)} ${String(gzip).padStart(10)}`);
}
const later = rows.later.wasm;
console.log(`  ${'pages opened later (wasm)'.padEnd(26)} ${String(later.files).padStart(5)} ${String(later.raw).padStart(10)} ${String(later.gzip).padStart(10)}`);
console.log(`  first load (wasm + js + css, gzip) ${kb(total('first'))} KB   target ≤ ${TARGET_KB} KB`);
console.log(`  everything, first load and later parts (gzip) ${kb(total('first') + total('later'))} KB`);
