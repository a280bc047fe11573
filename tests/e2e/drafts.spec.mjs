// Input typed into a form and left unsaved is kept: leaving the form by mistake and coming back
// restores it (with a way to discard it), and closing or reloading the page asks first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectText, open, useApp } from './support/app.mjs';
import { addCustomer, CustomerForm } from './support/pages.mjs';

const app = useApp();

test('a half-filled new customer survives leaving the form, until discarded', async () => {
  const { page, url } = app;
  await open(page, url, '/customers/new');
  await new CustomerForm(page).fill({ name: '途中 入力', phones: ['090-5555-6666'] });
  await page.getByTestId('nav-customers').click();
  await page.getByTestId('empty-book').waitFor();

  await page.getByTestId('nav-new').click();
  await page.getByTestId('draft-restored').waitFor();
  assert.equal(await page.getByTestId('name').inputValue(), '途中 入力');
  assert.equal(await page.getByTestId('phone-0').inputValue(), '090-5555-6666');

  await page.getByTestId('discard-draft').click();
  assert.equal(await page.getByTestId('name').inputValue(), '');
  assert.equal(await page.getByTestId('draft-restored').count(), 0);
  await page.getByTestId('nav-customers').click();
  await page.getByTestId('nav-new').click();
  assert.equal(await page.getByTestId('draft-restored').count(), 0);
  assert.equal(await page.getByTestId('name').inputValue(), '');
});

test('an unsaved edit is offered back and cleared once saved', async () => {
  const { page, url } = app;
  await addCustomer(page, url, { name: '原 千尋' });
  await page.getByTestId('edit').click();
  await new CustomerForm(page).fill({ name: '原 ちひろ' });
  await page.goBack();
  await expectText(page.getByTestId('customer-name'), '原 千尋');

  await page.getByTestId('edit').click();
  await page.getByTestId('draft-restored').waitFor();
  assert.equal(await page.getByTestId('name').inputValue(), '原 ちひろ');
  await new CustomerForm(page).save();
  await expectText(page.getByTestId('customer-name'), '原 ちひろ');
  await page.getByTestId('edit').click();
  assert.equal(await page.getByTestId('draft-restored').count(), 0);
});

test('closing or reloading asks first while input is unsaved, and only then', async () => {
  const { page, url } = app;
  await open(page, url, '/customers/new');
  await page.getByTestId('name').click();
  await page.reload();
  await page.getByRole('main').waitFor();
  assert.deepEqual(app.dialogs, [], 'an untouched form does not ask');

  await page.getByTestId('name').click();
  await page.keyboard.type('未保存');
  await page.reload();
  assert.deepEqual(app.dialogs, ['beforeunload']);
});
