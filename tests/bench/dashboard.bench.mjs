// Benchmark: the dashboard with 10,000 customers, 100,000 visits, 30,000 pieces of feedback,
// 5,000 tickets and 5,000 coupons (the core's large sample business, written by
// `examples/dashboard_figures.rs`), stored straight into IndexedDB, in headless Chromium.
// Timed in the page, from the tap to the frame after every chart is drawn: opening the
// dashboard the first time after start (the customer analysis included), opening it again,
// and switching the period and the tier. Prints figures; asserts only that the work completed.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../e2e/support/server.mjs';
import { open } from '../e2e/support/app.mjs';

const RUNS = 5;
const TARGET_MS = 200;
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const STORES = ['customers', 'parts', 'part_groups', 'set_menus', 'visits', 'feedback', 'tickets', 'coupons'];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${ms.toFixed(1)} ms`;

const dir = await mkdtemp(join(tmpdir(), 'tsunagu-dashboard-bench-'));
const file = join(dir, 'large.json');
const now = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
execFileSync('cargo', ['run', '--locked', '--release', '-q', '--example', 'dashboard_figures', '--',
  '--seed', '5', '--now', now, '--offset-minutes', '540', '--size', 'large', '--backup', file], { stdio: ['ignore', 'ignore', 'inherit'] });
const data = JSON.parse(await readFile(file, 'utf8'));

/** Puts `records` into `store`, a chunk per transaction. */
async function put(page, store, records) {
  for (let i = 0; i < records.length; i += 5_000) {
    await page.evaluate(([store, chunk]) => new Promise((resolve, reject) => {
      const request = indexedDB.open('tsunagu');
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const db = request.result;
        const tx = db.transaction(store, 'readwrite');
        for (const record of chunk) tx.objectStore(store).put(record);
        tx.oncomplete = () => { db.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    }), [store, records.slice(i, i + 5_000)]);
  }
}

/**
 * Does `act` in the page (a tap on the dashboard's link, or a choice in one of its selects) and
 * resolves with the ms until the frame after the dashboard has redrawn: every chart drawn, and
 * the visits chart's summary no longer `before`.
 */
function timed(page, act, before = null) {
  return page.evaluate(([act, before]) => new Promise((resolve) => {
    const summary = () => document.querySelector('[data-chart=visits] [data-testid=chart-summary]')?.textContent;
    const start = performance.now();
    if (act.link) {
      document.querySelector(`[data-testid=${act.link}]`).click();
    } else {
      const select = document.querySelector(`[data-testid=${act.select}]`);
      select.value = act.value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
    const check = () => {
      const drawn = document.querySelectorAll('[data-chart] svg.plot').length === 11;
      if (drawn && summary() !== before) requestAnimationFrame(() => resolve(performance.now() - start));
      else requestAnimationFrame(check);
    };
    check();
  }), [act, before]);
}

const summaryNow = (page) => page.locator('[data-chart=visits] [data-testid=chart-summary]').innerText();

const server = await startServer();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
try {
  const context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('crash', () => console.error('the page crashed'));
  page.on('console', (m) => { if (m.type() === 'error') console.error(m.text()); });
  await open(page, server.url, '/settings');
  for (const store of STORES) await put(page, store, data[store]);
  const firstOpen = [];
  const again = [];
  const periods = [];
  const tiers = [];
  for (let run = 0; run < RUNS; run++) {
    // A fresh start on a page that does not analyse customers, so the first open does.
    await open(page, server.url, '/settings');
    firstOpen.push(await timed(page, { link: 'nav-dashboard' }));
    await page.getByTestId('nav-settings').click();
    again.push(await timed(page, { link: 'nav-dashboard' }));
    periods.push(await timed(page, { select: 'dash-period', value: '12m' }, await summaryNow(page)));
    tiers.push(await timed(page, { select: 'dash-tier', value: 'A' }, await summaryNow(page)));
    await page.getByTestId('dash-tier').selectOption('');
    await page.getByTestId('dash-period').selectOption('3m');
  }
  const counts = STORES.map((s) => `${data[s].length.toLocaleString('en')} ${s}`).join(', ');
  console.log(`Dashboard in headless Chromium (${counts}; median of ${RUNS}; target ≤ ${TARGET_MS} ms):`);
  console.log(`  first open after start, analysis included  ${fmt(median(firstOpen))}`);
  console.log(`  open again (analysis ready)                ${fmt(median(again))}`);
  console.log(`  switch period 3 → 12 months                ${fmt(median(periods))}`);
  console.log(`  filter to tier A                           ${fmt(median(tiers))}`);
} finally {
  await browser.close();
  await server.close();
}
