// A long list draws only the lines on screen, so it answers at once however many customers
// there are; scrolling brings every one of them into view, and a search counts every match.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  customerRecord, expectText, open, putRecords, seedCustomers, useApp, visitRecord,
} from './support/app.mjs';
import { CustomerList } from './support/pages.mjs';

const app = useApp();
const TOTAL = 150;

/** The names drawn now, by their place in the whole list. */
function drawn(page) {
  return page.locator('[data-testid=customer-list] > li').evaluateAll((lines) => lines.map((li) => ({
    at: Number(li.getAttribute('aria-posinset')),
    of: Number(li.getAttribute('aria-setsize')),
    name: li.querySelector('[data-testid=row-name]').textContent,
  })));
}

test('150 customers: a screen of lines is drawn, and scrolling reaches every one', async () => {
  const { page, url } = app;
  await open(page, url);
  const records = Array.from({ length: TOTAL }, (_, i) => customerRecord(i + 1, i % 3 === 0 ? { tags: ['常連'] } : {}));
  await seedCustomers(page, records);
  const list = new CustomerList(page, url);
  await expectText(list.count, `${TOTAL}人`);

  const first = await drawn(page);
  assert.equal(first[0].at, 1);
  assert.ok(first.every((line) => line.of === TOTAL), 'each line knows the list has 150');
  assert.ok(first.length < 40, `only about a screen is drawn, not ${first.length} lines`);

  // The list keeps the height of all its lines, so the scroll bar tells how long it is.
  const { list: height, line } = await page.getByTestId('customer-list').evaluate((ul) => ({
    list: ul.getBoundingClientRect().height,
    line: ul.firstElementChild.getBoundingClientRect().height,
  }));
  assert.ok(Math.abs(height - TOTAL * line) < line, `list ${height} px for ${TOTAL} lines of ${line} px`);

  const seen = new Map(first.map((l) => [l.at, l.name]));
  for (let step = 0; step < 60 && seen.size < TOTAL; step++) {
    await page.mouse.wheel(0, 500);
    await page.waitForTimeout(50);
    for (const l of await drawn(page)) seen.set(l.at, l.name);
  }
  assert.equal(seen.size, TOTAL, 'every line was drawn on the way down');
  assert.equal(new Set(seen.values()).size, TOTAL, 'and each one is a different customer');
  const last = await drawn(page);
  assert.equal(last.at(-1).at, TOTAL);
  assert.ok(last.length < 40);

  // A tap on a line far down opens that customer.
  const name = last.at(-1).name;
  await list.row(name).last().click();
  await expectText(page.getByTestId('customer-name'), name);

  await page.goBack();
  await list.search.fill('常連');
  await expectText(list.count, `${TOTAL}人中 50人`);
  const matches = await drawn(page);
  assert.ok(matches.every((l) => l.of === 50), 'the lines know the matches number 50');
  assert.ok(await list.rows.evaluateAll((rows) => rows.length > 0 && rows.every((r) => r.textContent.includes('常連'))));
});

test('the list shown before the visits are read stays as it is when they arrive: same lines, same place', async () => {
  const { page, url } = app;
  await open(page, url);
  const records = Array.from({ length: TOTAL }, (_, i) => customerRecord(i + 1));
  await putRecords(page, 'visits', records.map((c, i) => visitRecord(i + 1, c, 5 + (i % 40), 500 + 100 * (i % 30))));
  await seedCustomers(page, records);

  // A slow device: reading the visits waits until the test lets it go. The first time the
  // app reads them, the same connection first opens a writing transaction on them that keeps
  // itself going; the browser starts the app's read only after it ends.
  await page.addInitScript(() => {
    const transaction = IDBDatabase.prototype.transaction;
    let held = false;
    IDBDatabase.prototype.transaction = function (scope, mode, ...rest) {
      const stores = [scope].flat();
      if (!held && stores.includes('visits') && (mode ?? 'readonly') === 'readonly') {
        held = true;
        let holding = true;
        window.releaseVisits = () => { holding = false; };
        const tx = transaction.call(this, 'visits', 'readwrite');
        // A transaction stays open while a request is going; each answer asks again.
        const keep = () => {
          tx.objectStore('visits').count().onsuccess = () => { if (holding) keep(); };
        };
        keep();
      }
      return transaction.call(this, scope, mode, ...rest);
    };
  });
  await page.reload();
  await expectText(new CustomerList(page, url).count, `${TOTAL}人`);
  assert.equal(await page.getByTestId('tier').count(), 0, 'no tiers yet: the visits are not read');
  await page.mouse.wheel(0, 3000);
  await page.waitForFunction(() => document.querySelector('[data-testid=customer-list] > li')?.getAttribute('aria-posinset') !== '1');
  const before = await page.evaluate(() => {
    window.listBefore = document.querySelector('[data-testid=customer-list]');
    return { scrolled: window.scrollY, first: window.listBefore.firstElementChild.getAttribute('aria-posinset') };
  });
  assert.ok(before.scrolled > 2000, `scrolled down to ${before.scrolled} px`);

  // The visits are read once the code that reads them has arrived.
  await page.waitForFunction(() => typeof window.releaseVisits === 'function');
  await page.evaluate(() => window.releaseVisits());
  await page.getByTestId('tier').first().waitFor();
  const after = await page.evaluate(() => ({
    same: document.querySelector('[data-testid=customer-list]') === window.listBefore,
    scrolled: window.scrollY,
    first: document.querySelector('[data-testid=customer-list] > li').getAttribute('aria-posinset'),
  }));
  assert.ok(after.same, 'the list is the one shown before, not built again');
  assert.equal(after.scrolled, before.scrolled, 'and the page has not jumped');
  assert.equal(after.first, before.first);
});
