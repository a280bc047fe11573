// The pages behind the list are fetched when first opened. A page whose code cannot be
// fetched says so in the owner's language and offers a reload, which opens it once it can;
// the rest of the app goes on working meanwhile.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  customerRecord, expectText, open, seedCustomers, useApp,
} from './support/app.mjs';

const app = useApp();

test('a page whose code cannot be fetched says so, and a reload opens it once it can', async () => {
  // Without the service worker, which would otherwise serve the part from its cache.
  const context = await app.context.browser().newContext({ locale: 'ja-JP', serviceWorkers: 'block' });
  try {
    let reachable = false;
    const asked = [];
    await context.route(/-split_settings_pages\.wasm$/, (route) => {
      asked.push(route.request().url());
      return reachable ? route.continue() : route.abort('internetdisconnected');
    });
    const page = await context.newPage();
    await open(page, app.url, '/settings');

    const notice = page.getByTestId('page-unavailable');
    await notice.waitFor();
    assert.match(await notice.innerText(), /この画面を開けませんでした/);
    assert.equal(await page.getByTestId('lang-en').count(), 0, 'no settings are shown');
    assert.ok(asked.length > 0, 'the settings part was asked for');

    // The list, in the first load, still works.
    await page.getByRole('link', { name: '顧客', exact: true }).first().click();
    await expectText(page.getByTestId('count'), '0人');
    await page.goBack();
    await notice.waitFor();

    reachable = true;
    await notice.getByRole('button', { name: '再読み込み' }).click();
    await page.getByTestId('lang-en').waitFor();
    assert.equal(await notice.count(), 0);
  } finally {
    await context.close();
  }
});

test('when the code that reads the rest of the book cannot be fetched, the list works and the pages that need the rest say so', async () => {
  const context = await app.context.browser().newContext({ locale: 'ja-JP', serviceWorkers: 'block' });
  try {
    let reachable = false;
    await context.route(/-split_book_reader\.wasm$/, (route) => (
      reachable ? route.continue() : route.abort('internetdisconnected')));
    const page = await context.newPage();
    await open(page, app.url);
    await seedCustomers(page, [1, 2, 3].map((n) => customerRecord(n)));
    await expectText(page.getByTestId('count'), '3人');
    await page.getByTestId('search').fill('客 2');
    await expectText(page.getByTestId('count'), '3人中 1人');

    await page.getByRole('link', { name: '今日', exact: true }).first().click();
    const alert = page.getByRole('alert').filter({ hasText: 'この機能を読み込めませんでした' });
    await alert.waitFor();
    const today = page.locator('[data-testid=today-list], [data-testid=today-none]');
    assert.equal(await today.count(), 0, 'nothing of today is shown');

    reachable = true;
    await page.reload();
    await today.first().waitFor();
    assert.equal(await alert.count(), 0);
  } finally {
    await context.close();
  }
});
