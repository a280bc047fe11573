// Search as you type finds a customer however the reading is typed (hiragana, katakana,
// half-width), by phone digits and tags; the search lives in the URL, so back and forward work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectCount, expectText, useApp } from './support/app.mjs';
import { addCustomer, CustomerList } from './support/pages.mjs';

const app = useApp();

test('kana-insensitive search, in the URL, with back and forward', async () => {
  const { page, url } = app;
  await addCustomer(page, url, { name: '山田 太郎', reading: 'ヤマダ タロウ', phones: ['090-1234-5678'] });
  await addCustomer(page, url, { name: '佐藤 花子', reading: 'サトウ ハナコ', tags: 'モーニング' });
  await addCustomer(page, url, { name: 'Smith John', reading: 'スミス', email: 'john@example.com' });

  const list = new CustomerList(page, url);
  await list.open();
  await expectCount(list.rows, 3);

  for (const query of ['やまだ', 'ヤマダ', 'ﾔﾏﾀﾞ', 'やまだ たろう', '09012345678', '山田']) {
    await list.search.fill(query);
    await expectCount(list.rows, 1);
    assert.deepEqual(await list.names(), ['山田 太郎'], `query ${query}`);
  }
  await list.search.fill('ＳＭＩＴＨ');
  assert.deepEqual(await list.names(), ['Smith John']);
  await list.search.fill('もーにんぐ');
  assert.deepEqual(await list.names(), ['佐藤 花子']);

  await list.search.fill('やまだ');
  await expectCount(list.rows, 1);
  await expectText(list.count, '3人中 1人');
  await page.waitForURL(/\?q=%E3%82%84%E3%81%BE%E3%81%A0$/);

  await list.row('山田 太郎').click();
  await expectText(page.getByTestId('customer-name'), '山田 太郎');
  await page.goBack();
  await expectCount(list.rows, 1);
  assert.equal(await list.search.inputValue(), 'やまだ');
  await page.goForward();
  await expectText(page.getByTestId('customer-name'), '山田 太郎');

  await list.open('さとう');
  assert.deepEqual(await list.names(), ['佐藤 花子']);
  await list.search.fill('該当なし');
  await page.getByTestId('no-matches').waitFor();
});

test('a customer opened straight after typing keeps the search for Back, and a reload keeps it too', async () => {
  const { page, url } = app;
  await addCustomer(page, url, { name: '山田 太郎', reading: 'ヤマダ タロウ' });
  await addCustomer(page, url, { name: '佐藤 花子', reading: 'サトウ ハナコ' });
  const list = new CustomerList(page, url);
  await list.open();
  await expectCount(list.rows, 2);

  // No pause between the last keystroke and the tap.
  await list.search.pressSequentially('やまだ');
  await list.row('山田 太郎').click();
  await expectText(page.getByTestId('customer-name'), '山田 太郎');
  // Nothing typed earlier takes the address back to the list afterwards.
  await page.waitForTimeout(800);
  assert.match(page.url(), /\/customers\/[^/?]+$/);
  await expectText(page.getByTestId('customer-name'), '山田 太郎');
  await page.goBack();
  await expectCount(list.rows, 1);
  assert.equal(await list.search.inputValue(), 'やまだ');

  // The address follows once typing pauses.
  await list.search.fill('さとう');
  await page.waitForURL(/\?q=%E3%81%95%E3%81%A8%E3%81%86$/);
  await page.reload();
  await expectCount(list.rows, 1);
  assert.equal(await list.search.inputValue(), 'さとう');
  assert.deepEqual(await list.names(), ['佐藤 花子']);
});

test('the list is in 五十音 order of the reading, voiced kana beside their plain ones', async () => {
  const { page, url } = app;
  // Code-point order would put カナイ before ガクト; 五十音 order compares カクト with カナイ first.
  for (const [name, reading] of [['後藤', 'ごとう'], ['金井', 'カナイ'], ['安藤', 'アンドウ'], ['木村', 'キムラ'], ['岳斗', 'ガクト']]) {
    await addCustomer(page, url, { name, reading });
  }
  const list = new CustomerList(page, url);
  await list.open();
  await expectCount(list.rows, 5);
  assert.deepEqual(await list.names(), ['安藤', '岳斗', '金井', '木村', '後藤']);
});
