// Every screen has a URL: a customer opens straight from its address, the browser's back and
// forward move between screens, and an unknown address gets a not-found page.
import { test } from 'node:test';
import { expectText, open, useApp } from './support/app.mjs';
import { addCustomer } from './support/pages.mjs';

const app = useApp();

test('a customer opens by URL in a fresh tab', async () => {
  const { page, url } = app;
  const detail = await addCustomer(page, url, { name: '中村 七海' });
  const fresh = await app.newPage();
  await fresh.goto(detail);
  await expectText(fresh.getByTestId('customer-name'), '中村 七海');
  await fresh.goto(`${detail}/edit`);
  await expectText(fresh.getByRole('heading', { level: 1 }), '顧客情報を編集');
});

test('back and forward move between screens', async () => {
  const { page, url } = app;
  await open(page, url);
  await page.getByTestId('nav-settings').click();
  await expectText(page.getByRole('heading', { level: 1 }), '設定');
  await page.getByTestId('nav-new').click();
  await expectText(page.getByRole('heading', { level: 1 }), '顧客を登録');
  await page.goBack();
  await expectText(page.getByRole('heading', { level: 1 }), '設定');
  await page.goBack();
  await expectText(page.getByRole('heading', { level: 1 }), '顧客一覧');
  await page.goForward();
  await expectText(page.getByRole('heading', { level: 1 }), '設定');
});

test('unknown addresses get a not-found page', async () => {
  const { page, url } = app;
  await open(page, url, '/no/such/page');
  await expectText(page.getByTestId('not-found').getByRole('heading', { level: 1 }), 'ページが見つかりません');
  await page.getByTestId('not-found').getByRole('link').click();
  await expectText(page.getByRole('heading', { level: 1 }), '顧客一覧');

  await open(page, url, '/customers/00000000-0000-4000-8000-000000000000');
  await page.getByTestId('customer-missing').waitFor();
  await open(page, url, '/customers/not-an-id');
  await page.getByTestId('customer-missing').waitFor();
});
