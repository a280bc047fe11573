// Japanese by default for a Japanese browser, English otherwise; the switch in settings is
// kept on the device; dates follow the language.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectText, open, useApp } from './support/app.mjs';
import { addCustomer } from './support/pages.mjs';

describe('a Japanese browser', () => {
  const app = useApp({ locale: 'ja-JP' });

  test('shows Japanese, switches to English and keeps the choice', async () => {
    const { page, url } = app;
    await open(page, url);
    await expectText(page.getByRole('heading', { level: 1 }), '顧客一覧');
    assert.equal(await page.locator('html').getAttribute('lang'), 'ja');
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('lang-en').click();
    await expectText(page.getByRole('heading', { level: 1 }), 'Settings');
    await expectText(page.getByTestId('nav-customers'), 'Customers');
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');

    await page.reload();
    await expectText(page.getByRole('heading', { level: 1 }), 'Settings');
    await addCustomer(page, url, { name: 'Hanako', birthday: '1990-04-01' });
    await expectText(page.getByTestId('customer-birthday'), /^Apr 1, 1990 \(age \d+\)$/);

    await page.getByTestId('nav-settings').click();
    await page.getByTestId('lang-ja').click();
    await page.getByTestId('nav-customers').click();
    await expectText(page.getByRole('heading', { level: 1 }), '顧客一覧');
  });
});

describe('an English browser', () => {
  const app = useApp({ locale: 'en-US' });

  test('shows English by default', async () => {
    const { page, url } = app;
    await open(page, url);
    await expectText(page.getByRole('heading', { level: 1 }), 'Customers');
    await expectText(page.getByTestId('empty-book').getByRole('heading', { level: 2 }), 'No customers yet');
  });
});
