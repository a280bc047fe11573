// When the device refuses a write, the owner is told (a full device in its own words), what they
// typed stays on screen, nothing is half-done, and trying again once storage recovers works.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { expectCount, expectText, open, useApp } from './support/app.mjs';
import { addCustomer, CustomerForm, CustomerList } from './support/pages.mjs';

const app = useApp();

/** Makes IndexedDB's `method` (put or delete) throw a DOMException called `name`. */
async function breakStorage(page, method = 'put', name = 'QuotaExceededError') {
  await page.evaluate(([method, name]) => {
    window.__real ??= {};
    window.__real[method] = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function () {
      throw new DOMException('The storage refused the write.', name);
    };
  }, [method, name]);
}

async function repairStorage(page, method = 'put') {
  await page.evaluate((method) => {
    IDBObjectStore.prototype[method] = window.__real[method];
  }, method);
}

test('a failed save is shown, keeps the input, and can be retried', async () => {
  const { page, url } = app;
  await open(page, url, '/customers/new');
  await breakStorage(page);
  const form = new CustomerForm(page);
  await form.fill({ name: '森 九子', phones: ['090-9999-0000'] });
  await form.save();

  await page.getByTestId('toast').filter({ hasText: '端末の空き容量が足りないため保存できませんでした' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/customers/new');
  assert.equal(await page.getByTestId('name').inputValue(), '森 九子');
  assert.equal(await page.getByTestId('phone-0').inputValue(), '090-9999-0000');

  await repairStorage(page);
  await form.save();
  await expectText(page.getByTestId('customer-name'), '森 九子');
  await page.reload();
  await expectText(page.getByTestId('customer-name'), '森 九子');
});

test('a note that cannot be saved stays in its box', async () => {
  const { page, url } = app;
  await addCustomer(page, url, { name: '森 十和' });
  await breakStorage(page);
  await page.getByTestId('note-text').fill('来週は誕生日');
  await page.getByRole('button', { name: 'メモを追加' }).click();
  await page.getByTestId('toast').filter({ hasText: '端末の空き容量が足りないため保存できませんでした' }).waitFor();
  await expectCount(page.getByTestId('note'), 0);
  assert.equal(await page.getByTestId('note-text').inputValue(), '来週は誕生日');

  await page.reload();
  await expectCount(page.getByTestId('note'), 0);
  const list = new CustomerList(page, url);
  await list.open();
  await expectCount(list.rows, 1);
});

test('a failed delete says so and keeps the customer', async () => {
  const { page, url } = app;
  const detail = await addCustomer(page, url, { name: '森 千里' });
  await breakStorage(page, 'delete', 'UnknownError');
  await page.getByTestId('delete').click();
  await page.getByTestId('toast').filter({ hasText: '削除できませんでした' }).waitFor();
  assert.equal(page.url(), detail);
  await page.reload();
  await expectText(page.getByTestId('customer-name'), '森 千里');
});

test('an undo that cannot be saved offers to try again, and the retry restores', async () => {
  const { page, url } = app;
  await addCustomer(page, url, { name: '森 万葉' });
  await page.getByTestId('delete').click();
  const list = new CustomerList(page, url);
  await page.getByTestId('empty-book').waitFor();
  await breakStorage(page);
  await page.getByTestId('toast').filter({ hasText: '削除しました' }).getByTestId('toast-action').click();
  const failed = page.getByTestId('toast').filter({ hasText: '森 万葉さんを元に戻せませんでした' });
  await failed.waitFor();
  await expectCount(list.rows, 0);

  await repairStorage(page);
  await failed.getByTestId('toast-action').click();
  await expectCount(list.rows, 1);
  await page.reload();
  await expectCount(list.rows, 1);
});

test('a full device offers to export a backup at once, keeping the input', async () => {
  const { page, url } = app;
  await addCustomer(page, url, { name: '森 一葉' });
  await open(page, url, '/customers/new');
  await breakStorage(page);
  await new CustomerForm(page).fill({ name: '森 二葉' });
  await new CustomerForm(page).save();
  const full = page.getByTestId('toast').filter({ hasText: '空き容量が足りない' });
  await full.waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), full.getByTestId('toast-action').click()]);
  const backup = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.deepEqual(backup.customers.map((c) => c.name), ['森 一葉']);
  assert.equal(await page.getByTestId('name').inputValue(), '森 二葉');
});
