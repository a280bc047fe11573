// Two tabs of the app on one device stay in step: a change in one shows in the other within a
// second, and two tabs editing the same customer never lose either edit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectCount, expectText, open, useApp } from './support/app.mjs';
import { addCustomer, CustomerForm, CustomerList } from './support/pages.mjs';

const app = useApp();
const DELETED_ELSEWHERE = 'この顧客は別の画面で削除されていたため、保存しませんでした';

test('a customer added or deleted in one tab appears or goes in the other', async () => {
  const { page: a, url } = app;
  const b = await app.newPage();
  const listB = new CustomerList(b, url);
  await listB.open();
  await b.getByTestId('empty-book').waitFor();

  await addCustomer(a, url, { name: '別タブ 太郎' });
  await expectCount(listB.rows, 1, 1000);
  await expectText(listB.rows.first(), /別タブ 太郎/);

  await a.getByTestId('edit').click();
  await new CustomerForm(a).fill({ tags: '常連' });
  await new CustomerForm(a).save();
  await expectText(listB.rows.first(), /常連/, 1000);

  await a.getByTestId('delete').click();
  await expectCount(listB.rows, 0, 1000);
});

test('two tabs editing one customer keep both edits', async () => {
  const { page: a, url } = app;
  const detail = await addCustomer(a, url, { name: '同時 編集', email: 'same@example.jp' });
  const b = await app.newPage();
  await b.goto(`${detail}/edit`);
  await b.getByTestId('name').waitFor();
  await a.getByTestId('edit').click();

  // Tab A saves new tags first; tab B, still showing the old version, changes the name.
  await new CustomerForm(a).fill({ tags: 'Aの変更' });
  await new CustomerForm(a).save();
  await expectText(a.getByTestId('customer-tags'), 'Aの変更');
  await new CustomerForm(b).fill({ name: '同時 編集B' });
  await new CustomerForm(b).save();

  // B is told, and its form now holds both changes; nothing was written yet.
  await b.getByTestId('toast').filter({ hasText: '別の画面で変更されていました' }).waitFor();
  assert.equal(await b.getByTestId('name').inputValue(), '同時 編集B');
  assert.equal(await b.getByTestId('tags').inputValue(), 'Aの変更');
  await new CustomerForm(b).save();
  await expectText(b.getByTestId('customer-name'), '同時 編集B');
  await expectText(b.getByTestId('customer-tags'), 'Aの変更');

  await a.reload();
  await expectText(a.getByTestId('customer-name'), '同時 編集B');
  await expectText(a.getByTestId('customer-tags'), 'Aの変更');
});

test('a note added while another tab edits is kept along with the edit', async () => {
  const { page: a, url } = app;
  const detail = await addCustomer(a, url, { name: 'メモ 競合' });
  const b = await app.newPage();
  await open(b, url, detail.replace(url, ''));
  await b.getByTestId('note-text').fill('Bのメモ');
  // A changes the customer before B's note is saved; B's copy is stale until it hears of it.
  await a.getByTestId('edit').click();
  await new CustomerForm(a).fill({ tags: 'Aの編集' });
  await new CustomerForm(a).save();
  await b.getByRole('button', { name: 'メモを追加' }).click();
  await expectCount(b.getByTestId('note'), 1);
  await a.reload();
  await expectText(a.getByTestId('customer-tags'), 'Aの編集');
  await expectCount(a.getByTestId('note'), 1);
});

test('settings changed in two tabs are both kept, and each tab follows the other', async () => {
  const { page: a, url } = app;
  await addCustomer(a, url, { name: '設定 太郎' });
  const b = await app.newPage();
  await open(b, url, '/settings');
  await open(a, url, '/settings');

  // A switches to English: B follows within a second.
  await a.getByTestId('lang-en').click();
  await expectText(b.getByRole('heading', { level: 1 }), 'Settings', 1000);
  // B, which loaded its settings before A's change, exports a backup: A's choice stays.
  await Promise.all([b.waitForEvent('download'), b.getByTestId('export').click()]);
  await expectText(a.getByTestId('last-export'), /^Last export: /, 1000);
  await a.reload();
  await expectText(a.getByRole('heading', { level: 1 }), 'Settings');
  await expectText(a.getByTestId('last-export'), /^Last export: /);
});

test('an edit saved after another tab deleted the customer does not bring it back', async () => {
  const { page: a, url } = app;
  const detail = await addCustomer(a, url, { name: '削除 競合' });
  const b = await app.newPage();
  await b.goto(`${detail}/edit`);
  await b.getByTestId('name').waitFor();

  await a.getByTestId('delete').click();
  await a.getByTestId('toast').filter({ hasText: '削除しました' }).waitFor();
  await new CustomerForm(b).fill({ tags: 'Bの編集' });
  await new CustomerForm(b).save();

  await b.getByTestId('toast').filter({ hasText: DELETED_ELSEWHERE }).waitFor();
  assert.equal(await b.getByTestId('tags').inputValue(), 'Bの編集', 'the input stays on screen');
  const list = new CustomerList(a, url);
  await list.open();
  await expectCount(list.rows, 0);
  await a.reload();
  await expectCount(list.rows, 0);
});
