// Deleting asks for no confirmation but offers an undo; an undone delete is stored again, a
// kept delete is gone for good.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectCount, expectText, useApp } from './support/app.mjs';
import { addCustomer, CustomerList } from './support/pages.mjs';

const app = useApp();

test('delete then undo brings the customer back, also after a reload', async () => {
  const { page, url } = app;
  await addCustomer(page, url, { name: '田中 四郎' });
  await addCustomer(page, url, { name: '伊藤 五月' });
  await page.getByTestId('delete').click();

  const list = new CustomerList(page, url);
  await page.getByTestId('toast').filter({ hasText: '伊藤 五月さんを削除しました' }).waitFor();
  await expectCount(list.rows, 1);
  await page.getByTestId('toast-action').click();
  await page.getByTestId('toast').filter({ hasText: '伊藤 五月さんを元に戻しました' }).waitFor();
  await expectCount(list.rows, 2);

  await page.reload();
  await expectCount(list.rows, 2);
  assert.deepEqual((await list.names()).sort(), ['伊藤 五月', '田中 四郎'].sort());
});

test('a delete that is not undone is gone after a reload', async () => {
  const { page, url } = app;
  const detail = await addCustomer(page, url, { name: '渡辺 六花' });
  await page.getByTestId('delete').click();
  await page.getByTestId('toast').filter({ hasText: '削除しました' }).waitFor();
  await page.reload();
  const list = new CustomerList(page, url);
  await page.getByTestId('empty-book').waitFor();
  await expectCount(list.rows, 0);
  await page.goto(detail);
  await page.getByTestId('customer-missing').waitFor();
});
