// A customer added through the form is stored on the device: it is there after a reload and in
// a fresh tab, with every field as typed (normalised where the form promises to).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectCount, expectText, open, useApp } from './support/app.mjs';
import { addCustomer, CustomerList } from './support/pages.mjs';

const app = useApp();

test('an added customer survives a reload and opens in a new tab', async () => {
  const { page, url } = app;
  await open(page, url);
  await page.getByTestId('empty-book').waitFor();

  const detailUrl = await addCustomer(page, url, {
    name: '山田 花子',
    reading: 'やまだ はなこ',
    phones: ['090-1234-5678', '０３－１２３４－５６７８'],
    email: 'hanako@example.jp',
    channel: 'line',
    birthday: '1990-04-01',
    household: ['ポチ(柴犬・8歳)'],
    tags: '常連、モーニング',
  });
  assert.match(detailUrl, /\/customers\/[0-9a-f-]{36}$/);
  await page.getByTestId('toast').filter({ hasText: '山田 花子さんを登録しました' }).waitFor();

  await page.reload();
  await expectText(page.getByTestId('customer-name'), '山田 花子');
  await expectText(page.getByTestId('customer-reading'), 'ヤマダ ハナコ');
  await expectText(page.getByTestId('customer-phones'), /090-1234-5678\s*03-1234-5678/);
  await expectText(page.getByTestId('customer-email'), 'hanako@example.jp');
  await expectText(page.getByTestId('customer-channel'), 'LINE');
  await expectText(page.getByTestId('customer-birthday'), /^1990年4月1日（\d+歳）$/);
  await expectText(page.getByTestId('customer-household'), 'ポチ(柴犬・8歳)');
  await expectText(page.getByTestId('customer-tags'), /常連\s*モーニング/);

  const second = await app.newPage();
  const list = new CustomerList(second, url);
  await list.open();
  await expectCount(list.rows, 1);
  await expectText(list.count, '1人');
  await list.row('山田 花子').click();
  await expectText(second.getByTestId('customer-name'), '山田 花子');
});

test('a note is saved with its time and stays after a reload', async () => {
  const { page, url } = app;
  await addCustomer(page, url, { name: '佐藤 一郎' });
  await page.getByTestId('note-text').fill('窓際の席が好き');
  await page.getByRole('button', { name: 'メモを追加' }).click();
  await expectCount(page.getByTestId('note'), 1);
  assert.equal(await page.getByTestId('note-text').inputValue(), '', 'the box is emptied once saved');

  await page.reload();
  const note = page.getByTestId('note');
  await expectCount(note, 1);
  await expectText(note.getByRole('paragraph'), '窓際の席が好き');
  await expectText(note.locator('time'), /^\d{4}年\d{1,2}月\d{1,2}日 \d{1,2}:\d{2}$/);
});
