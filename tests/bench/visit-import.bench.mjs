// Benchmark: a 100,000-row visit history (10,000 members, ten visits each over two years)
// imported from CSV into an empty book in headless Chromium, through the interface (choose
// file → progress → summary → import), then the analysis page opened on it. Prints figures;
// it asserts only that the work completed.
import { chromium } from 'playwright-core';
import { startServer } from '../e2e/support/server.mjs';
import { open } from '../e2e/support/app.mjs';

const MEMBERS = 10_000;
const VISITS_EACH = 10;
const ROWS = MEMBERS * VISITS_EACH;
const RUNS = 2;
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function daysAgo(days) {
  const d = new Date();
  d.setHours(12, 0, 0, 0);
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
}

let seed = 7;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const lines = ['会員番号,来店日,金額,品目,数量'];
for (let n = 1; n <= MEMBERS; n++) {
  for (let k = 0; k < VISITS_EACH; k++) {
    const ago = Math.floor(random() * 730);
    lines.push(`M${n},${daysAgo(ago)},${1000 + Math.floor(random() * 50) * 100},カット,1`);
  }
}
const csv = Buffer.from(lines.join('\r\n'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const grouped = ROWS.toLocaleString('en');

const server = await startServer();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
const runs = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ locale: 'ja-JP' });
    const page = await context.newPage();
    await open(page, server.url, '/settings');
    const started = performance.now();
    await page.getByTestId('visit-file').setInputFiles({ name: 'visits.csv', mimeType: 'text/csv', buffer: csv });
    await page.getByTestId('visit-import-summary').filter({ hasText: `来店 ${grouped}件を追加` }).waitFor({ timeout: 120_000 });
    const checked = performance.now();
    await page.getByTestId('visit-import-button').click();
    await page.getByTestId('toast').filter({ hasText: `${grouped}件の来店を取り込みました` }).waitFor({ timeout: 120_000 });
    const written = performance.now();
    await page.getByTestId('nav-analysis').click();
    await page.getByTestId('analysis-count').filter({ hasText: `来店 ${grouped}件` }).waitFor({ timeout: 60_000 });
    await page.getByTestId('segment-count').first().waitFor();
    const analysed = performance.now();
    const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0);
    runs.push({ check: checked - started, write: written - checked, analysis: analysed - written, heap });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`Visit history import (${grouped} rows, ${MEMBERS.toLocaleString('en')} members, ${(csv.length / 1024 / 1024).toFixed(1)} MB, median of ${RUNS}):`);
console.log(`  check (file to summary, with progress)  ${median(runs.map((r) => r.check)).toFixed(0)} ms`);
console.log(`  write (import tap to data written)      ${median(runs.map((r) => r.write)).toFixed(0)} ms`);
console.log(`  total                                    ${median(runs.map((r) => r.check + r.write)).toFixed(0)} ms   (target: a few seconds)`);
console.log(`  analysis page on it (tap to segments)    ${median(runs.map((r) => r.analysis)).toFixed(0)} ms`);
console.log(`  JS heap after                            ${(median(runs.map((r) => r.heap)) / 1024 / 1024).toFixed(0)} MB`);
