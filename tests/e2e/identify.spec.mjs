// Identifying customers: a visit history imported from a CSV (a bad file is refused line by
// line and imports nothing; the same file twice adds nothing), then segments, tiers and one
// customer's predictions, which change when the analysis date moves back; a tier set by hand
// needs a reason and shows in the list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { expectCount, expectText, open, useApp } from './support/app.mjs';
import { addCustomer, CustomerList } from './support/pages.mjs';

const app = useApp();

/** YYYY-MM-DD of the local day `days` before today. */
function daysAgo(days) {
  const d = new Date();
  d.setHours(12, 0, 0, 0);
  d.setDate(d.getDate() - days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A deterministic shop history: 80 members over about two years (regulars, occasional
 * customers, some who stopped coming) and one customer known by email. */
function history() {
  let seed = 20261124;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const rows = [];
  for (let n = 1; n <= 80; n++) {
    const number = `M-${String(n).padStart(3, '0')}`;
    const gap = n % 4 === 0 ? 12 : n % 4 === 1 ? 30 : n % 4 === 2 ? 75 : 200;
    const stopped = n % 5 === 0 ? 120 + Math.floor(random() * 200) : 0;
    let ago = 700 - Math.floor(random() * 400);
    let first = true;
    while (ago >= stopped) {
      const amount = 1000 + Math.floor(random() * 40) * 100;
      rows.push([number, first ? `会員${n}` : '', '', ago, amount]);
      first = false;
      ago -= Math.max(1, Math.round(gap * (0.5 + random())));
    }
  }
  for (const ago of [300, 240, 170, 110, 60, 20]) rows.push(['', '', 'HANAKO@example.jp', ago, 4500]);
  return rows;
}

function csv(rows) {
  const lines = ['会員番号,お名前,メール,来店日,金額'];
  for (const [number, name, email, ago, amount] of rows) {
    lines.push([number, name, email, typeof ago === 'number' ? daysAgo(ago) : ago, amount].join(','));
  }
  return Buffer.from(lines.join('\r\n'));
}

async function chooseVisits(page, buffer) {
  await page.getByTestId('visit-file').setInputFiles({ name: 'visits.csv', mimeType: 'text/csv', buffer });
}

async function tierCount(page, tier) {
  return Number((await page.getByTestId(`tier-${tier}`).getByTestId('tier-count').innerText()).split('人')[0]);
}

async function count(locator) {
  return Number((await locator.innerText()).replace(/[^0-9]/g, ''));
}

test('import a visit history, see segments, tiers and predictions, move the analysis date', async () => {
  const { page, url } = app;
  await addCustomer(page, url, { name: '山田 花子', email: 'hanako@example.jp' });
  const rows = history();

  // A file with bad lines: each listed by line, nothing imported.
  await open(page, url, '/settings');
  const bad = [...rows.slice(0, 3), ['M-001', '', '', '2026-02-30', 1000], ['', '', '', 5, 1000], ['M-002', '', '', 3, 'abc']];
  await chooseVisits(page, csv(bad));
  await page.getByTestId('visit-import-errors').waitFor();
  const lines = await page.getByTestId('visit-import-line').allInnerTexts();
  assert.deepEqual(lines.map((l) => l.split(':')[0]), ['5行目', '6行目', '7行目']);
  assert.match(lines[0], /日付が YYYY-MM-DD/);
  assert.match(lines[1], /会員番号・メール・電話番号がありません/);
  assert.ok(await page.getByTestId('visit-import-button').isDisabled());

  // The real file: columns guessed, progress, summary, one tap.
  await chooseVisits(page, csv(rows));
  const summary = page.getByTestId('visit-import-summary');
  await expectText(summary, `${rows.length.toLocaleString('en')}行：既存のお客様 1人と新しいお客様 80人に、来店 ${rows.length.toLocaleString('en')}件を追加します。取り込み済み 0件。`, 15000);
  assert.equal(await page.getByTestId('visit-column-3').inputValue(), 'date');
  assert.equal(await page.getByTestId('visit-column-4').inputValue(), 'amount');
  await page.getByTestId('visit-import-button').click();
  await page.getByTestId('toast').filter({ hasText: `${rows.length.toLocaleString('en')}件の来店を取り込みました` }).waitFor({ timeout: 15000 });

  // The same file again adds nothing.
  await chooseVisits(page, csv(rows));
  await expectText(page.getByTestId('visit-import-summary'), 'このファイルの来店はすべて取り込み済みです。', 15000);
  assert.ok(await page.getByTestId('visit-import-button').isDisabled());

  // The analysis: every customer with a visit, in exactly one segment and one tier.
  await page.getByTestId('nav-analysis').click();
  await expectText(page.getByTestId('analysis-count'), `来店のあるお客様 81人・来店 ${rows.length.toLocaleString('en')}件`);
  assert.equal(await page.getByTestId('model-lines').getAttribute('data-model'), 'fitted');
  await page.getByTestId('model-details').locator('summary').click();
  await expectText(page.getByTestId('model-lines'), /BG\/NBD：r = [0-9.]+、α = [0-9.]+/);
  await expectText(page.getByTestId('model-lines'), /81人を使用/);
  const segmentCounts = await Promise.all(
    (await page.getByTestId('segment-count').all()).map(count),
  );
  assert.equal(segmentCounts.reduce((a, b) => a + b, 0), 81);
  const tierCounts = {};
  for (const tier of ['A', 'B', 'C']) tierCounts[tier] = await tierCount(page, tier);
  assert.equal(tierCounts.A + tierCounts.B + tierCounts.C, 81);
  assert.ok(tierCounts.A > 0 && tierCounts.A < tierCounts.C, JSON.stringify(tierCounts));
  // Tier A's list: its customers, each with the A badge.
  await page.getByTestId('tier-A').locator('summary').click();
  const listA = page.getByTestId('tier-A').getByTestId('tier-list');
  await expectCount(listA.getByTestId('customer-row'), tierCounts.A);
  assert.deepEqual([...new Set(await listA.getByTestId('tier').evaluateAll((es) => es.map((e) => e.dataset.tier)))], ['A']);
  await mkdir('tests/e2e/artifacts', { recursive: true });
  await page.screenshot({ path: 'tests/e2e/artifacts/analysis.png', fullPage: true });

  const list = new CustomerList(page, url);
  // A customer the import created: named from the file, with the number it knows them by.
  await list.open('会員12');
  await page.getByTestId('customer-row').first().click();
  await expectText(page.getByTestId('customer-number'), 'M-012');

  // One customer's predictions, each explained.
  await list.open('山田');
  await page.getByTestId('customer-row').first().click();
  const insight = page.getByTestId('insight');
  await expectText(insight.getByTestId('insight-value'), /[0-9,]+円/);
  await expectText(insight.getByTestId('insight-active'), /[0-9]+%/);
  await expectText(insight.getByTestId('insight-next'), /ごろ/);
  await expectText(insight.getByTestId('insight-segment'), /R[1-5] F[1-5] M[1-5]/);
  assert.equal(await insight.getByTestId('tier').count(), 1);
  const valueToday = await insight.getByTestId('insight-value').innerText();
  const activeToday = await insight.getByTestId('insight-active').innerText();
  await page.screenshot({ path: 'tests/e2e/artifacts/insight.png', fullPage: true });

  // Back 200 days: later visits are left out, and everything changes with them.
  await page.getByTestId('nav-analysis').click();
  const asOf = daysAgo(200);
  await page.getByTestId('as-of').fill(asOf);
  await page.getByTestId('as-of').dispatchEvent('change');
  const customersThen = new Set(rows.filter((r) => r[3] >= 200).map((r) => r[0] || r[2])).size;
  const visitsThen = rows.filter((r) => r[3] >= 200).length;
  await expectText(page.getByTestId('analysis-count'), `来店のあるお客様 ${customersThen}人・来店 ${visitsThen.toLocaleString('en')}件`);
  await expectText(page.getByTestId('as-of-note'), /時点：それより後の来店は含めていません/);
  const segmentsThen = await Promise.all((await page.getByTestId('segment-count').all()).map(count));
  assert.equal(segmentsThen.reduce((a, b) => a + b, 0), customersThen);
  await page.goBack();
  await expectText(insight.getByTestId('insight-as-of'), /時点/);
  await page.waitForFunction((before) => {
    const value = document.querySelector('[data-testid="insight-value"]');
    return value && value.innerText !== before;
  }, valueToday);
  assert.notEqual(await insight.getByTestId('insight-active').innerText(), activeToday);

  // A tier by hand needs a reason; then it shows on the page and in the list.
  await page.getByTestId('tier-override').locator('summary').click();
  await page.getByTestId('tier-choice').selectOption('C');
  await page.getByTestId('tier-save').click();
  await expectText(page.getByTestId('tier-reason-error'), '入力してください');
  await page.getByTestId('tier-reason').fill('しばらく海外に転勤');
  await page.getByTestId('tier-save').click();
  await page.getByTestId('toast').filter({ hasText: 'ランクを保存しました' }).waitFor();
  await expectText(insight.getByTestId('insight-tier'), /手動で設定：しばらく海外に転勤/);
  assert.equal(await insight.getByTestId('tier').getAttribute('data-tier'), 'C');
  await list.open('山田');
  assert.equal(await page.getByTestId('customer-row').first().getByTestId('tier').getAttribute('data-tier'), 'C');
});

test('changing the tier shares moves customers between tiers', async () => {
  const { page, url } = app;
  await open(page, url, '/settings');
  await chooseVisits(page, csv(history()));
  await page.getByTestId('visit-import-button').click({ timeout: 15000 });
  await page.getByTestId('toast').filter({ hasText: '件の来店を取り込みました' }).waitFor({ timeout: 15000 });
  await page.getByTestId('nav-analysis').click();
  const before = await tierCount(page, 'A');
  await page.getByTestId('tier-share-a').fill('70');
  await page.getByTestId('tier-share-a').dispatchEvent('change');
  await page.waitForFunction((before) => {
    const text = document.querySelector('[data-testid="tier-A"] [data-testid="tier-count"]').innerText;
    return Number(text.split('人')[0]) > before;
  }, before);
  await page.getByTestId('tier-share-b').fill('40');
  await page.getByTestId('tier-share-b').dispatchEvent('change');
  await expectText(page.getByTestId('tier-shares-error'), 'Aは1〜99、AとBの合計は100以下にしてください。');
});
