// Visits on a customer's page: record one with the form, repeat it in one tap, take either
// back, and find them all again after a reload. A bad amount is explained and records nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { expectCount, expectText, useApp } from './support/app.mjs';
import { addCustomer } from './support/pages.mjs';

const app = useApp();

async function undoLast(page, text) {
  const toast = page.getByTestId('toast').filter({ hasText: text });
  await toast.last().getByTestId('toast-action').click();
}

test('a visit is recorded, repeated in one tap, undone, and kept', async () => {
  const { page, url } = app;
  await addCustomer(page, url, { name: '来店 花子' });
  await page.getByTestId('no-visits').waitFor();

  await page.getByTestId('visit-new').click();
  assert.equal(await page.getByTestId('visit-amount').getAttribute('inputmode'), 'numeric');
  await page.getByTestId('visit-amount').fill('abc');
  await page.getByTestId('visit-save').click();
  await expectText(page.getByTestId('visit-amount-error'), /金額は円単位の数字で/);
  await expectCount(page.getByTestId('visit'), 0);

  await page.getByTestId('visit-amount').fill('３，０００');
  await page.getByTestId('visit-items').fill('カット、シャンプー');
  await page.getByTestId('visit-save').click();
  await page.getByTestId('toast').filter({ hasText: '来店を記録しました' }).waitFor();
  await expectCount(page.getByTestId('visit'), 1);
  await expectText(page.getByTestId('visit-amount').first(), '3,000円');
  await expectText(page.getByTestId('visit-items').first(), 'カット、シャンプー');
  await expectText(page.getByTestId('visit-summary'), '1回・合計 3,000円');

  // "Same as last time": one tap.
  await page.getByTestId('visit-repeat').click();
  await expectText(page.getByTestId('visit-summary'), '2回・合計 6,000円');
  await undoLast(page, '来店を記録しました');
  await expectText(page.getByTestId('visit-summary'), '1回・合計 3,000円');

  await page.getByTestId('visit-repeat').click();
  await expectText(page.getByTestId('visit-summary'), '2回・合計 6,000円');
  await page.getByTestId('visit-delete').first().click();
  await expectText(page.getByTestId('visit-summary'), '1回・合計 3,000円');
  await undoLast(page, '来店記録を削除しました');
  await expectText(page.getByTestId('visit-summary'), '2回・合計 6,000円');

  await page.reload();
  await expectText(page.getByTestId('visit-summary'), '2回・合計 6,000円');
  await expectCount(page.getByTestId('visit'), 2);
  await mkdir('tests/e2e/artifacts', { recursive: true });
  await page.getByTestId('visits').screenshot({ path: 'tests/e2e/artifacts/visits.png' });

  // Another tab sees the same visits.
  const other = await app.newPage();
  await other.goto(page.url());
  await expectText(other.getByTestId('visit-summary'), '2回・合計 6,000円');
  await page.getByTestId('visit-repeat').click();
  await expectText(other.getByTestId('visit-summary'), '3回・合計 9,000円');
});
