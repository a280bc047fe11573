// Editing: changes are saved and survive a reload; invalid input is explained next to the field
// and nothing is saved until it is fixed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectCount, expectText, useApp } from './support/app.mjs';
import { addCustomer, CustomerForm } from './support/pages.mjs';

const app = useApp();

test('editing a customer changes what is stored', async () => {
  const { page, url } = app;
  await addCustomer(page, url, { name: '鈴木 次郎', phones: ['090-0000-0000'] });
  await page.getByTestId('edit').click();
  const form = new CustomerForm(page);
  await form.fill({ name: '鈴木 二郎', phones: ['080-1111-2222'], tags: 'VIP' });
  await form.save();
  await expectText(page.getByTestId('customer-name'), '鈴木 二郎');
  await page.getByTestId('toast').filter({ hasText: '保存しました' }).waitFor();

  await page.reload();
  await expectText(page.getByTestId('customer-name'), '鈴木 二郎');
  await expectText(page.getByTestId('customer-phones'), '080-1111-2222');
  await expectText(page.getByTestId('customer-tags'), 'VIP');
});

test('invalid input is explained and nothing is saved until it is fixed', async () => {
  const { page, url } = app;
  await addCustomer(page, url, { name: '高橋 三郎', email: 'saburo@example.jp' });
  const detail = page.url();
  await page.getByTestId('edit').click();
  const form = new CustomerForm(page);
  await form.fill({ name: ' ', email: 'saburo.example.jp', reading: 'Takahashi', phones: ['abc'] });
  await form.save();

  await expectText(page.getByTestId('name-error'), '入力してください');
  await expectText(page.getByTestId('email-error'), /メールアドレスの形式が正しくありません/);
  await expectText(page.getByTestId('reading-error'), 'カタカナかひらがなで入力してください');
  await expectText(page.getByTestId('phone-0-error'), /電話番号は数字とハイフンで/);
  // Focus moves to the first invalid field once the messages are drawn (the next frame).
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'name', null, { timeout: 2000 })
    .catch(async () => assert.fail(`focus is on ${await page.evaluate(() => document.activeElement?.dataset.testid)}, not the first invalid field`));

  // Fixing a field clears its message at once.
  await form.fill({ name: '高橋 三郎' });
  await expectText(page.getByTestId('name-error'), '');

  await page.goto(detail);
  await expectText(page.getByTestId('customer-email'), 'saburo@example.jp');
});

test('removing a phone row removes that number only', async () => {
  const { page, url } = app;
  await addCustomer(page, url, { name: '加藤 十郎', phones: ['090-1111-1111', '080-2222-2222'] });
  await page.getByTestId('edit').click();
  await page.getByTestId('phone-0-remove').click();
  assert.equal(await page.getByTestId('phone-0').inputValue(), '080-2222-2222');
  await expectCount(page.getByTestId('phone-1'), 0);
  await new CustomerForm(page).save();
  await expectText(page.getByTestId('customer-phones'), '080-2222-2222');
  await page.reload();
  await expectText(page.getByTestId('customer-phones'), '080-2222-2222');
});

test('a half-typed birthday is refused, not silently dropped', async () => {
  const { page, url } = app;
  await addCustomer(page, url, { name: '石井 百合', birthday: '1990-04-01' });
  const detail = page.url();
  await page.getByTestId('edit').click();
  // Clear one part of the date with the keyboard: the others stay filled.
  await page.getByTestId('birthday').click();
  await page.keyboard.press('Backspace');
  await new CustomerForm(page).save();
  await expectText(page.getByTestId('birthday-error'), '日付の形式が正しくありません');
  assert.equal(new URL(page.url()).pathname + '', new URL(detail).pathname + '/edit');
  await page.goto(detail);
  await expectText(page.getByTestId('customer-birthday'), /^1990年4月1日/);
});
