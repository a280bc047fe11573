// The list order is a setting: chosen on the list (or in settings), kept on this device, and
// applied after a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { customerRecord, expectCount, open, seedCustomers, useApp } from './support/app.mjs';
import { CustomerList } from './support/pages.mjs';

const app = useApp();

async function expectOrder(list, names) {
  await expectCount(list.rows, names.length);
  const deadline = Date.now() + 5000;
  let shown;
  do {
    shown = await list.names();
    if (JSON.stringify(shown) === JSON.stringify(names)) return;
    await new Promise((ok) => setTimeout(ok, 50));
  } while (Date.now() < deadline);
  assert.deepEqual(shown, names);
}

test('the chosen order is kept after a reload', async () => {
  const { page, url } = app;
  await open(page, url);
  // Three orders that all differ: by reading 安藤 加藤 佐藤; newest first 佐藤 加藤 安藤;
  // recently updated 安藤 佐藤 加藤.
  await seedCustomers(page, [
    customerRecord(1, { name: '安藤', reading: 'アンドウ', created_at: '2026-01-01T00:00:00Z', updated_at: '2026-03-01T00:00:00Z' }),
    customerRecord(2, { name: '加藤', reading: 'カトウ', created_at: '2026-01-02T00:00:00Z', updated_at: '2026-01-02T00:00:00Z' }),
    customerRecord(3, { name: '佐藤', reading: 'サトウ', created_at: '2026-01-03T00:00:00Z', updated_at: '2026-01-03T00:00:00Z' }),
  ]);
  const list = new CustomerList(page, url);
  await expectOrder(list, ['安藤', '加藤', '佐藤']);

  await page.getByTestId('sort').selectOption('newest');
  await expectOrder(list, ['佐藤', '加藤', '安藤']);
  await page.reload();
  await expectOrder(list, ['佐藤', '加藤', '安藤']);
  assert.equal(await page.getByTestId('sort').inputValue(), 'newest');

  await open(page, url, '/settings');
  assert.equal(await page.getByTestId('sort').inputValue(), 'newest');
  await page.getByTestId('sort').selectOption('recently_updated');
  await open(page, url);
  await expectOrder(list, ['安藤', '佐藤', '加藤']);
});
