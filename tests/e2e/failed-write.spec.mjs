// When the device refuses a write (here: IndexedDB reports the quota exceeded), the owner is
// told, what they typed stays on screen, and saving again once storage recovers works.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectCount, expectText, open, useApp } from './support/app.mjs';
import { addCustomer, CustomerForm, CustomerList } from './support/pages.mjs';

const app = useApp();

async function breakStorage(page) {
  await page.evaluate(() => {
    window.__realPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
}

async function repairStorage(page) {
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = window.__realPut;
  });
}

test('a failed save is shown, keeps the input, and can be retried', async () => {
  const { page, url } = app;
  await open(page, url, '/customers/new');
  await breakStorage(page);
  const form = new CustomerForm(page);
  await form.fill({ name: '森 九子', phones: ['090-9999-0000'] });
  await form.save();

  await page.getByTestId('toast').filter({ hasText: '保存できませんでした' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/customers/new');
  assert.equal(await page.locator('#name').inputValue(), '森 九子');
  assert.equal(await page.locator('#phone-0').inputValue(), '090-9999-0000');

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
  await page.locator('#note-text').fill('来週は誕生日');
  await page.getByRole('button', { name: 'メモを追加' }).click();
  await page.getByTestId('toast').filter({ hasText: '保存できませんでした' }).waitFor();
  await expectCount(page.getByTestId('note'), 0);
  assert.equal(await page.locator('#note-text').inputValue(), '来週は誕生日');

  await page.reload();
  await expectCount(page.getByTestId('note'), 0);
  const list = new CustomerList(page, url);
  await list.open();
  await expectCount(list.rows, 1);
});
