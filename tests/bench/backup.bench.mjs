// Benchmark: export and import of a 10,000-customer backup in headless Chromium, through the
// interface a person uses (export button → download; choose file → summary → confirm). Prints
// figures; it asserts only that the work completed, never a time.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../e2e/support/server.mjs';
import { customerRecord, open, seedCustomers } from '../e2e/support/app.mjs';

const COUNT = 10_000;
const RUNS = 3;
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function record(n) {
  const at = new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString();
  return customerRecord(n, {
    name: `顧客 ${n}`,
    reading: 'ヤマダ ハナコ',
    phones: [`090-${String(n).padStart(4, '0').slice(-4)}-${String(n * 7).padStart(4, '0').slice(-4)}`],
    email: `customer${n}@example.jp`,
    tags: ['常連', n % 2 ? 'モーニング' : 'ランチ'],
    notes: [{ at, text: '窓際の席が好き。カフェラテはオーツミルクで。' }],
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await startServer();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
const dir = await mkdtemp(join(tmpdir(), 'tsunagu-bench-'));
const exports = [];
const imports = [];
let file;
try {
  const source = await browser.newContext({ locale: 'ja-JP', acceptDownloads: true });
  const page = await source.newPage();
  await open(page, server.url);
  await seedCustomers(page, Array.from({ length: COUNT }, (_, i) => record(i + 1)));
  await page.getByTestId('count').filter({ hasText: `${COUNT}人` }).waitFor({ timeout: 60_000 });
  await open(page, server.url, '/settings');
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
    exports.push(performance.now() - started);
    file = join(dir, `run${run}.json`);
    await download.saveAs(file);
  }
  const exported = JSON.parse(await readFile(file, 'utf8'));
  if (exported.customers.length !== COUNT) throw new Error(`exported ${exported.customers.length} customers`);

  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ locale: 'ja-JP' });
    const target = await context.newPage();
    await open(target, server.url, '/settings');
    const started = performance.now();
    await target.getByTestId('import-file').setInputFiles(file);
    await target.getByTestId('import-summary').filter({ hasText: `追加 ${COUNT}人` }).waitFor({ timeout: 60_000 });
    const checked = performance.now();
    await target.getByTestId('import-confirm').click();
    await target.getByTestId('toast').filter({ hasText: 'バックアップを読み込みました' }).waitFor({ timeout: 60_000 });
    imports.push({ check: checked - started, total: performance.now() - started });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const size = (await readFile(file)).length;
console.log(`Backup benchmark (${COUNT} customers, ${(size / 1024 / 1024).toFixed(1)} MB file, median of ${RUNS}):`);
console.log(`  export (click to download)            ${median(exports).toFixed(0)} ms   (target ≤ 1000 ms)`);
console.log(`  import check (file to summary)        ${median(imports.map((i) => i.check)).toFixed(0)} ms`);
console.log(`  import total (file to data written)   ${median(imports.map((i) => i.total)).toFixed(0)} ms   (target ≤ 2000 ms)`);
