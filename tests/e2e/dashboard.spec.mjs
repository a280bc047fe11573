// The dashboard with a generated business: the sample (a seed's two years of a dog-walking
// service) is made by the core natively (`examples/dashboard_figures.rs`), which also prints
// what every chart must say for each view. The test imports that backup the way an owner
// does, chooses the period and the filters with the controls, and checks every chart's
// summary and table against the core's, and that the bars drawn are as long as their numbers.
// Screenshots at 360 px and at desktop width land in tests/e2e/artifacts/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { open, useApp } from './support/app.mjs';

const app = useApp({ viewport: { width: 360, height: 800 }, timezoneId: 'Asia/Tokyo' });
const SHOTS = 'tests/e2e/artifacts';

/** Today in Tokyo, `YYYY-MM-DD`, `days` from now. */
function tokyoDay(days = 0) {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date(Date.now() + days * 86_400_000));
}

/** The sample business as a backup file, and the core's charts for each view. */
async function sample(views) {
  const dir = await mkdtemp(join(tmpdir(), 'tsunagu-dashboard-'));
  const backup = join(dir, 'sample.json');
  const now = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  const args = ['run', '--locked', '-q', '--example', 'dashboard_figures', '--', '--seed', '11', '--now', now,
    '--offset-minutes', '540', '--lang', 'ja', '--backup', backup, ...views.flatMap((v) => ['--view', v])];
  const out = execFileSync('cargo', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const figures = JSON.parse(out);
  const byView = Object.fromEntries(figures.views.map((v) => [v.view, v.charts]));
  return { backup, byView };
}

/** Equal, or the same words with numbers within 0.01 % (predicted values are fitted in the
 * browser's floating point, which may differ from the native one in the last digits). */
function same(actual, expected, where) {
  if (actual === expected) return;
  const numbers = /-?[\d,]+(?:\.\d+)?/g;
  const words = (s) => s.replace(numbers, '#');
  const values = (s) => (s.match(numbers) ?? []).map((n) => Number(n.replaceAll(',', '')));
  assert.equal(words(actual), words(expected), where);
  const [a, e] = [values(actual), values(expected)];
  assert.equal(a.length, e.length, where);
  a.forEach((x, i) => assert.ok(Math.abs(x - e[i]) <= Math.abs(e[i]) * 1e-4, `${where}: ${actual} ≠ ${expected}`));
}

async function importBackup(page, file) {
  await open(page, app.url, '/settings');
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('import-confirm').click();
  await page.getByTestId('toast').filter({ hasText: 'バックアップを読み込みました' }).waitFor({ timeout: 30_000 });
}

/** Every chart on screen as tables (switching each card to its table), checked against `charts`. */
async function checkTables(page, charts, view) {
  await page.locator('[data-chart]').first().waitFor();
  assert.deepEqual(
    await page.locator('[data-chart]').evaluateAll((cards) => cards.map((c) => c.dataset.chart)),
    charts.map((c) => c.id),
    view,
  );
  for (const chart of charts) {
    const card = page.locator(`[data-chart="${chart.id}"]`);
    const where = `${view} ${chart.id}`;
    if ((await card.getByTestId('chart-table').count()) === 0) await card.getByTestId('chart-toggle').click();
    same(await card.getByTestId('chart-summary').innerText(), chart.summary, `${where} summary`);
    const rows = await card.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.children].map((cell) => cell.textContent.trim())));
    assert.equal(rows.length, chart.rows.length, `${where} rows`);
    rows.forEach((row, i) => row.forEach((cell, j) => same(cell, chart.rows[i][j], `${where} row ${i} cell ${j}`)));
    const headers = await card.locator('thead th').allInnerTexts();
    assert.deepEqual(headers, chart.columns, `${where} columns`);
  }
}

/** Back to charts; the marks drawn for `id` are as long as its first column's numbers. */
async function checkDrawn(page, id, charts, { across = false } = {}) {
  const card = page.locator(`[data-chart="${id}"]`);
  if ((await card.getByTestId('chart-table').count()) > 0) await card.getByTestId('chart-toggle').click();
  await card.locator('svg.plot').waitFor();
  const numbers = charts.find((c) => c.id === id).rows.map((r) => Number(r[1].replace(/[^\d.]/g, '')));
  const sizes = await card.locator('svg .mark').evaluateAll((marks, across) =>
    marks.map((m) => Number(m.getAttribute(across ? 'width' : 'height'))), across);
  assert.equal(sizes.length, numbers.length, `${id}: one mark per row`);
  const [big, bigSize] = [Math.max(...numbers), Math.max(...sizes)];
  assert.ok(big > 0 && bigSize > 0, `${id} has something to draw`);
  numbers.forEach((n, i) => assert.ok(Math.abs(sizes[i] - (n / big) * bigSize) < 0.5, `${id} row ${i}: ${sizes[i]} for ${n}`));
}

test('every chart says what the core computes, for each period and filter chosen', async () => {
  const from = tokyoDay(-200);
  const to = tokyoDay(-20);
  const custom = `custom/${from}/${to}`;
  const views = ['3m::', '12m::', '12m:A:', `${custom}::`, `${custom}::loyal`];
  const { backup, byView } = await sample(views);
  const { page } = app;
  await importBackup(page, backup);

  // Opened from the navigation: the last 3 months, everyone.
  await page.getByTestId('nav-dashboard').click();
  await checkTables(page, byView['3m::'], '3m');

  await page.getByTestId('dash-period').selectOption('12m');
  await checkTables(page, byView['12m::'], '12m');
  await checkDrawn(page, 'visits', byView['12m::']);
  await checkDrawn(page, 'revenue', byView['12m::']);
  await checkDrawn(page, 'segments', byView['12m::'], { across: true });
  await mkdir(SHOTS, { recursive: true });
  for (const id of byView['12m::'].map((c) => c.id)) {
    const card = page.locator(`[data-chart="${id}"]`);
    if ((await card.getByTestId('chart-table').count()) > 0) await card.getByTestId('chart-toggle').click();
  }
  await page.screenshot({ path: `${SHOTS}/dashboard-360.png`, fullPage: true });

  await page.getByTestId('dash-tier').selectOption('A');
  await checkTables(page, byView['12m:A:'], '12m A');
  assert.match(page.url(), /period=12m/);
  assert.match(page.url(), /tier=A/);

  await page.getByTestId('dash-tier').selectOption('');
  await page.getByTestId('dash-period').selectOption('custom');
  await page.getByTestId('dash-from').fill(from);
  await page.getByTestId('dash-to').fill(to);
  await checkTables(page, byView[`${custom}::`], 'custom');
  await page.getByTestId('dash-segment').selectOption('loyal');
  await checkTables(page, byView[`${custom}::loyal`], 'custom loyal');

  // The address keeps the view: a reload shows the same.
  await page.reload();
  await checkTables(page, byView[`${custom}::loyal`], 'custom loyal, reloaded');

  // A period that ends before it starts is refused in words, and nothing is drawn.
  await page.getByTestId('dash-to').fill(tokyoDay(-300));
  await page.getByTestId('period-error').filter({ hasText: '終了日は開始日' }).waitFor();
  assert.equal(await page.locator('[data-chart]').count(), 0);

  // At desktop width, the last 12 months.
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page, app.url, '/dashboard?period=12m');
  await page.locator('[data-chart="coupons"] svg.plot').waitFor();
  const widths = await page.locator('svg.plot').evaluateAll((svgs) => svgs.map((s) => s.getBoundingClientRect().width));
  assert.ok(widths.every((w) => w > 400), `charts fill their cards: ${widths}`);
  await page.screenshot({ path: `${SHOTS}/dashboard-1280.png`, fullPage: true });
});

test('the dashboard in English, with nothing recorded yet, says so in every chart', async () => {
  const { page } = app;
  await open(page, app.url, '/settings');
  await page.getByTestId('lang-en').click();
  await page.getByTestId('nav-dashboard').click();
  await page.locator('[data-chart="visits"]').waitFor();
  const summaries = await page.getByTestId('chart-summary').allInnerTexts();
  assert.equal(summaries.length, 11);
  assert.ok(summaries.every((s) => s === 'No data in this period.'), summaries.join(' | '));
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Dashboard');
  assert.match(await page.getByTestId('dashboard-empty').innerText(), /^Nothing to show yet/);
});
