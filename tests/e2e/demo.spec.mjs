// Trying the app with sample data: the demo is a book of its own in this tab, clearly marked
// on every page; what is done there never reaches the owner's records or preferences, a reload
// stays in it, a new tab opens the real book, and leaving it brings the real book back as it was.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectCount, expectText, open, useApp } from './support/app.mjs';
import { addCustomer, CustomerForm, CustomerList } from './support/pages.mjs';

/** Sample data is drawn and written when the demo first opens: allow for it. */
const FILLING = 20000;

/** Customers stored in the database `name`, read straight from IndexedDB. */
function storedCustomers(page, name) {
  return page.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const count = db.transaction('customers').objectStore('customers').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
    name,
  );
}

/** Controls on screen smaller than a finger, or the page wider than the window. */
function cramped(page, min = 44) {
  return page.evaluate((min) => {
    const small = [...document.querySelectorAll('a, button, input, select')]
      .filter((el) => el.offsetParent !== null && !el.classList.contains('visually-hidden'))
      .filter((el) => {
        const box = (el.closest('label') ?? el).getBoundingClientRect();
        return box.height < min || box.width < min;
      })
      .map((el) => el.textContent.trim().slice(0, 20));
    const wide = document.documentElement.scrollWidth > window.innerWidth ? ['scrolls sideways'] : [];
    return [...small, ...wide];
  }, min);
}

describe('the demo, in Japanese', () => {
  const app = useApp();
  const REAL = '本物 太郎';

  test('what is done in the demo never reaches the real book', async () => {
    const { page, url } = app;
    await addCustomer(page, url, { name: REAL, tags: '常連' });
    const realDetail = page.url();
    const list = new CustomerList(page, url);
    await list.open();
    await expectText(list.count, '1人');
    assert.equal(await page.getByTestId('demo-banner').count(), 0, 'no banner in the real book');

    // Into the demo from settings.
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('try-demo').click();
    const banner = page.getByRole('region', { name: 'デモ' });
    await banner.waitFor();
    await expectText(list.count, '300人', FILLING);
    await expectText(banner, /サンプルデータで、あなたの記録ではありません/);
    await expectText(page.getByTestId('topbar-demo'), 'デモ');
    assert.match(await page.title(), /デモ/);
    await expectCount(list.row(REAL), 0);

    // Change things there: a customer's name, a deleted customer, the list's order.
    await list.rows.nth(0).click();
    await page.getByTestId('edit').click();
    await new CustomerForm(page).fill({ name: 'デモで変えた名前' });
    await new CustomerForm(page).save();
    await expectText(page.getByTestId('customer-name'), 'デモで変えた名前');
    await page.getByTestId('nav-customers').click();
    await list.rows.nth(1).click();
    await page.getByTestId('delete').click();
    await page.getByTestId('toast').filter({ hasText: '削除しました' }).waitFor();
    await expectText(list.count, '299人');
    await page.getByTestId('sort').selectOption('newest');

    // A reload stays in the demo, with its changes.
    await page.reload();
    await page.getByTestId('demo-banner').waitFor();
    await expectText(list.count, '299人');
    await list.search.fill('デモで変えた');
    await expectCount(list.rows, 1);
    assert.equal(await page.getByTestId('sort').inputValue(), 'newest');

    // A backup made in the demo says so in its name.
    await page.getByTestId('nav-settings').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
    assert.match(download.suggestedFilename(), /^tsunagu-demo-backup-\d{8}-\d{4}\.json$/);

    // A new tab opens the real book, while this one stays in the demo.
    const other = await app.newPage();
    const otherList = new CustomerList(other, url);
    await otherList.open();
    await expectText(otherList.count, '1人');
    assert.equal(await other.getByTestId('demo-banner').count(), 0, 'no banner in a new tab');
    await other.close();

    // Leaving brings the real book back, untouched.
    await page.getByTestId('leave-demo').click();
    await expectText(list.count, '1人');
    assert.equal(await page.getByTestId('demo-banner').count(), 0, 'the banner is gone');
    assert.equal(await page.getByTestId('sort').inputValue(), 'reading', 'the real order as it was');
    await list.row(REAL).click();
    await expectText(page.getByTestId('customer-name'), REAL);
    await expectText(page.getByTestId('customer-tags'), '常連');
    assert.equal(page.url(), realDetail);
    await list.open('デモで変えた');
    await page.getByTestId('no-matches').waitFor();
    assert.equal(await storedCustomers(page, 'tsunagu'), 1, 'the real database holds the one real customer');
    assert.equal(await storedCustomers(page, 'tsunagu-demo'), 299, 'the demo keeps its own');

    // Coming back finds the demo as it was left.
    await open(page, url, '/settings');
    await page.getByTestId('try-demo').click();
    await page.getByTestId('demo-banner').waitFor();
    await expectText(list.count, '299人', FILLING);
  });
});

describe('the demo on a small phone, in English', () => {
  const app = useApp({ locale: 'en-US', viewport: { width: 320, height: 568 } });

  test('an empty book offers it, and the sample can be reset', async () => {
    const { page, url } = app;
    const list = new CustomerList(page, url);
    await list.open();
    const empty = page.getByTestId('empty-book');
    await expectText(empty.getByTestId('try-demo-empty'), 'Try with sample data');
    assert.deepEqual(await cramped(page), [], 'the empty book fits and every control is large enough');

    await empty.getByTestId('try-demo-empty').click();
    const banner = page.getByRole('region', { name: 'Demo' });
    await banner.waitFor();
    await expectText(list.count, '300 customers', FILLING);
    await expectText(banner, /This is sample data, not your records/);
    assert.deepEqual(await cramped(page), [], 'the banner fits and every control is large enough');
    const leave = await banner.getByRole('button', { name: 'Leave the demo' }).boundingBox();
    assert.ok(leave.height >= 44 && leave.x + leave.width <= 320, `the leave button fits: ${JSON.stringify(leave)}`);

    await list.rows.nth(0).click();
    await page.getByTestId('delete').click();
    await page.getByTestId('nav-customers').click();
    await expectText(list.count, '299 customers');

    await page.getByTestId('nav-settings').click();
    await page.getByTestId('reset-demo').click();
    await page.getByTestId('toast').filter({ hasText: 'The sample data was reset' }).waitFor();
    await page.getByTestId('nav-customers').click();
    await expectText(list.count, '300 customers');

    await banner.getByRole('button', { name: 'Leave the demo' }).click();
    await page.getByTestId('empty-book').waitFor();
    assert.equal(await page.getByTestId('demo-banner').count(), 0);
  });
});
