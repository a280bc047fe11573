// Benchmark: export and import of a 10,000-customer backup, and import of a 10,000-row CSV, in
// headless Chromium through the interface a person uses (export button → download; choose
// file → summary → confirm). Prints figures; it asserts only that the work completed.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
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
const merges = [];
const EDITED = 1000;
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

  // Merge into the full book: another device's backup in which 1,000 customers were edited.
  for (let run = 0; run < RUNS; run++) {
    const other = structuredClone(exported);
    const editedAt = new Date(Date.now() + (run + 1) * 1000).toISOString();
    for (const customer of other.customers.slice(0, EDITED)) {
      customer.earlier_versions = [...(customer.earlier_versions ?? []), customer.updated_at].slice(-32);
      customer.updated_at = editedAt;
      customer.tags = [...(customer.tags ?? []), `編集${run}`].slice(-50);
    }
    const otherFile = join(dir, `other${run}.json`);
    await writeFile(otherFile, JSON.stringify(other));
    const done = page.getByTestId('toast').filter({ hasText: 'バックアップを読み込みました' });
    const toastsBefore = await done.count();
    const started = performance.now();
    await page.getByTestId('import-file').setInputFiles(otherFile);
    await page.getByTestId('import-summary').filter({ hasText: `更新 ${EDITED}人` }).waitFor({ timeout: 60_000 });
    const checked = performance.now();
    await page.getByTestId('import-confirm').click();
    await done.nth(toastsBefore).waitFor({ timeout: 60_000 });
    merges.push({ check: checked - started, total: performance.now() - started });
  }

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
// CSV: 10,000 rows from a spreadsheet into an empty book.
const csvRows = ['名前,フリガナ,電話番号,メールアドレス,タグ'];
for (let n = 1; n <= COUNT; n++) {
  csvRows.push(`顧客 ${n},ヤマダ ハナコ,090-${String(n).padStart(4, '0')}-${String(n * 7 % 10000).padStart(4, '0')},customer${n}@example.jp,常連`);
}
const csv = Buffer.from(csvRows.join('\r\n'));
const csvImports = [];
const csvServer = await startServer();
const csvBrowser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await csvBrowser.newContext({ locale: 'ja-JP' });
    const target = await context.newPage();
    await open(target, csvServer.url, '/settings');
    const started = performance.now();
    await target.getByTestId('csv-file').setInputFiles({ name: 'customers.csv', mimeType: 'text/csv', buffer: csv });
    await target.getByTestId('csv-summary').filter({ hasText: `新規 ${COUNT}人` }).waitFor({ timeout: 60_000 });
    const checked = performance.now();
    await target.getByTestId('csv-import').click();
    await target.getByTestId('toast').filter({ hasText: `${COUNT}行を取り込みました` }).waitFor({ timeout: 60_000 });
    csvImports.push({ check: checked - started, total: performance.now() - started });
    await context.close();
  }
} finally {
  await csvBrowser.close();
  await csvServer.close();
}

const size = (await readFile(file)).length;
console.log(`Backup benchmark (${COUNT} customers, ${(size / 1024 / 1024).toFixed(1)} MB file, median of ${RUNS}):`);
console.log(`  export (click to download)            ${median(exports).toFixed(0)} ms   (target ≤ 1000 ms)`);
console.log(`  import check (file to summary)        ${median(imports.map((i) => i.check)).toFixed(0)} ms`);
console.log(`  import total (file to data written)   ${median(imports.map((i) => i.total)).toFixed(0)} ms   (target ≤ 2000 ms)`);
console.log(`Merge into the ${COUNT}-customer book, ${EDITED} edited elsewhere (median of ${RUNS}):`);
console.log(`  check (file to summary)               ${median(merges.map((i) => i.check)).toFixed(0)} ms`);
console.log(`  merge total (file to data written)    ${median(merges.map((i) => i.total)).toFixed(0)} ms   (target ≤ 2000 ms)`);
console.log(`CSV benchmark (${COUNT} rows, ${(csv.length / 1024 / 1024).toFixed(1)} MB, median of ${RUNS}):`);
console.log(`  check (file to mapping and summary)   ${median(csvImports.map((i) => i.check)).toFixed(0)} ms`);
console.log(`  import total (file to data written)   ${median(csvImports.map((i) => i.total)).toFixed(0)} ms   (target ≤ 2000 ms)`);
