// What the browser benchmarks share: Chromium's flags, the large sample business (10,000
// customers, 100,000 visits, 30,000 pieces of feedback, 5,000 tickets and 5,000 coupons, drawn
// by the core's seeded generator through `examples/dashboard_figures.rs`), and storing it
// straight into the app's IndexedDB.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { putRecords } from '../../e2e/support/app.mjs';

export const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const STORES = ['customers', 'parts', 'part_groups', 'set_menus', 'visits', 'feedback', 'tickets', 'coupons'];

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const max = (xs) => Math.max(...xs);
export const ms = (x) => `${x.toFixed(1)} ms`;

/** The large sample business as of now in Tokyo: the backup file's path and its parsed content. */
export async function largeBackup() {
  const dir = await mkdtemp(join(tmpdir(), 'tsunagu-bench-'));
  const file = join(dir, 'large.json');
  const now = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  execFileSync('cargo', ['run', '--locked', '--release', '-q', '--example', 'dashboard_figures', '--',
    '--seed', '5', '--now', now, '--offset-minutes', '540', '--size', 'large', '--backup', file],
  { stdio: ['ignore', 'ignore', 'inherit'] });
  return { dir, file, data: JSON.parse(await readFile(file, 'utf8')) };
}

/** Stores every record of `data` into the open app's database, 5,000 to a transaction. */
export async function seed(page, data) {
  for (const store of STORES) {
    const records = data[store];
    for (let i = 0; i < records.length; i += 5_000) {
      await putRecords(page, store, records.slice(i, i + 5_000));
    }
  }
}

/** A line of the report: what, the figure, and its target. */
export function line(what, figure, target) {
  console.log(`  ${what.padEnd(46)} ${figure.padStart(12)}   target ${target}`);
}
